import ForumCore

/// How domain values are written to and read from columns: days as ISO text, money as
/// integer øre, splits in their `BEV=60,VOK=20` form. Kept in one place so every table agrees.
package enum RowCoding {
    package static func day(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        return try day(text)
    }

    package static func day(_ text: String) throws -> Day {
        do {
            return try Day(parsing: text)
        } catch {
            throw StoreCorruption.badValue(column: "day", value: text)
        }
    }

    package static func split(_ text: String) throws -> PaymentSplit {
        do {
            return try PaymentSplit(parsing: text)
        } catch {
            throw StoreCorruption.badValue(column: "split", value: text)
        }
    }

    package static func amount(kind: String, ore: Int64, start: String, end: String) throws -> GrantAmount {
        let startDay = try day(start)
        switch kind {
        case "one_off": return .oneOff(Money(ore: ore), on: startDay)
        default: return .monthly(rate: Money(ore: ore), start: startDay, end: try day(end))
        }
    }

    /// Columns (`amount_kind`, `amount_ore`, `start_day`, `end_day`) of a grant amount.
    package static func columns(_ amount: GrantAmount) -> (kind: String, ore: Int64, start: String, end: String) {
        switch amount {
        case .monthly(let rate, let start, let end): ("monthly", rate.ore, start.description, end.description)
        case .oneOff(let money, let day): ("one_off", money.ore, day.description, day.description)
        }
    }

    /// A periodisation as stored: `even` (1/12 a month), or twelve non-negative weights
    /// separated by `/`, not all zero. Anything else is corruption, never silently `even`.
    package static func periodisation(_ text: String, column: String) throws -> Periodisation {
        if text == "even" { return .even }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let weights = parts.compactMap { Int64($0) }.filter { $0 >= 0 }
        guard parts.count == 12, weights.count == 12, weights.contains(where: { $0 > 0 }) else {
            throw StoreCorruption.badValue(column: column, value: text)
        }
        return .profile(weights)
    }

    /// A sub-area budget's profile column: NULL when the budget has none.
    package static func profile(_ text: String?, column: String) throws -> Periodisation? {
        guard let text else { return nil }
        let stored = try periodisation(text, column: column)
        guard case .profile = stored else { throw StoreCorruption.badValue(column: column, value: text) }
        return stored
    }

    package static func text(_ periodisation: Periodisation) -> String {
        switch periodisation {
        case .even: "even"
        case .profile(let weights): weights.map(String.init).joined(separator: "/")
        }
    }

    package static func roles(_ text: String) -> Set<Role> {
        Set(text.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    package static func roles(_ roles: Set<Role>) -> String {
        roles.sorted().map(\.rawValue).joined(separator: ",")
    }
}
