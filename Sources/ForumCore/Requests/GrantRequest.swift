/// The id of a grant request, e.g. `IND-2026-0142`.
public struct RequestID: StringIdentifier {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A pseudonymous case id, e.g. `S-4F2A91`: never a CPR number.
public struct CaseID: StringIdentifier {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The steps of the effort staircase (*indsatstrappe*, 002 l.341), least to most intrusive.
public enum StaircaseStep: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case advice = 1
    case groupSupport
    case individualSupport
    case temporaryResidential
    case longTermResidential

    public static func < (lhs: StaircaseStep, rhs: StaircaseStep) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A priced alternative to the requested effort (the forum wants 2–3, 002 l.777).
public struct Alternative: Hashable, Sendable, Codable {
    public var description: String
    public var amount: GrantAmount

    public init(description: String, amount: GrantAmount) {
        self.description = description
        self.amount = amount
    }
}

/// A grant request (*indstilling*) put up for decision.
public struct GrantRequest: Hashable, Sendable, Codable, Identifiable {
    public var id: RequestID
    public var caseID: CaseID
    /// Whether the family is in the cross-sector solution.
    public var crossSector: Bool
    public var requestingUnit: String
    public var requestedBy: String
    /// The sector that puts the request forward.
    public var sector: SectorCode
    /// Code of the law the effort is granted under (`LawBasis.code`).
    public var law: String
    /// The offer asked for, or a description of a custom effort (*skæv ydelse*).
    public var offer: String
    /// The id of a capacity-limited offer, when the effort is one.
    public var offerID: OfferID?
    public var amount: GrantAmount
    /// Support hours a week, for municipalities whose ceilings are in hours.
    public var weeklyHours: Hours?
    public var step: StaircaseStep
    public var alternatives: [Alternative]
    /// The payer or split the requesting unit proposes; the decision may change it.
    public var proposedSplit: PaymentSplit
    public var reason: String
    public var submitted: Day
    public var status: RequestStatus
    /// Bumped on every change: a command against a stale version is a conflict.
    public var version: Int
    /// The decision in force, if the request has been decided.
    public var decision: DecisionRecord?
    /// Who changed the request last, and when: named in a conflict message.
    public var changedBy: String?
    public var changedAt: Timestamp?

    public init(id: RequestID, caseID: CaseID, crossSector: Bool = false, requestingUnit: String,
                requestedBy: String, sector: SectorCode, law: String, offer: String,
                offerID: OfferID? = nil, amount: GrantAmount, weeklyHours: Hours? = nil,
                step: StaircaseStep, alternatives: [Alternative] = [], proposedSplit: PaymentSplit,
                reason: String, submitted: Day, status: RequestStatus = .submitted, version: Int = 1,
                decision: DecisionRecord? = nil, changedBy: String? = nil, changedAt: Timestamp? = nil) {
        self.id = id
        self.caseID = caseID
        self.crossSector = crossSector
        self.requestingUnit = requestingUnit
        self.requestedBy = requestedBy
        self.sector = sector
        self.law = law
        self.offer = offer
        self.offerID = offerID
        self.amount = amount
        self.weeklyHours = weeklyHours
        self.step = step
        self.alternatives = alternatives
        self.proposedSplit = proposedSplit
        self.reason = reason
        self.submitted = submitted
        self.status = status
        self.version = version
        self.decision = decision
        self.changedBy = changedBy
        self.changedAt = changedAt
    }

    /// Days the request has waited since it was submitted.
    public func waitingDays(today: Day) -> Int { Swift.max(0, submitted.days(until: today)) }

    /// The split in force: the decision's once decided, else the proposal.
    public var currentSplit: PaymentSplit { decision?.decision.split ?? proposedSplit }

    /// What routing looks at.
    public var routingFacts: RoutingFacts {
        RoutingFacts(amount: amount, weeklyHours: weeklyHours, payingSectors: proposedSplit.shares.count)
    }
}

/// Support hours in tenths of an hour, so 6,5 h/week is exact.
public struct Hours: Hashable, Comparable, Sendable, Codable {
    public var tenths: Int

    public init(tenths: Int) { self.tenths = tenths }
    public init(whole: Int) { self.tenths = whole * 10 }

    public static func < (lhs: Hours, rhs: Hours) -> Bool { lhs.tenths < rhs.tenths }

    /// `6` or `6,5`.
    public var formatted: String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10),\(abs(tenths % 10))"
    }
}
