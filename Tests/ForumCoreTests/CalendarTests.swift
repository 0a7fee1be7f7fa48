import Testing
@testable import ForumCore

@Suite("Days and months")
struct CalendarTests {
    @Test("Days in a month, leap years included", arguments: [
        (2026, 1, 31), (2026, 2, 28), (2024, 2, 29), (2000, 2, 29), (1900, 2, 28),
        (2026, 4, 30), (2026, 6, 30), (2026, 9, 30), (2026, 11, 30), (2026, 12, 31),
    ])
    func daysInMonth(year: Int, month m: Int, days: Int) {
        #expect(month(year, m).dayCount == days)
    }

    @Test("Invalid dates are typed errors naming what is wrong")
    func invalidDates() {
        #expect(throws: CalendarError.invalidDay(year: 2026, month: 2, day: 29)) { try Day(year: 2026, month: 2, day: 29) }
        #expect(throws: CalendarError.invalidMonth(13)) { try Day(year: 2026, month: 13, day: 1) }
        #expect(throws: CalendarError.invalidYear(0)) { try Month(year: 0, month: 1) }
    }

    @Test("Parsing the date forms of finance extracts", arguments: [
        ("15-03-2026", "2026-03-15"),
        ("15.03.2026", "2026-03-15"),
        ("2026-03-15", "2026-03-15"),
        ("1.2.2026", "2026-02-01"),
        ("29/02/2024", "2024-02-29"),
    ])
    func parsing(text: String, iso: String) throws {
        #expect(try Day(parsing: text).description == iso)
    }

    @Test("Unreadable dates, each with its reason", arguments: [
        ("", CalendarError.unreadableDate("")),
        ("2026-3", .unreadableDate("2026-3")),
        ("15-03-26", .unreadableDate("15-03-26")),
        ("31-04-2026", .invalidDay(year: 2026, month: 4, day: 31)),
        ("aa-bb-cccc", .unreadableDate("aa-bb-cccc")),
        ("2026-13-01", .invalidMonth(13)),
        ("15032026", .unreadableDate("15032026")),
    ])
    func unreadable(text: String, expected: CalendarError) {
        #expect(throws: expected) { try Day(parsing: text) }
    }

    @Test("Day numbers round-trip and count days")
    func dayNumbers() {
        #expect(day(1970, 1, 1).daysSinceEpoch == 0)
        #expect(day(2026, 3, 15).days(until: day(2026, 6, 14)) == 91)
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
        #expect(day(2026, 12, 31).adding(days: 1) == day(2027, 1, 1))
        #expect(day(2026, 1, 31).adding(months: 1) == day(2026, 2, 28))
        #expect(day(2026, 10, 25).adding(months: 4) == day(2027, 2, 25))
    }

    @Test("Months: order, arithmetic and days covered by a period")
    func months() {
        #expect(month(2026, 12).next == month(2027, 1))
        #expect(month(2026, 1).previous == month(2025, 12))
        #expect(month(2026, 3).through(month(2026, 6)).count == 4)
        #expect(month(2026, 6).through(month(2026, 3)).isEmpty)
        #expect(month(2026, 3).daysCovered(from: day(2026, 3, 15), through: day(2026, 6, 14)) == 17)
        #expect(month(2026, 6).daysCovered(from: day(2026, 3, 15), through: day(2026, 6, 14)) == 14)
        #expect(month(2026, 7).daysCovered(from: day(2026, 3, 15), through: day(2026, 6, 14)) == 0)
    }

    @Test("Pro-rata share of a month by days", arguments: [
        (Int64(1_200_000), 17, 31, Int64(658_065)),
        (1_200_000, 14, 30, 560_000),
        (1_200_000, 31, 31, 1_200_000),
        (1_000, 1, 3, 333),
        (1_000, 2, 3, 667),
        (-1_000, 2, 3, -667),
    ])
    func prorated(rate: Int64, days: Int, of count: Int, expected: Int64) {
        #expect(Money(ore: rate).prorated(days: days, of: count) == Money(ore: expected))
    }

    @Test("Danish local time follows summer time")
    func copenhagenTime() {
        // 2026-03-29 00:59 UTC is still winter time; 01:00 UTC is summer time.
        let beforeSummer = Timestamp(secondsSinceEpoch: Int64(day(2026, 3, 29).daysSinceEpoch) * 86_400 + 3_599)
        let summer = Timestamp(secondsSinceEpoch: beforeSummer.secondsSinceEpoch + 1)
        #expect(beforeSummer.copenhagenOffsetSeconds == 3_600)
        #expect(summer.copenhagenOffsetSeconds == 7_200)
        let autumn = Timestamp(secondsSinceEpoch: Int64(day(2026, 11, 25).daysSinceEpoch) * 86_400 + 13 * 3_600)
        #expect(autumn.danishLocal == "25.11.2026 14:00")
    }
}
