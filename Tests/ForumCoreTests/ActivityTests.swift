import Testing
@testable import ForumCore

@Suite("Activity per sub-area and month (DOMAIN §13)")
struct ActivityTests {
    static let spans = [
        ActivitySpan(subArea: "5.38", start: day(2025, 11, 3), end: nil),             // active all year
        ActivitySpan(subArea: "5.38", start: day(2026, 1, 15), end: day(2026, 3, 31)), // in Jan, leaves in April
        ActivitySpan(subArea: "5.38", start: day(2026, 2, 1), end: day(2026, 2, 10)),  // in and out in February
        ActivitySpan(subArea: "5.38", start: day(2026, 2, 28), end: day(2026, 2, 28)), // active on 28.2, leaves in March
        ActivitySpan(subArea: "5.38", start: day(2025, 6, 1), end: day(2026, 1, 30)),  // leaves in January
        ActivitySpan(subArea: "5.28", start: day(2026, 4, 1), end: nil),
    ]

    @Test("Active cases, inflow and outflow month by month")
    func months() {
        let result = Activity.months(Self.spans, year: 2026, through: 4)
        let adults = result["5.38"] ?? []
        #expect(adults.map(\.active) == [2, 3, 2, 1])
        #expect(adults.map(\.inflow) == [1, 2, 0, 0])
        #expect(adults.map(\.outflow) == [1, 1, 1, 1])
        #expect(result["5.28"]?.map(\.active) == [0, 0, 0, 1])
    }

    @Test("active(m) = active(m−1) + inflow − outflow holds for every month")
    func identity() {
        for (_, months) in Activity.months(Self.spans, year: 2026) {
            for (previous, current) in zip(months, months.dropFirst()) {
                #expect(current.active == previous.active + current.inflow - current.outflow)
            }
        }
        // January starts from December 2025's end: 2 active (the open one and the one from June 2025).
        let january = Activity.months(Self.spans, year: 2026, through: 1)["5.38"]?.first
        #expect(january.map { 2 + $0.inflow - $0.outflow } == january?.active)
    }

    @Test("Average price is the forecast over the average active cases")
    func averagePrice() {
        let months = Activity.months(Self.spans, year: 2026, through: 4)["5.38"] ?? []
        // Average active (2 + 3 + 2 + 1) ÷ 4 = 2: 1.000.000 ÷ 2.
        #expect(Activity.averagePrice(forecast: kr(1_000_000), months: months) == kr(500_000))
        #expect(Activity.averagePrice(forecast: kr(1_000_000), months: []) == nil)
    }
}
