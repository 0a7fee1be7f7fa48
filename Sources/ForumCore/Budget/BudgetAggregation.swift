/// The budget figures of a year from the rows a backend reads (DOMAIN §6): one pure function, so
/// that the in-memory, SQLite and PostgreSQL repositories show the same figures.
public enum BudgetAggregation {
    /// The rules, in order:
    /// - every sub-area with a sector has figures, even when it has nothing this year; the
    ///   sub-area of unmapped accounts has figures only when it has a budget or spend, and never
    ///   counts towards a sector;
    /// - rows naming a sub-area that is not in `rows.subAreas`, or a month outside 1…12, are not
    ///   counted (a backend's reads never produce them);
    /// - a sub-area's expected spend is its budget spread by its own profile, else by the
    ///   settings' periodisation, rounded to the øre per sub-area;
    /// - a sector's budget, actual spend and expected spend are the sums of its sub-areas'; its
    ///   commitments and manual forecasts are its own rows; every sector has figures;
    /// - the last posted month is the last month with a non-zero actual row, unmapped included;
    /// - commitments count as they stood at the end of `asOf` (known by then and not yet
    ///   replaced), or with nil as they stand now;
    /// - expected transition inflow counts for its receiving sector only, as it stands now.
    public static func snapshot(_ rows: BudgetInput, asOf: Month? = nil) -> BudgetSnapshot {
        snapshot(rows) { $0.inForce(atEndOf: asOf) }
    }

    /// The snapshot counting the commitment rows `counts` accepts: the forecast bridge's steps.
    static func snapshot(_ rows: BudgetInput, counting counts: (BudgetInput.CommitmentRow) -> Bool) -> BudgetSnapshot {
        let sectorOf = Dictionary(rows.subAreas.map { ($0.code, $0.sector) }, uniquingKeysWith: { first, _ in first })
        let budgets = Dictionary(rows.budgets.filter { sectorOf[$0.subArea] != nil }.map { ($0.subArea, $0) },
                                 uniquingKeysWith: { first, _ in first })
        var actuals: [String: [Money]] = [:]
        var lastPosted: Int?
        for row in rows.actuals where sectorOf[row.key] != nil && (1...12).contains(row.month) {
            actuals[row.key, default: Array(repeating: .zero, count: 12)][row.month - 1] += row.amount
            if !row.amount.isZero { lastPosted = Swift.max(lastPosted ?? row.month, row.month) }
        }

        var subAreas: [String: BudgetFigures] = [:]
        for subArea in rows.subAreas {
            let budget = budgets[subArea.code]
            let actual = actuals[subArea.code] ?? []
            let hasAnything = !(budget?.amount.isZero ?? true) || actual.contains { !$0.isZero }
            guard subArea.sector != nil || hasAnything else { continue }
            subAreas[subArea.code] = BudgetFigures(budget: budget?.amount ?? .zero, actual: actual,
                                                   periodisation: budget?.profile ?? rows.periodisation)
        }

        var sectors = Dictionary(rows.sectors.map { ($0, BudgetFigures(budget: .zero)) }, uniquingKeysWith: { first, _ in first })
        for subArea in rows.subAreas {
            guard let sector = subArea.sector, let figures = subAreas[subArea.code] else { continue }
            sectors[sector] = (sectors[sector] ?? BudgetFigures(budget: .zero)) + figures
        }
        for row in rows.commitments where (1...12).contains(row.month) && counts(row) {
            sectors[row.sector, default: BudgetFigures(budget: .zero)].commitments[row.month - 1] += row.amount
        }
        for row in rows.transitions where (1...12).contains(row.month) {
            sectors[row.key, default: BudgetFigures(budget: .zero)].transitions[row.month - 1] += row.amount
        }
        for row in rows.forecasts where (1...12).contains(row.month) {
            sectors[row.sector, default: BudgetFigures(budget: .zero)].manualForecasts[row.month] = row.forecast
        }
        return BudgetSnapshot(year: rows.year, lastPostedMonth: lastPosted, sectors: sectors, subAreas: subAreas,
                              lastPostingDay: rows.lastPostingDay)
    }
}
