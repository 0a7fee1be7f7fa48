/// A calendar month: the unit of budgets, postings and commitments.
public struct Month: Hashable, Comparable, Sendable {
    public let year: Int
    /// 1 = January … 12 = December.
    public let month: Int

    public init(year: Int, month: Int) throws(CalendarError) {
        guard (1...9999).contains(year) else { throw .invalidYear(year) }
        guard (1...12).contains(month) else { throw .invalidMonth(month) }
        self.year = year
        self.month = month
    }

    init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Number of days in the month, leap years included.
    public var dayCount: Int { Month.daysIn(year: year, month: month) }

    public var firstDay: Day { Day(uncheckedYear: year, month: month, day: 1) }
    public var lastDay: Day { Day(uncheckedYear: year, month: month, day: dayCount) }

    /// Months since January of year 0: makes month arithmetic a subtraction.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        self.init(uncheckedYear: ordinal / 12, month: ordinal % 12 + 1)
    }

    public func adding(_ months: Int) -> Month { Month(ordinal: ordinal + months) }
    public var next: Month { adding(1) }
    public var previous: Month { adding(-1) }

    /// The months from `self` through `last`, both included; empty when `last` is earlier.
    public func through(_ last: Month) -> [Month] {
        guard last >= self else { return [] }
        return (ordinal...last.ordinal).map(Month.init(ordinal:))
    }

    /// How many days of this month lie within `start…end` (both included).
    public func daysCovered(from start: Day, through end: Day) -> Int {
        let from = Swift.max(start, firstDay)
        let to = Swift.min(end, lastDay)
        return from > to ? 0 : from.days(until: to) + 1
    }

    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Month: CustomStringConvertible {
    /// `2026-03`.
    public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }
}

extension Month: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              let value = try? Month(year: year, month: month) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a month: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Money {
    /// The share of a monthly amount for `days` of a month of `dayCount` days, rounded half
    /// away from zero: 12.000 kr for 17 of 31 days is 6.580,65 kr.
    public func prorated(days: Int, of dayCount: Int) -> Money {
        scaled(by: Int64(days), over: Int64(dayCount))
    }
}
