/// From last month's forecast to this month's, one line per cause (DOMAIN §6, 002 l.1362–1389),
/// with an explicit unexplained remainder. The lines sum to the difference exactly: each named
/// line is the step between two forecasts computed from the same rows, and the remainder is
/// what those steps leave.
///
/// The steps, for a sector at month m (last month's forecast as it stood at its end; this
/// month's likewise, or as it stands now when m is the last month with postings):
/// 1. last month's rows, computed at m: the month's actual spend replaces its commitments and
///    the run rate is re-estimated. The change in expected uncommitted spend, plus the share of
///    last month's expected uncommitted spend that month m was to bring, is the run-rate line;
///    the month's spend beyond both is *unexplained*;
/// 2. plus grants first decided since: *new grants* (a retroactive one moves U too);
/// 3. plus placements filled, minus placements ended since: *placements*;
/// 4. plus rows of earlier grants written or replaced since (undone, split changed):
///    *ended or changed grants*; this is the calculated forecast now;
/// 5. the change in what manual forecasts add over the calculated ones: *manual changes*.
public struct ForecastBridge: Hashable, Sendable {
    public enum Cause: String, Hashable, Sendable, CaseIterable {
        case newGrants = "new_grants"
        case endedOrChangedGrants = "ended_or_changed_grants"
        case placements
        case runRate = "run_rate"
        case manualChanges = "manual_changes"
        case unexplained

        public var phrase: Phrase {
            switch self {
            case .newGrants: Strings.bridgeNewGrants
            case .endedOrChangedGrants: Strings.bridgeEndedOrChanged
            case .placements: Strings.bridgePlacements
            case .runRate: Strings.bridgeRunRate
            case .manualChanges: Strings.bridgeManualChanges
            case .unexplained: Strings.bridgeUnexplained
            }
        }
    }

    public struct Line: Hashable, Sendable {
        public let cause: Cause
        public let amount: Money
    }

    public let sector: SectorCode
    /// The month bridged to (2…12); the bridge starts from the month before.
    public let month: Int
    public let previousForecast: Money
    public let forecast: Money
    /// One line per cause, in the order of `Cause.allCases`.
    public let lines: [Line]

    public func amount(_ cause: Cause) -> Money { lines.first { $0.cause == cause }?.amount ?? .zero }

    /// The bridge of `sector` into `month` of the rows' year; nil for January (last month's
    /// forecast belongs to another year) and for a sector the rows do not know.
    public static func of(_ rows: BudgetInput, sector: SectorCode, month m: Int,
                          tolerance: Tolerance = .standard) -> ForecastBridge? {
        guard (2...12).contains(m), rows.sectors.contains(sector),
              let current = try? Month(year: rows.year, month: m) else { return nil }
        let previous = current.previous
        // The month with the last postings stands as it is now (grants decided since count);
        // an earlier month as it stood at its end.
        let nowView = rows.view(month: m)
        func burn(month: Int, _ counts: (BudgetInput.CommitmentRow) -> Bool) -> BudgetBurn {
            let figures = BudgetAggregation.snapshot(rows, counting: counts).sectors[sector] ?? BudgetFigures(budget: .zero)
            return BudgetBurn(figures, month: month, tolerance: tolerance)
        }
        let before: (BudgetInput.CommitmentRow) -> Bool = { $0.inForce(atEndOf: previous) }
        let isNewGrant: (BudgetInput.CommitmentRow) -> Bool = { row in
            row.source == .grant && (row.decided.map { $0 > previous } ?? false) && row.inForce(atEndOf: nowView)
        }
        // A row that changed between the two views: written since, or replaced since.
        let changed: (BudgetInput.CommitmentRow) -> Bool = { $0.inForce(atEndOf: previous) != $0.inForce(atEndOf: nowView) }

        let start = burn(month: m - 1, before)
        let rolled = burn(month: m, before)
        let withNewGrants = burn(month: m) { before($0) || isNewGrant($0) }
        let withPlacements = burn(month: m) { row in
            row.source == .placement && changed(row) ? row.inForce(atEndOf: nowView) : before(row) || isNewGrant(row)
        }
        let now = burn(month: m) { $0.inForce(atEndOf: nowView) }

        let expectedThisMonth = start.uncommittedRest.scaled(by: 1, over: Int64(13 - m))
        let runRate = rolled.uncommittedRest - start.uncommittedRest + expectedThisMonth
        let manual = (now.forecast - now.calculatedForecast) - (start.forecast - start.calculatedForecast)
        let amounts: [Cause: Money] = [
            .newGrants: withNewGrants.calculatedForecast - rolled.calculatedForecast,
            .placements: withPlacements.calculatedForecast - withNewGrants.calculatedForecast,
            .endedOrChangedGrants: now.calculatedForecast - withPlacements.calculatedForecast,
            .runRate: runRate,
            .manualChanges: manual,
            .unexplained: rolled.calculatedForecast - start.calculatedForecast - runRate,
        ]
        return ForecastBridge(sector: sector, month: m, previousForecast: start.forecast, forecast: now.forecast,
                              lines: Cause.allCases.map { Line(cause: $0, amount: amounts[$0] ?? .zero) })
    }
}
