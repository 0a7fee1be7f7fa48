/// Who may grant: the rungs of a municipality's competence ladder.
public enum Authority: String, Hashable, Sendable, Codable, CaseIterable {
    /// The caseworker (*sagsbehandler*).
    case caseworker
    /// The unit or team leader (*afdelingsleder*, *teamleder*).
    case leader
    /// The chief whose budget pays (*fagchef*).
    case chief
    /// The chiefs' forum (*chefforum*; in some municipalities a visitation committee).
    case forum
    /// The political committee (*fagudvalg*).
    case politicalCommittee = "political_committee"
}

/// The basis an amount ceiling is measured on: the whole grant, a month or a year.
public enum AmountBasis: String, Hashable, Sendable, Codable, CaseIterable {
    case total
    case perMonth = "per_month"
    case perYear = "per_year"

    public func measure(_ amount: GrantAmount) -> Money {
        switch self {
        case .total: amount.total
        case .perMonth: amount.perMonth
        case .perYear: amount.perYear
        }
    }
}

/// The basis an hours ceiling is measured on.
public enum HoursBasis: String, Hashable, Sendable, Codable, CaseIterable {
    case perWeek = "per_week"
    case perMonth = "per_month"
}

/// A limit on what one rung of the ladder may grant.
public enum Ceiling: Hashable, Sendable, Codable {
    case amount(Money, AmountBasis)
    case hours(Hours, HoursBasis)

    /// Whether a request stays within the ceiling (the ceiling itself included). A request with
    /// no hours stays within any hours ceiling.
    public func admits(_ facts: RoutingFacts) -> Bool {
        switch self {
        case .amount(let limit, let basis):
            return basis.measure(facts.amount) <= limit
        case .hours(let limit, let basis):
            guard let weekly = facts.weeklyHours else { return true }
            switch basis {
            case .perWeek:
                return weekly <= limit
            case .perMonth:
                // A month is 52/12 weeks: compare weekly × 52 ≤ limit × 12 exactly.
                return weekly.tenths * 52 <= limit.tenths * 12
            }
        }
    }
}

/// The facts about a request that decide where it is routed.
public struct RoutingFacts: Hashable, Sendable {
    public var amount: GrantAmount
    public var weeklyHours: Hours?
    public var payingSectors: Int

    public init(amount: GrantAmount, weeklyHours: Hours? = nil, payingSectors: Int = 1) {
        self.amount = amount
        self.weeklyHours = weeklyHours
        self.payingSectors = payingSectors
    }
}
