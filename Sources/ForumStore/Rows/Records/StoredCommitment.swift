import ForumCore

/// A month's amount of a request's commitment schedule, as `commitment` holds it.
package struct StoredCommitment: Decodable, Sendable {
    package var year: Int
    package var month: Int
    package var sectorCode: String
    package var amountOre: Int64

    enum CodingKeys: String, CodingKey {
        case year, month
        case sectorCode = "sector_code", amountOre = "amount_ore"
    }

    package func line() throws -> CommitmentLine {
        CommitmentLine(month: try RowCoding.month(year: year, month: month, table: "commitment"), sector: SectorCode(sectorCode),
                       amount: Money(ore: amountOre))
    }
}
