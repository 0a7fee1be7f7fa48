/// How the corrected budget is spread over the year to give "expected by date".
public enum Periodisation: Hashable, Sendable, Codable {
    /// 1/12 a month.
    case even
    /// Last year's monthly profile: twelve non-negative weights (e.g. last year's spend per
    /// month in kroner), not all zero.
    case profile([Int64])

    /// The cumulative share through month `m` as a fraction (numerator, denominator).
    public func shareThrough(month m: Int) -> (numerator: Int64, denominator: Int64) {
        switch self {
        case .even:
            return (Int64(m), 12)
        case .profile(let weights):
            let total = weights.reduce(0, +)
            guard weights.count == 12, total > 0 else { return (Int64(m), 12) }
            return (weights.prefix(m).reduce(0, +), total)
        }
    }
}

/// A manual year-end forecast the economist has set for a sector and month, with a note
/// (DOMAIN §6). It stands for what was known when it was set: grants decided later still move
/// it by the change in the committed rest of the year since then.
public struct ManualForecast: Hashable, Sendable, Codable {
    public var amount: Money
    public var note: String
    /// Who set it and when (nil on a forecast not yet stored).
    public var author: String?
    public var at: Timestamp?
    /// The committed rest of the year (Crest) when it was set; nil on a forecast stored before
    /// that was kept, which then does not move.
    public var committedRest: Money?
    /// The expected transition inflow of the rest of the year (T) when it was set; nil on a
    /// forecast stored before T was kept, which T then does not move.
    public var transitionRest: Money?
    /// 1 for a first forecast of a sector and month, one more with each change.
    public var version: Int

    public init(amount: Money, note: String, author: String? = nil, at: Timestamp? = nil, committedRest: Money? = nil,
                transitionRest: Money? = nil, version: Int = 0) {
        self.amount = amount
        self.note = note
        self.author = author
        self.at = at
        self.committedRest = committedRest
        self.transitionRest = transitionRest
        self.version = version
    }
}

/// When a deviation needs an explanation and an action plan: |D| reaches either the kr threshold
/// or the percent threshold of the budget (defaults 500.000 kr and 2 %).
public struct Tolerance: Hashable, Sendable, Codable {
    public var amount: Money
    /// In hundredths of a percent: 200 is 2 %.
    public var basisPoints: Int

    public init(amount: Money, basisPoints: Int) {
        self.amount = amount
        self.basisPoints = basisPoints
    }

    public static let standard = Tolerance(amount: Money(kroner: 500_000), basisPoints: 200)

    /// Whether a deviation from a budget is beyond tolerance. A zero deviation never is.
    public func isExceeded(by deviation: Money, budget: Money) -> Bool {
        guard !deviation.isZero else { return false }
        let size = Int128(deviation.ore.magnitude)
        if size >= Int128(amount.ore.magnitude) { return true }
        return size * 10_000 >= Int128(budget.ore.magnitude) * Int128(basisPoints)
    }
}

/// The figures of one sector (or sub-area) for a budget year, as the repository aggregates them.
public struct BudgetFigures: Hashable, Sendable, Codable {
    /// The corrected budget (*korrigeret budget*).
    public var budget: Money
    /// Actual postings per month, January first (twelve entries).
    public var actual: [Money]
    /// Commitments scheduled per month, January first (twelve entries).
    public var commitments: [Money]
    /// Manual forecasts by month (1…12).
    public var manualForecasts: [Int: ManualForecast]
    /// Expected spend by the end of each month, cumulative, January first: E through month m is
    /// at index m − 1. Each sub-area's budget is periodised by its own profile and rounded to the
    /// øre there; a sector's is the sum of its sub-areas' (DOMAIN §6).
    public var expected: [Money]
    /// Expected inflow from the children's area per month, January first (twelve entries).
    public var transitions: [Money]

    /// Figures of one sub-area (or a sector treated as one): `expected` is `budget` spread by
    /// `periodisation`.
    public init(budget: Money, actual: [Money] = [], commitments: [Money] = [], manualForecasts: [Int: ManualForecast] = [:],
                periodisation: Periodisation = .even, transitions: [Money] = []) {
        self.budget = budget
        self.transitions = BudgetFigures.twelve(transitions)
        self.actual = BudgetFigures.twelve(actual)
        self.commitments = BudgetFigures.twelve(commitments)
        self.manualForecasts = manualForecasts
        expected = (1...12).map { month in
            let share = periodisation.shareThrough(month: month)
            return budget.scaled(by: share.numerator, over: share.denominator)
        }
    }

    /// The same figures with more commitments per month (what approving a grant would add).
    public func adding(commitments extra: [Money]) -> BudgetFigures {
        var copy = self
        for (index, amount) in extra.prefix(12).enumerated() { copy.commitments[index] += amount }
        return copy
    }

    /// Sums figures, e.g. sub-areas into their sector.
    public static func + (lhs: BudgetFigures, rhs: BudgetFigures) -> BudgetFigures {
        var sum = BudgetFigures(budget: lhs.budget + rhs.budget,
                                actual: zip(lhs.actual, rhs.actual).map(+),
                                commitments: zip(lhs.commitments, rhs.commitments).map(+),
                                manualForecasts: lhs.manualForecasts.merging(rhs.manualForecasts) { first, _ in first },
                                transitions: zip(lhs.transitions, rhs.transitions).map(+))
        // Summed, not re-periodised: a sector's E is the sum of its sub-areas' rounded E_i.
        sum.expected = zip(lhs.expected, rhs.expected).map(+)
        return sum
    }

    private static func twelve(_ values: [Money]) -> [Money] {
        Array(values.prefix(12)) + Array(repeating: .zero, count: Swift.max(0, 12 - values.count))
    }
}

/// A sector's (or sub-area's) budget burn at the end of a month of the budget year (DOMAIN §6).
///
/// - B: corrected budget; E = B × P(m), the expected spend by date, as `BudgetFigures.expected`
///   holds it (periodised per sub-area);
/// - A: actual postings in months 1…m; Cpast, Crest: commitments scheduled in 1…m and m+1…12;
/// - U = max(0, A − Cpast) ÷ m × (12 − m): the run rate no approved grant explains;
/// - T: expected inflow from the children's area in months m+1…12 (DOMAIN §12);
/// - F = A + Crest + U + T, or with a manual forecast M for month m, set when the committed rest
///   was Crest_t and T was T_t: F = M + (Crest − Crest_t) + (T − T_t); D = F − B (positive =
///   overspend).
public struct BudgetBurn: Hashable, Sendable {
    public let month: Int
    public let budget: Money
    public let expectedToDate: Money
    public let actualToDate: Money
    public let committedToDate: Money
    public let committedRest: Money
    public let uncommittedRest: Money
    /// T, *forventet tilgang fra børneområdet*.
    public let transitionRest: Money
    /// The calculated forecast A + Crest + U + T, shown even when a manual one overrides it.
    public let calculatedForecast: Money
    public let manualForecast: ManualForecast?
    /// How far grants decided and youths changed since the manual forecast was set moved it
    /// ((Crest − Crest_t) + (T − T_t)).
    public let manualMovement: Money
    public let forecast: Money
    public let deviation: Money
    public let beyondTolerance: Bool

    /// The burn at the end of month `month` (1…12, the last closed month).
    public init(_ figures: BudgetFigures, month: Int, tolerance: Tolerance = .standard) {
        precondition((1...12).contains(month), "month is 1…12")
        let m = month
        self.month = m
        budget = figures.budget
        expectedToDate = figures.expected[m - 1]
        actualToDate = Money.sum(figures.actual.prefix(m))
        committedToDate = Money.sum(figures.commitments.prefix(m))
        committedRest = Money.sum(figures.commitments.dropFirst(m))
        let unexplained = Swift.max(Money.zero, actualToDate - committedToDate)
        uncommittedRest = unexplained.scaled(by: Int64(12 - m), over: Int64(m))
        transitionRest = Money.sum(figures.transitions.dropFirst(m))
        calculatedForecast = actualToDate + committedRest + uncommittedRest + transitionRest
        let manual = figures.manualForecasts[m]
        manualForecast = manual
        if let manual {
            let rest = committedRest, inflow = transitionRest
            let movement = (manual.committedRest.map { rest - $0 } ?? .zero) + (manual.transitionRest.map { inflow - $0 } ?? .zero)
            manualMovement = movement
            forecast = manual.amount + movement
        } else {
            manualMovement = .zero
            forecast = calculatedForecast
        }
        deviation = forecast - budget
        beyondTolerance = tolerance.isExceeded(by: deviation, budget: budget)
    }

    /// Actual spend as a share of the budget in whole percent (nil when the budget is zero).
    public var burnPercent: Int? {
        budget.isZero ? nil : Int(Rounding.divide(Int128(actualToDate.ore) * 100, by: Int128(budget.ore)))
    }

    /// Deviation as a share of the budget in tenths of a percent (nil when the budget is zero).
    public var deviationPerMille: Int? {
        budget.isZero ? nil : Int(Rounding.divide(Int128(deviation.ore) * 1000, by: Int128(budget.ore)))
    }
}
