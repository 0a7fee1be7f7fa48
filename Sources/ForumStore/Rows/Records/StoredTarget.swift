import ForumCore

/// A row of `efficiency_target`: one year's target, its split in the `BEV=1,VOK=1` form.
package struct StoredTarget: Decodable, Sendable {
    package var year: Int
    package var amountOre: Int64
    package var split: String
    package var note: String
    package var author: String?
    package var at: Int64?
    package var version: Int

    enum CodingKeys: String, CodingKey {
        case year, split, note, author, at, version
        case amountOre = "amount_ore"
    }

    package static let selection = "year, amount_ore, split, note, author, at, version"

    package func target() throws -> EfficiencyTarget {
        do {
            return try EfficiencyTarget(year: year, amount: Money(ore: amountOre),
                                        split: try RowCoding.split(split, column: "efficiency_target.split"), note: note,
                                        author: author, at: at.map(Timestamp.init(secondsSinceEpoch:)), version: version)
        } catch is TargetError {
            throw StoreCorruption.badValue(column: "efficiency_target.amount_ore", value: String(amountOre))
        }
    }
}

/// What the audit trail keeps of an efficiency target, and what `audit verify` compares.
package struct TargetAuditState: Encodable, Sendable {
    package var amountOre: Int64
    package var split: String
    package var note: String
    package var version: Int

    package init(_ target: EfficiencyTarget) {
        amountOre = target.amount.ore
        split = target.split.shareList
        note = target.note
        version = target.version
    }
}
