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

extension ForecastImpact {
    /// Whether the decision takes the sector beyond its tolerance (it was within before).
    public var crossesTolerance: Bool { !before.beyondTolerance && beyondToleranceAfter }
}

/// What a grant commits in a later budget year, per paying sector: the budget of that year is
/// not known yet, so the preview shows the commitments themselves (DOMAIN §4: a grant approved
/// on 1 December mostly lands in next year's budget).
public struct LaterYearCommitments: Hashable, Sendable {
    public let year: Int
    /// Per sector, in the order of the split.
    public let bySector: [(sector: SectorCode, amount: Money)]

    public static func == (lhs: LaterYearCommitments, rhs: LaterYearCommitments) -> Bool {
        lhs.year == rhs.year && lhs.bySector.elementsEqual(rhs.bySector) { $0.sector == $1.sector && $0.amount == $1.amount }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        for entry in bySector { hasher.combine(entry.sector); hasher.combine(entry.amount) }
    }

    /// Every year after `year` that `schedule` touches, each with what it commits per sector.
    public static func of(_ schedule: CommitmentSchedule, after year: Int) -> [LaterYearCommitments] {
        let years = Set(schedule.lines.map(\.month.year)).filter { $0 > year }.sorted()
        return years.map { later in
            LaterYearCommitments(year: later, bySector: schedule.sectors.map { sector in
                (sector, Money.sum(schedule.byMonth(for: sector, year: later)))
            })
        }
    }
}
