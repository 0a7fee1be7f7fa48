import Testing
@testable import ForumCore

@Suite("Budget aggregation from rows")
struct BudgetAggregationTests {
    static let profile: [Int64] = [5, 5, 10, 10, 10, 10, 5, 10, 10, 10, 10, 5]

    static func input(periodisation: Periodisation = .even, budgets: [BudgetInput.BudgetRow] = [],
                      actuals: [BudgetInput.MonthRow<String>] = [], commitments: [BudgetInput.CommitmentRow] = [],
                      forecasts: [BudgetInput.ForecastRow] = []) -> BudgetInput {
        BudgetInput(year: 2026, periodisation: periodisation, sectors: ["BEV", "VOK"],
                    subAreas: [.init(code: "5.68.90", sector: "BEV"), .init(code: "5.68.91", sector: "BEV"),
                               .init(code: "5.38.52", sector: "VOK"), .init(code: "0", sector: nil)],
                    budgets: budgets, actuals: actuals, commitments: commitments, forecasts: forecasts)
    }

    @Test("A sector's expected spend is the sum of its sub-areas', each by its own profile, rounded there")
    func profiles() {
        let snapshot = BudgetAggregation.snapshot(Self.input(budgets: [
            .init(subArea: "5.68.90", amount: kr(1_000_000), profile: .profile(Self.profile)),
            .init(subArea: "5.68.91", amount: Money(ore: 100)),
        ]))
        // January: 1.000.000 × 5/100 = 50.000; 1,00 kr × 1/12 = 0,08 kr (rounded per sub-area).
        #expect(snapshot.subAreas["5.68.90"]?.expected[0] == kr(50_000))
        #expect(snapshot.subAreas["5.68.91"]?.expected[0] == Money(ore: 8))
        #expect(snapshot.sectors["BEV"]?.expected[0] == Money(ore: 5_000_008))
        #expect(snapshot.sectors["BEV"]?.expected[1] == kr(100_000) + Money(ore: 17))
        #expect(snapshot.sectors["BEV"]?.expected[11] == kr(1_000_001))
        #expect(BudgetBurn(snapshot.sectors["BEV"] ?? BudgetFigures(budget: .zero), month: 2).expectedToDate
                == kr(100_000) + Money(ore: 17))
    }

    @Test("The settings' periodisation spreads a sub-area without a profile of its own")
    func defaultPeriodisation() {
        let snapshot = BudgetAggregation.snapshot(Self.input(periodisation: .profile(Self.profile), budgets: [
            .init(subArea: "5.38.52", amount: kr(1_000_000)),
        ]))
        #expect(snapshot.sectors["VOK"]?.expected[1] == kr(100_000))
    }

    @Test("A zero budget: figures for every sector and mapped sub-area, zero expected; unmapped only with spend")
    func zeroBudget() {
        let empty = BudgetAggregation.snapshot(Self.input())
        #expect(Set(empty.sectors.keys) == ["BEV", "VOK"])
        #expect(Set(empty.subAreas.keys) == ["5.68.90", "5.68.91", "5.38.52"])
        #expect(empty.sectors["BEV"] == BudgetFigures(budget: .zero))
        #expect(empty.lastPostedMonth == nil)
        let unmapped = BudgetAggregation.snapshot(Self.input(actuals: [
            .init("0", month: 3, amount: kr(10)), .init("5.68.90", month: 2, amount: kr(5)),
            .init("5.68.90", month: 2, amount: kr(7)), .init("5.68.90", month: 4, amount: .zero),
        ]))
        #expect(unmapped.subAreas["0"]?.actual[2] == kr(10))
        #expect(unmapped.sectors["BEV"]?.actual[1] == kr(12))
        #expect(Money.sum(unmapped.sectors.values.flatMap(\.actual)) == kr(12))
        // The last posted month is the last with a non-zero row, the unmapped included.
        #expect(unmapped.lastPostedMonth == 3)
    }

    @Test("Commitments and manual forecasts belong to their sector; the manual forecast stands in the burn")
    func manualForecast() {
        let forecast = ManualForecast(amount: kr(900_000), note: "Aftale med forvaltningen")
        let snapshot = BudgetAggregation.snapshot(Self.input(
            budgets: [.init(subArea: "5.38.52", amount: kr(1_200_000))],
            actuals: [.init("5.38.52", month: 1, amount: kr(100_000))],
            commitments: [.init("VOK", month: 1, amount: kr(20_000)), .init("VOK", month: 1, amount: kr(30_000)),
                          .init("VOK", month: 2, amount: kr(40_000))],
            forecasts: [.init(sector: "VOK", month: 1, forecast: forecast)]))
        let figures = snapshot.sectors["VOK"] ?? BudgetFigures(budget: .zero)
        #expect(figures.commitments[0] == kr(50_000))
        #expect(figures.manualForecasts[1] == forecast)
        #expect(snapshot.subAreas["5.38.52"]?.commitments == Array(repeating: .zero, count: 12))
        let burn = BudgetBurn(figures, month: 1)
        #expect(burn.expectedToDate == kr(100_000))
        // A + Crest + U = 100.000 + 40.000 + (100.000 − 50.000) × 11 = 690.000; the manual one stands.
        #expect(burn.calculatedForecast == kr(690_000))
        #expect(burn.forecast == kr(900_000))
        #expect(burn.deviation == kr(-300_000))
    }

    @Test("Rows outside the listed sub-areas or months 1…12 are not counted")
    func strayRows() {
        let snapshot = BudgetAggregation.snapshot(Self.input(
            budgets: [.init(subArea: "9.99", amount: kr(5))],
            actuals: [.init("9.99", month: 1, amount: kr(5)), .init("5.68.90", month: 13, amount: kr(5))]))
        #expect(snapshot.subAreas["9.99"] == nil)
        #expect(snapshot.sectors["BEV"]?.actual.allSatisfy(\.isZero) == true)
        #expect(snapshot.lastPostedMonth == nil)
    }
}
