import Testing
@testable import ForumCore

@Suite("Budget burn, forecast and deviation")
struct BudgetBurnTests {
    /// Budget 12 mio.; 1,1 mio. spent each month of which 0,3 mio. is committed grants;
    /// 0,3 mio. committed each month for the rest of the year.
    static let figures = BudgetFigures(
        budget: kr(12_000_000),
        actual: Array(repeating: kr(1_100_000), count: 10),
        commitments: Array(repeating: kr(300_000), count: 12))

    @Test("The worked formula at the end of October")
    func october() {
        let burn = BudgetBurn(Self.figures, month: 10)
        #expect(burn.expectedToDate == kr(10_000_000))
        #expect(burn.actualToDate == kr(11_000_000))
        #expect(burn.committedToDate == kr(3_000_000))
        #expect(burn.committedRest == kr(600_000))
        // U = (11,0 − 3,0) ÷ 10 × 2 = 1,6 mio.
        #expect(burn.uncommittedRest == kr(1_600_000))
        #expect(burn.forecast == kr(13_200_000))
        #expect(burn.deviation == kr(1_200_000))
        #expect(burn.beyondTolerance)
        #expect(burn.burnPercent == 92)
        #expect(burn.deviationPerMille == 100)
    }

    @Test("Uncommitted spend is never negative")
    func uncommittedNotNegative() {
        let figures = BudgetFigures(budget: kr(1_000_000), actual: [kr(10_000)], commitments: [kr(50_000), kr(50_000)])
        let burn = BudgetBurn(figures, month: 1)
        #expect(burn.uncommittedRest == .zero)
        #expect(burn.forecast == kr(10_000) + kr(50_000))
        #expect(burn.deviation == kr(60_000) - kr(1_000_000))
    }

    @Test("U rounds once, half away from zero")
    func uncommittedRounding() {
        let figures = BudgetFigures(budget: kr(100), actual: [Money(ore: 1), Money(ore: 0), Money(ore: 0)])
        // 1 øre ÷ 3 × 9 = 3 øre exactly; 2 øre over 7 months: 2 ÷ 7 × 5 = 1,43 → 1.
        #expect(BudgetBurn(figures, month: 3).uncommittedRest == Money(ore: 3))
        let seven = BudgetFigures(budget: kr(100), actual: [Money(ore: 2)])
        #expect(BudgetBurn(seven, month: 7).uncommittedRest == Money(ore: 1))
    }

    @Test("A manual forecast overrides the calculated one, which stays visible")
    func manualForecast() {
        var figures = Self.figures
        figures.manualForecasts[10] = ManualForecast(amount: kr(12_100_000), note: "Sag X stopper i november")
        let burn = BudgetBurn(figures, month: 10)
        #expect(burn.forecast == kr(12_100_000))
        #expect(burn.calculatedForecast == kr(13_200_000))
        #expect(burn.deviation == kr(100_000))
        #expect(!burn.beyondTolerance)
        #expect(BudgetBurn(figures, month: 9).manualForecast == nil)
    }

    @Test("Periodisation by last year's profile")
    func profile() {
        let weights: [Int64] = [5, 5, 10, 10, 10, 10, 5, 10, 10, 10, 10, 5]
        let burn = BudgetBurn(BudgetFigures(budget: kr(1_000_000), periodisation: .profile(weights)), month: 2)
        #expect(burn.expectedToDate == kr(100_000))
        #expect(BudgetBurn(BudgetFigures(budget: kr(1_000_000)), month: 1).expectedToDate == Money(ore: 8_333_333))
    }

    @Test("Tolerance: either 500.000 kr or 2 % of the budget", arguments: [
        (Int64(100_000_000), Int64(499_999), false),
        (100_000_000, 500_000, true),
        (100_000_000, -500_000, true),
        (10_000_000, 199_999, false),
        (10_000_000, 200_000, true),
        (10_000_000, -200_000, true),
        (0, 1, true),
        (0, 0, false),
    ])
    func tolerance(budget: Int64, deviation: Int64, beyond: Bool) {
        #expect(Tolerance.standard.isExceeded(by: kr(deviation), budget: kr(budget)) == beyond)
    }

    @Test("What approving a grant does to each paying sector's forecast")
    func impact() throws {
        let amount = try GrantAmount.monthly(kr(37_500), from: day(2026, 11, 1), through: day(2027, 5, 31))
        let schedule = CommitmentSchedule(amount: amount, split: split([("BEV", 60), ("VOK", 20), ("FAM", 20)]))
        var manual = Self.figures
        manual.manualForecasts[10] = ManualForecast(amount: kr(11_000_000), note: "",
                                                     committedRest: BudgetBurn(Self.figures, month: 10).committedRest)
        let figures: [SectorCode: BudgetFigures] = ["BEV": Self.figures, "VOK": manual]
        let impacts = ForecastImpact.of(schedule, on: figures, year: 2026, month: 10)
        #expect(impacts.map(\.sector) == ["BEV", "VOK"])
        let bev = impacts[0]
        #expect(bev.addedThisYear == kr(45_000))
        #expect(bev.forecastAfter == bev.before.forecast + kr(45_000))
        #expect(bev.deviationAfter == kr(1_245_000))
        let vok = impacts[1]
        #expect(vok.before.forecast == kr(11_000_000))
        #expect(vok.forecastAfter == kr(11_015_000))
    }
}
