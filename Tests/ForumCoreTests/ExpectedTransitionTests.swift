import Testing
@testable import ForumCore

/// The expected amounts of a youth (DOMAIN §12): annual cost ÷ 12 from the transition date, pro
/// rata by days in the first month, times p; each year's total rounded to the øre and spread over
/// its months by largest remainder. Each expected figure is worked out in the comment beside it.
@Suite("Expected transition amounts: exact to the øre")
struct ExpectedTransitionTests {
    static func youth(_ annual: Money, _ probability: String, from start: Day, caseID: CaseID = "S-1",
                      sector: SectorCode = "VOK") -> Youth {
        Youth(caseID: caseID, birthDate: start.adding(months: -18 * 12), childrenSector: "BUF", receivingSector: sector,
              transitionDate: start, colour: .yellow, probability: (try? Probability(parsing: probability)) ?? .zero,
              annualCost: annual)
    }

    @Test("Year totals", arguments: [
        // §12's example: ⅓ of 50.000 a month for July–December 2027, then a whole year.
        ("1/3", kr(600_000), day(2027, 7, 1), 2026, kr(0)),
        ("1/3", kr(600_000), day(2027, 7, 1), 2027, kr(100_000)),
        ("1/3", kr(600_000), day(2027, 7, 1), 2028, kr(200_000)),
        // ½ of 50.000 × 15/31 in July (12.096,774…) + 5 × 25.000 = 137.096,774… → 137.096,77.
        ("½", kr(600_000), day(2027, 7, 17), 2027, kr(137_096, 77)),
        // ⅓ of 100.000 kr = 33.333,333… → 33.333,33, not 12 rounded months (12 × 2.777,78 = 33.333,36).
        ("1/3", kr(100_000), day(2027, 1, 1), 2028, kr(33_333, 33)),
        ("0", kr(600_000), day(2027, 1, 1), 2027, kr(0)),
    ])
    func yearTotals(probability: String, annual: Money, start: Day, year: Int, expected: Money) {
        #expect(ExpectedTransition.total(Self.youth(annual, probability, from: start), year: year) == expected)
    }

    @Test("A year's total is spread over its months by largest remainder, earlier months first")
    func months() {
        // 10.000.000 øre ÷ 36 = 277.777,7… øre a month: 12 × 277.777 = 3.333.324 øre, so the 9 øre
        // left of 3.333.333 go to January–September.
        let months = ExpectedTransition.byMonth(Self.youth(kr(100_000), "1/3", from: day(2027, 1, 1)), year: 2028)
        #expect(months == Array(repeating: kr(2_777, 78), count: 9) + Array(repeating: kr(2_777, 77), count: 3))
        // July 2027 of the ½ example: 12.096,77; August–December 25.000 each.
        let partial = ExpectedTransition.byMonth(Self.youth(kr(600_000), "½", from: day(2027, 7, 17)), year: 2027)
        #expect(partial == Array(repeating: kr(0), count: 6) + [kr(12_096, 77)] + Array(repeating: kr(25_000), count: 5))
    }

    @Test("T joins the receiving sector's forecast: F = A + Crest + U + T, and leaves with an adult grant")
    func forecastLine() {
        let youth = Self.youth(kr(600_000), "1/3", from: day(2026, 7, 1))
        func burn(adultGrant: Bool, manual: ManualForecast? = nil) -> BudgetBurn {
            let rows = BudgetInput(
                year: 2026, sectors: ["VOK"], subAreas: [.init(code: "5.38", sector: "VOK")],
                budgets: [.init(subArea: "5.38", amount: kr(1_200_000))],
                actuals: (1...6).map { BudgetInput.MonthRow("5.38", month: $0, amount: kr(100_000)) },
                forecasts: manual.map { [BudgetInput.ForecastRow(sector: "VOK", month: 6, forecast: $0)] } ?? [],
                transitions: TransitionInflow.rows([youth], adultGrantCases: adultGrant ? ["S-1"] : [], year: 2026))
            return BudgetBurn(BudgetAggregation.snapshot(rows).sectors["VOK"] ?? BudgetFigures(budget: .zero), month: 6)
        }
        // A = 600.000, Crest = 0, U = 600.000, T = ⅓ × 6 × 50.000 = 100.000.
        #expect(burn(adultGrant: false).transitionRest == kr(100_000))
        #expect(burn(adultGrant: false).forecast == kr(1_300_000))
        #expect(burn(adultGrant: true).transitionRest == kr(0))
        #expect(burn(adultGrant: true).forecast == kr(1_200_000))
        // A manual forecast set when T was 0 moves with T as it does with Crest.
        let manual = ManualForecast(amount: kr(1_250_000), note: "", committedRest: kr(0), transitionRest: kr(0), version: 1)
        #expect(burn(adultGrant: false, manual: manual).forecast == kr(1_350_000))
    }

    @Test("The shadow budget: expected amounts of the next three years plus the net other inflow")
    func shadowBudget() {
        let youths = [Self.youth(kr(600_000), "1/3", from: day(2027, 7, 1)),
                      Self.youth(kr(240_000), "1", from: day(2028, 1, 1), caseID: "S-2"),
                      Self.youth(kr(999_000), "1", from: day(2027, 1, 1), caseID: "S-3"),
                      Self.youth(kr(120_000), "1", from: day(2027, 1, 1), caseID: "S-4", sector: "BEV")]
        let settings = TransitionSettings(netOtherInflow: ["VOK": kr(50_000)])
        let years = TransitionInflow.shadowBudget(youths, adultGrantCases: ["S-3"], sector: "VOK", after: 2026, settings: settings)
        #expect(years.map(\.year) == [2027, 2028, 2029])
        #expect(years.map(\.expected) == [kr(100_000), kr(440_000), kr(440_000)])
        #expect(years.map(\.total) == [kr(150_000), kr(490_000), kr(490_000)])
    }
}
