import Testing
@testable import ForumCore

/// A small municipality worked out by hand (DOMAIN §6): two sub-areas, one with a profile; a
/// grant starting mid-month (pro rata); a manual forecast set at the end of June; a grant decided
/// in July that reaches back to May (retroactive); a sector with a zero budget. Every expected
/// figure below is computed in the comment beside it, not by the code under test.
@Suite("Budget burn: a dataset worked out by hand")
struct BudgetWorkedExampleTests {
    /// 2 + 2 + 2 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 2 + 2 = 18.
    static let profile: [Int64] = [2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 2, 2]
    static let june = month(2026, 6)
    static let july = month(2026, 7)

    /// G1: 30.000 kr a month from 16.3 to 31.12, decided in February, paid by S.
    static let g1 = CommitmentSchedule(amount: .monthly(rate: kr(30_000), start: day(2026, 3, 16), end: day(2026, 12, 31)),
                                       split: .single("S"))
    /// G2: 10.000 kr a month from 1.5 to 31.12, decided in July (retroactive for May and June).
    static let g2 = CommitmentSchedule(amount: .monthly(rate: kr(10_000), start: day(2026, 5, 1), end: day(2026, 12, 31)),
                                       split: .single("S"))

    static func rows(through lastMonth: Int, manual: ManualForecast? = nil) -> BudgetInput {
        let months = 1...lastMonth
        let commitments = g1.lines.map { BudgetInput.CommitmentRow($0.sector, month: $0.month.month, amount: $0.amount,
                                                                   decided: month(2026, 2)) }
            + g2.lines.map { BudgetInput.CommitmentRow($0.sector, month: $0.month.month, amount: $0.amount, decided: july) }
        return BudgetInput(
            year: 2026, sectors: ["S", "Z"],
            subAreas: [.init(code: "1.1", sector: "S"), .init(code: "1.2", sector: "S"), .init(code: "9.9", sector: "Z")],
            budgets: [.init(subArea: "1.1", amount: kr(1_200_000)),
                      .init(subArea: "1.2", amount: kr(600_000), profile: .profile(profile)),
                      .init(subArea: "9.9", amount: .zero)],
            actuals: months.map { BudgetInput.MonthRow("1.1", month: $0, amount: kr(100_000)) }
                + months.map { BudgetInput.MonthRow("1.2", month: $0, amount: kr(50_000)) }
                + [BudgetInput.MonthRow("9.9", month: 3, amount: kr(100))],
            commitments: commitments,
            forecasts: manual.map { [BudgetInput.ForecastRow(sector: "S", month: 6, forecast: $0)] } ?? [],
            lastPostingDay: lastMonth == 6 ? day(2026, 6, 20) : day(2026, 7, 22))
    }

    /// Set at the end of June against the committed rest then: G1's July–December, 6 × 30.000.
    static let manual = ManualForecast(amount: kr(1_850_000), note: "Kendt stop i sag X", author: "Øjvind Økonom",
                                       committedRest: kr(180_000), version: 1)

    @Test("End of June: pro-rata commitment, profile, U, forecast and deviation")
    func june() throws {
        let snapshot = BudgetAggregation.snapshot(Self.rows(through: 6), asOf: Self.june)
        let burn = BudgetBurn(try #require(snapshot.sectors["S"]), month: 6)
        // March: 30.000 × 16/31 = 15.483,870… → 15.483,87 kr.
        #expect(snapshot.sectors["S"]?.commitments[2] == kr(15_483, 87))
        // E = 1.200.000 × 6/12 + 600.000 × 10/18 (= 333.333,333…) = 933.333,33 kr.
        #expect(burn.expectedToDate == kr(933_333, 33))
        #expect(burn.actualToDate == kr(900_000))
        // Cpast = 15.483,87 + 3 × 30.000 = 105.483,87; Crest = 6 × 30.000 = 180.000.
        #expect(burn.committedToDate == kr(105_483, 87))
        #expect(burn.committedRest == kr(180_000))
        // U = (900.000 − 105.483,87) ÷ 6 × 6 = 794.516,13; F = 900.000 + 180.000 + 794.516,13.
        #expect(burn.uncommittedRest == kr(794_516, 13))
        #expect(burn.forecast == kr(1_874_516, 13))
        // D = 1.874.516,13 − 1.800.000 = 74.516,13: beyond 2 % of 1.800.000 (36.000).
        #expect(burn.deviation == kr(74_516, 13))
        #expect(burn.beyondTolerance)
        #expect(snapshot.through(month: 6) == day(2026, 6, 20))
    }

    @Test("A manual forecast set before a later grant moves by the grant's committed rest")
    func manualMovesWithLaterGrant() throws {
        let rows = Self.rows(through: 7, manual: Self.manual)
        // As it stood at the end of June G2 was not decided: the manual figure stands as set.
        let then = BudgetBurn(try #require(BudgetAggregation.snapshot(rows, asOf: Self.june).sectors["S"]), month: 6)
        #expect(then.forecast == kr(1_850_000))
        #expect(then.manualMovement == .zero)
        // Now G2 adds July–December to June's committed rest: 6 × 10.000 = 60.000.
        let now = BudgetBurn(try #require(BudgetAggregation.snapshot(rows).sectors["S"]), month: 6)
        #expect(now.committedRest == kr(240_000))
        #expect(now.manualMovement == kr(60_000))
        #expect(now.forecast == kr(1_910_000))
        #expect(now.manualForecast?.note == "Kendt stop i sag X")
    }

    @Test("A zero budget: any deviation is beyond tolerance; no percent")
    func zeroBudget() throws {
        let burn = BudgetBurn(try #require(BudgetAggregation.snapshot(Self.rows(through: 6)).sectors["Z"]), month: 6)
        // A = 100; U = 100 ÷ 6 × 6 = 100; F = 200 = D.
        #expect(burn.forecast == kr(200))
        #expect(burn.deviation == kr(200))
        #expect(burn.beyondTolerance)
        #expect(burn.deviationPerMille == nil)
    }

    @Test("The bridge from June to July: a retroactive new grant, the run rate, the manual change, the remainder")
    func bridge() throws {
        let rows = Self.rows(through: 7, manual: Self.manual)
        let bridge = try #require(ForecastBridge.of(rows, sector: "S", month: 7))
        // Last month's forecast: the manual 1.850.000 (calculated 1.874.516,13).
        #expect(bridge.previousForecast == kr(1_850_000))
        // Now, no manual for July: A = 1.050.000; Cpast = 135.483,87 + G2's May–July 30.000 = 165.483,87;
        // Crest = 5 × 30.000 + 5 × 10.000 = 200.000; U = 884.516,13 ÷ 7 × 5 = 631.797,235… → 631.797,24.
        #expect(bridge.forecast == kr(1_881_797, 24))
        // Without G2: Cpast 135.483,87, Crest 150.000, U = 914.516,13 ÷ 7 × 5 = 653.225,81 → 1.853.225,81.
        // New grants = 1.881.797,24 − 1.853.225,81.
        #expect(bridge.amount(.newGrants) == kr(28_571, 43))
        #expect(bridge.amount(.placements) == .zero)
        #expect(bridge.amount(.endedOrChangedGrants) == .zero)
        // Run rate = 653.225,81 − 794.516,13 + 794.516,13 ÷ 6 (132.419,36) = −8.870,96.
        #expect(bridge.amount(.runRate) == kr(-8_870, 96))
        // Manual: none now (0) less June's manual over calculated (1.850.000 − 1.874.516,13).
        #expect(bridge.amount(.manualChanges) == kr(24_516, 13))
        // Unexplained = (1.853.225,81 − 1.874.516,13) − (−8.870,96) = −12.419,36.
        #expect(bridge.amount(.unexplained) == kr(-12_419, 36))
        #expect(Money.sum(bridge.lines.map(\.amount)) == bridge.forecast - bridge.previousForecast)
        #expect(bridge.lines.map(\.cause) == ForecastBridge.Cause.allCases)
        #expect(ForecastBridge.of(rows, sector: "S", month: 1) == nil)
    }

    @Test("Stepping back a month: July's last posting day names July; June shows its month end")
    func through() {
        let snapshot = BudgetAggregation.snapshot(Self.rows(through: 7))
        #expect(snapshot.through(month: 7) == day(2026, 7, 22))
        #expect(snapshot.through(month: 6) == day(2026, 6, 30))
        #expect(snapshot.through(month: 8) == nil)
    }
}

@Suite("Decision preview: every budget year, and crossing the tolerance")
struct DecisionPreviewTests {
    @Test("A grant from 1 December commits one month this year and the rest in the next years, per sector")
    func laterYears() {
        // 24.000 kr a month, ½/⅓/⅙, December 2026 to February 2028.
        let schedule = CommitmentSchedule(amount: .monthly(rate: kr(24_000), start: day(2026, 12, 1), end: day(2028, 2, 29)),
                                          split: split([("BUF", 3), ("VOK", 2), ("BEV", 1)]))
        let later = LaterYearCommitments.of(schedule, after: 2026)
        #expect(later.map(\.year) == [2027, 2028])
        // 2027: 12 × 24.000 = 288.000 → 144.000 / 96.000 / 48.000; 2028: 2 × 24.000 = 48.000.
        #expect(later[0].bySector.map(\.amount) == [kr(144_000), kr(96_000), kr(48_000)])
        #expect(later[1].bySector.map(\.amount) == [kr(24_000), kr(16_000), kr(8_000)])
        #expect(later[0].bySector.map(\.sector) == ["BUF", "VOK", "BEV"])
    }

    @Test("Crossing: within the tolerance before, beyond after; already beyond is not crossing")
    func crossing() {
        // B = 12.000.000, A = 10.000.000 through October, no commitments: F = 12.000.000, D = 0.
        let figures = BudgetFigures(budget: kr(12_000_000), actual: Array(repeating: kr(1_000_000), count: 10))
        let big = CommitmentSchedule(amount: .oneOff(kr(300_000), on: day(2026, 11, 15)), split: .single("BEV"))
        let impact = ForecastImpact.of(big, on: ["BEV": figures], year: 2026, month: 10)[0]
        // D after = 300.000 ≥ 2 % of 12.000.000 (240.000): crosses.
        #expect(impact.crossesTolerance)
        let small = CommitmentSchedule(amount: .oneOff(kr(100_000), on: day(2026, 11, 15)), split: .single("BEV"))
        #expect(!ForecastImpact.of(small, on: ["BEV": figures], year: 2026, month: 10)[0].crossesTolerance)
        let over = BudgetFigures(budget: kr(12_000_000), actual: Array(repeating: kr(1_100_000), count: 10))
        #expect(!ForecastImpact.of(big, on: ["BEV": over], year: 2026, month: 10)[0].crossesTolerance)
    }
}
