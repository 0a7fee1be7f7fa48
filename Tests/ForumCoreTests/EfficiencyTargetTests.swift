import Testing
@testable import ForumCore

@Suite("Efficiency targets (DOMAIN §13)")
struct EfficiencyTargetTests {
    @Test("A target is allocated exactly by largest remainder", arguments: [
        (kr(490_000), split([("BEV", 1), ("BUF", 1), ("VOK", 1)]), [kr(163_333, 34), kr(163_333, 33), kr(163_333, 33)]),
        (kr(3_000_000), split([("BEV", 1), ("BUF", 1), ("VOK", 1)]), [kr(1_000_000), kr(1_000_000), kr(1_000_000)]),
        (kr(100), split([("BEV", 3), ("BUF", 2), ("VOK", 1)]), [kr(50), kr(33, 33), kr(16, 67)]),
        (kr(250_000), split([("VOK", 1)]), [kr(250_000)]),
    ])
    func allocation(amount: Money, split: PaymentSplit, expected: [Money]) throws {
        let target = try EfficiencyTarget(year: 2026, amount: amount, split: split)
        #expect(target.allocation.map(\.amount) == expected)
        #expect(Money.sum(target.allocation.map(\.amount)) == amount)
    }

    @Test("A target of 0 kr or less is refused")
    func refusesZero() {
        #expect(throws: TargetError.notPositive(kr(0))) { try EfficiencyTarget(year: 2026, amount: kr(0), split: split([("VOK", 1)])) }
    }

    @Test("Realised saving is last year's spend less actual and forecast rest; behind below the pro-rata target")
    func progress() {
        // 2.000.000 − (900.000 + 950.000) = 150.000; pro rata through June: 490.000 × 6/12 = 245.000.
        let estimate = SavingEstimate(previousYear: kr(2_000_000), actualToDate: kr(900_000), forecastRest: kr(950_000))
        let behind = TargetProgress(sector: "VOK", target: kr(490_000), month: 6, realised: estimate)
        #expect(estimate.saving == kr(150_000))
        #expect(behind.proRata == kr(245_000))
        #expect(behind.isBehind)
        // Through March: 122.500, and 150.000 is ahead of it.
        #expect(!TargetProgress(sector: "VOK", target: kr(490_000), month: 3, realised: estimate).isBehind)
    }
}
