/// What a backend reads for the budget figures of one year, row by row, before any sum: the
/// input of `BudgetAggregation`. Every backend fetches these and nothing else, so every backend
/// computes the same figures.
public struct BudgetInput: Hashable, Sendable {
    /// A sub-area and its sector; nil for the sub-area of unmapped accounts.
    public struct SubAreaRow: Hashable, Sendable {
        public var code: String
        public var sector: SectorCode?

        public init(code: String, sector: SectorCode?) {
            self.code = code
            self.sector = sector
        }
    }

    /// A sub-area's corrected budget for the year, with its monthly profile when it has one.
    public struct BudgetRow: Hashable, Sendable {
        public var subArea: String
        public var amount: Money
        public var profile: Periodisation?

        public init(subArea: String, amount: Money, profile: Periodisation? = nil) {
            self.subArea = subArea
            self.amount = amount
            self.profile = profile
        }
    }

    /// An amount of one month (1…12), for a sub-area (actual spend) or a sector (commitments).
    public struct MonthRow<Key: Hashable & Sendable>: Hashable, Sendable {
        public var key: Key
        public var month: Int
        public var amount: Money

        public init(_ key: Key, month: Int, amount: Money) {
            self.key = key
            self.month = month
            self.amount = amount
        }
    }

    /// Where a commitment comes from: an approved grant or a filled place (DOMAIN §6, §7).
    public enum CommitmentSource: String, Hashable, Sendable, Codable {
        case grant, placement
    }

    /// A sector's commitment of one month (1…12), with when it became known, so that the
    /// figures can be shown as they stood at the end of an earlier month and the forecast
    /// bridge can name what moved.
    public struct CommitmentRow: Hashable, Sendable {
        public var sector: SectorCode
        public var month: Int
        public var amount: Money
        public var source: CommitmentSource
        /// The month the grant was first decided (or the place filled); nil: before any month
        /// the figures look at.
        public var decided: Month?
        /// The month this row was written (a decision, a changed split); nil: always known.
        public var known: Month?
        /// The month the row stopped being in force (undone, replaced by a changed split); nil
        /// while it is in force.
        public var replaced: Month?

        public init(_ sector: SectorCode, month: Int, amount: Money, source: CommitmentSource = .grant,
                    decided: Month? = nil, known: Month? = nil, replaced: Month? = nil) {
            self.sector = sector
            self.month = month
            self.amount = amount
            self.source = source
            self.decided = decided
            self.known = known ?? decided
            self.replaced = replaced
        }

        /// Whether the row was in force at the end of `month` (nil: now).
        public func inForce(atEndOf month: Month?) -> Bool {
            guard let month else { return replaced == nil }
            return (known.map { $0 <= month } ?? true) && (replaced.map { $0 > month } ?? true)
        }
    }

    /// A sector's manual forecast for a month (1…12).
    public struct ForecastRow: Hashable, Sendable {
        public var sector: SectorCode
        public var month: Int
        public var forecast: ManualForecast

        public init(sector: SectorCode, month: Int, forecast: ManualForecast) {
            self.sector = sector
            self.month = month
            self.forecast = forecast
        }
    }

    public var year: Int
    /// How a sub-area without a profile of its own is periodised: the settings' periodisation.
    public var periodisation: Periodisation
    public var sectors: [SectorCode]
    public var subAreas: [SubAreaRow]
    public var budgets: [BudgetRow]
    /// Actual spend per sub-area code and month (several rows of one month add up).
    public var actuals: [MonthRow<String>]
    /// Commitments per sector and month (several rows of one month add up), including those
    /// no longer in force, which count only for the months they stood.
    public var commitments: [CommitmentRow]
    public var forecasts: [ForecastRow]
    /// Expected inflow from the children's area per receiving sector and month: the youths still
    /// waiting for an adult grant (`TransitionInflow.rows`).
    public var transitions: [MonthRow<SectorCode>]
    /// The day of the last imported posting of the year (nil before any import).
    public var lastPostingDay: Day?

    public init(year: Int, periodisation: Periodisation = .even, sectors: [SectorCode], subAreas: [SubAreaRow],
                budgets: [BudgetRow] = [], actuals: [MonthRow<String>] = [], commitments: [CommitmentRow] = [],
                forecasts: [ForecastRow] = [], transitions: [MonthRow<SectorCode>] = [], lastPostingDay: Day? = nil) {
        self.year = year
        self.periodisation = periodisation
        self.sectors = sectors
        self.subAreas = subAreas
        self.budgets = budgets
        self.actuals = actuals
        self.commitments = commitments
        self.forecasts = forecasts
        self.transitions = transitions
        self.lastPostingDay = lastPostingDay
    }
}

extension BudgetInput {
    /// The last month with a non-zero actual row (1…12), nil before any postings.
    public var lastPostedMonth: Int? {
        actuals.filter { !$0.amount.isZero && (1...12).contains($0.month) }.map(\.month).max()
    }

    /// Which commitments the figures at the end of `month` count: as they stood at the end of a
    /// month before the last posted one; as they stand now (nil) from the last posted month on,
    /// so that a grant decided today moves today's figures.
    public func view(month: Int) -> Month? {
        guard let last = lastPostedMonth, month < last else { return nil }
        return try? Month(year: year, month: month)
    }
}
