/// What a grant would do to one paying sector's forecast and deviation: before and after.
public struct ForecastImpact: Hashable, Sendable {
    public let sector: SectorCode
    /// What the grant adds to the sector's commitments within the budget year.
    public let addedThisYear: Money
    public let before: BudgetBurn
    /// The forecast after the grant. Where the economist set a manual forecast, it moves with the
    /// committed rest of the year (DOMAIN §6): the manual figure did not know this grant.
    public let forecastAfter: Money
    public let deviationAfter: Money
    public let beyondToleranceAfter: Bool

    /// The impact of `schedule` on each of its sectors for which `figures` has a row.
    public static func of(_ schedule: CommitmentSchedule, on figures: [SectorCode: BudgetFigures],
                          year: Int, month: Int, tolerance: Tolerance = .standard) -> [ForecastImpact] {
        schedule.sectors.compactMap { sector in
            guard let current = figures[sector] else { return nil }
            let extra = schedule.byMonth(for: sector, year: year)
            let before = BudgetBurn(current, month: month, tolerance: tolerance)
            let after = BudgetBurn(current.adding(commitments: extra), month: month, tolerance: tolerance)
            let forecastAfter = after.forecast
            let deviationAfter = after.deviation
            return ForecastImpact(
                sector: sector, addedThisYear: Money.sum(extra), before: before,
                forecastAfter: forecastAfter, deviationAfter: deviationAfter,
                beyondToleranceAfter: tolerance.isExceeded(by: deviationAfter, budget: before.budget))
        }
    }
}
