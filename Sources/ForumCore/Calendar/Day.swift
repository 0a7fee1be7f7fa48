/// A calendar day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// The core never reads a clock: "today" is a `Day` handed in by the caller.
public struct Day: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or `CalendarError.invalidDay` naming what is wrong.
    public init(year: Int, month: Int, day: Int) throws(CalendarError) {
        guard (1...9999).contains(year) else { throw .invalidYear(year) }
        guard (1...12).contains(month) else { throw .invalidMonth(month) }
        guard (1...Month.daysIn(year: year, month: month)).contains(day) else {
            throw .invalidDay(year: year, month: month, day: day)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a number of days after 1970-01-01 (negative before it).
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int { Day.daysSinceEpoch(year: year, month: month, day: day) }

    /// Days since 1970-01-01 of a date already known to be valid, without building a `Day`
    /// (the import's hot loop). Howard Hinnant's days_from_civil.
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var calendarMonth: Month { Month(uncheckedYear: year, month: month) }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// The same day of the month `months` later, clamped to the month's last day
    /// (31 January + 1 month = 28 or 29 February).
    public func adding(months: Int) -> Day {
        let target = calendarMonth.adding(months)
        let clamped = Swift.min(day, target.dayCount)
        return Day(uncheckedYear: target.year, month: target.month, day: clamped)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

extension Day: CustomStringConvertible {
    /// ISO 8601, `2026-03-15`: the form in JSON, the database and logs.
    public var description: String {
        Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }

    /// The Danish way, `15.03.2026`.
    public var danish: String {
        Day.pad(day, 2) + "." + Day.pad(month, 2) + "." + Day.pad(year, 4)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension Day: Codable {
    /// Encoded as an ISO 8601 date string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Day(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Day {
    /// Reads `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yyyy` (day and month may have one digit)
    /// or ISO `yyyy-mm-dd`.
    public init(parsing text: String) throws(CalendarError) {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "." || $0 == "/" }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            throw .unreadableDate(trimmed)
        }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { throw .unreadableDate(trimmed) }
        if parts[0].count == 4 {
            try self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            try self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            throw .unreadableDate(trimmed)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (no Foundation needed).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
