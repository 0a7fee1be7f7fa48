/// A moment in time as whole seconds since 1970-01-01 UTC: when a decision was made or an
/// audit event written. The caller supplies it (the core reads no clock).
public struct Timestamp: Hashable, Comparable, Sendable, Codable {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// The calendar day and time of day at a fixed offset from UTC (the caller knows the zone).
    public func local(utcOffsetSeconds offset: Int) -> (day: Day, hour: Int, minute: Int) {
        let seconds = secondsSinceEpoch + Int64(offset)
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        return (Day(daysSinceEpoch: days), secondOfDay / 3600, (secondOfDay % 3600) / 60)
    }

    /// `15.03.2026 14:05` at the given offset.
    public func danish(utcOffsetSeconds offset: Int) -> String {
        let (day, hour, minute) = local(utcOffsetSeconds: offset)
        return day.danish + " " + Day.pad(hour, 2) + ":" + Day.pad(minute, 2)
    }
}

/// What is wrong with a date or month.
public enum CalendarError: Error, Hashable, Sendable, UserFacingError {
    case invalidYear(Int)
    case invalidMonth(Int)
    case invalidDay(year: Int, month: Int, day: Int)
    case unreadableDate(String)

    public var phrase: Phrase {
        switch self {
        case .invalidYear(let year): Strings.invalidYear(year)
        case .invalidMonth(let month): Strings.invalidMonth(month)
        case .invalidDay(let year, let month, let day): Strings.invalidDay(year: year, month: month, day: day)
        case .unreadableDate(let text): Strings.unreadableDate(text)
        }
    }
}

extension Timestamp {
    /// The offset of Danish time (Europe/Copenhagen) from UTC at this moment: +1 h in winter,
    /// +2 h from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC
    /// (the EU rule). A pure function, so that the core can show times the way users read them.
    public var copenhagenOffsetSeconds: Int {
        let (day, _, _) = local(utcOffsetSeconds: 0)
        func lastSunday(ofMonth month: Int) -> Int64 {
            let last = Month(uncheckedYear: day.year, month: month).lastDay
            // 1970-01-01 was a Thursday: weekday 0 = Sunday when (days + 4) % 7 == 0.
            let weekday = ((last.daysSinceEpoch + 4) % 7 + 7) % 7
            return Int64(last.daysSinceEpoch - weekday) * 86_400 + 3_600
        }
        let summerStart = lastSunday(ofMonth: 3)
        let summerEnd = lastSunday(ofMonth: 10)
        return secondsSinceEpoch >= summerStart && secondsSinceEpoch < summerEnd ? 7_200 : 3_600
    }

    /// `15.03.2026 14:05` in Danish time.
    public var danishLocal: String { danish(utcOffsetSeconds: copenhagenOffsetSeconds) }
}
