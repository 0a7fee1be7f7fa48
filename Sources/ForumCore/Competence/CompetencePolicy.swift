/// A municipality's competence ladder (*kompetenceloft*, *beløbsgrænse*) and the rules that
/// route a request to whoever must decide it.
///
/// The rungs are ordered from the lowest authority up; each rung's ceilings bound what it may
/// grant, and the top rung has none. A request goes to the first rung whose ceilings all admit
/// it, unless a rule (such as "split payments always go to the forum") sends it elsewhere first.
public struct CompetencePolicy: Hashable, Sendable, Codable {
    public struct Rung: Hashable, Sendable, Codable {
        public var authority: Authority
        /// Empty: no upper limit.
        public var ceilings: [Ceiling]

        public init(_ authority: Authority, ceilings: [Ceiling] = []) {
            self.authority = authority
            self.ceilings = ceilings
        }
    }

    public var name: String
    public var rungs: [Rung]
    /// Where a request paid by more than one sector goes whatever its amount (Assens: the forum).
    public var splitPaymentGoesTo: Authority?

    /// A ladder with at least one rung whose top rung has no ceiling, so every request has a decider.
    public init(name: String, rungs: [Rung], splitPaymentGoesTo: Authority? = nil) throws(PolicyError) {
        guard let top = rungs.last else { throw .noRungs }
        guard top.ceilings.isEmpty else { throw .topRungHasCeiling(top.authority) }
        self.name = name
        self.rungs = rungs
        self.splitPaymentGoesTo = splitPaymentGoesTo
    }

    /// Who must decide the request, and the rule that put it there.
    public func route(_ facts: RoutingFacts) -> Routing {
        if facts.payingSectors > 1, let authority = splitPaymentGoesTo {
            return Routing(authority: authority, reason: .splitPayment)
        }
        if rungs.count == 1 && rungs[0].ceilings.isEmpty {
            return Routing(authority: rungs[0].authority, reason: .noCeiling)
        }
        for (index, rung) in rungs.enumerated() where rung.ceilings.allSatisfy({ $0.admits(facts) }) {
            guard index > 0 else {
                return Routing(authority: rung.authority, reason: .withinCeiling(rung.ceilings))
            }
            let below = rungs[index - 1]
            let exceeded = below.ceilings.first { !$0.admits(facts) } ?? below.ceilings[0]
            return Routing(authority: rung.authority, reason: .exceeds(below.authority, exceeded))
        }
        // Unreachable: the top rung has no ceiling (checked in init).
        return Routing(authority: rungs[rungs.count - 1].authority, reason: .noCeiling)
    }
}

/// Where a request is routed and why.
public struct Routing: Hashable, Sendable {
    public var authority: Authority
    public var reason: RoutingReason

    public init(authority: Authority, reason: RoutingReason) {
        self.authority = authority
        self.reason = reason
    }
}

/// The rule that put a request where it is: the queue shows it as "why it is here".
public enum RoutingReason: Hashable, Sendable {
    /// Paid by more than one sector, which this municipality always sends to one authority.
    case splitPayment
    /// Within the lowest rung's ceilings.
    case withinCeiling([Ceiling])
    /// Above a ceiling of the rung below.
    case exceeds(Authority, Ceiling)
    /// The municipality has no ceiling at all.
    case noCeiling
}

/// What is wrong with a competence ladder.
public enum PolicyError: Error, Hashable, Sendable, UserFacingError {
    case noRungs
    case topRungHasCeiling(Authority)

    public var phrase: Phrase {
        switch self {
        case .noRungs: Strings.policyNoRungs
        case .topRungHasCeiling(let authority): Strings.policyTopRungCeiling(authority)
        }
    }
}
