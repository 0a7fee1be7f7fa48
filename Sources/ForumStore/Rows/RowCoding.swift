import ForumCore

/// How domain values are written to and read from columns: days as ISO text, money as
/// integer øre, splits in their `BEV=60,VOK=20` form, enumerations by their raw value. Kept in
/// one place so every table (and every backend) agrees.
///
/// Reading never guesses: a value this build does not know throws `StoreCorruption` naming
/// the column (`table.column`) and the value, rather than turning into a default.
package enum RowCoding {
    package static func day(_ text: String?, column: String) throws(StoreCorruption) -> Day? {
        guard let text else { return nil }
        return try day(text, column: column) as Day
    }

    package static func day(_ text: String, column: String) throws(StoreCorruption) -> Day {
        do {
            return try Day(parsing: text)
        } catch {
            throw .badValue(column: column, value: text)
        }
    }

    package static func split(_ text: String, column: String) throws(StoreCorruption) -> PaymentSplit {
        do {
            return try PaymentSplit(parsing: text)
        } catch {
            throw .badValue(column: column, value: text)
        }
    }

    package static func split(_ text: String?, column: String) throws(StoreCorruption) -> PaymentSplit? {
        guard let text else { return nil }
        return try split(text, column: column) as PaymentSplit
    }

    /// A value of a `RawRepresentable` enumeration (a status, kind, unit, provider…).
    package static func value<Value: RawRepresentable>(_ raw: Value.RawValue, column: String) throws(StoreCorruption) -> Value {
        guard let value = Value(rawValue: raw) else { throw .badValue(column: column, value: "\(raw)") }
        return value
    }

    package static func value<Value: RawRepresentable>(_ raw: Value.RawValue?, column: String) throws(StoreCorruption) -> Value? {
        guard let raw else { return nil }
        return try value(raw, column: column) as Value
    }

    /// A grant amount from its columns (`amount_kind`, `amount_ore`, `start_day`, `end_day`) in `table`.
    package static func amount(kind: String, ore: Int64, start: String, end: String, table: String) throws(StoreCorruption) -> GrantAmount {
        let startDay = try day(start, column: table + ".start_day")
        switch kind {
        case "one_off": return .oneOff(Money(ore: ore), on: startDay)
        case "monthly": return .monthly(rate: Money(ore: ore), start: startDay, end: try day(end, column: table + ".end_day"))
        default: throw .badValue(column: table + ".amount_kind", value: kind)
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

    /// Roles stored comma-separated.
    package static func roles(_ text: String, column: String) throws(StoreCorruption) -> Set<Role> {
        var roles = Set<Role>()
        for name in text.split(separator: ",") {
            roles.insert(try value(String(name), column: column) as Role)
        }
        return roles
    }

    package static func roles(_ roles: Set<Role>) -> String {
        roles.sorted().map(\.rawValue).joined(separator: ",")
    }

    /// A month from its `year` and `month` columns.
    package static func month(year: Int, month: Int, table: String) throws(StoreCorruption) -> Month {
        do {
            return try Month(year: year, month: month)
        } catch {
            throw .badValue(column: table + ".month", value: "\(year)-\(month)")
        }
    }
}
