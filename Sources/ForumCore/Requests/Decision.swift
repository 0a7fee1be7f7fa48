/// The kinds of decision the forum makes on a request.
public enum DecisionKind: String, Hashable, Sendable, Codable, CaseIterable {
    case approve
    case approveTimeLimited = "approve_time_limited"
    case reject
    case `defer`
    case refer

    /// The status a request gets from this decision.
    public var resultingStatus: RequestStatus {
        switch self {
        case .approve: .approved
        case .approveTimeLimited: .approvedTimeLimited
        case .reject: .rejected
        case .defer: .deferred
        case .refer: .referred
        }
    }

    /// Decisions that create commitments: a person must confirm them with a summary.
    public var approves: Bool { self == .approve || self == .approveTimeLimited }
}

/// A decision on a request as it is asked for: the kind, who pays, and the conditions.
public struct Decision: Hashable, Sendable, Codable {
    public var kind: DecisionKind
    /// Who pays; for an approval the commitments follow it.
    public var split: PaymentSplit
    /// For a rejection the reason, for a deferral what is missing; otherwise conditions, if any.
    public var note: String
    /// A time-limited approval ends here (the grant's commitments stop at this day).
    public var validUntil: Day?
    /// When the forum looks at the case again.
    public var followUp: Day?

    public init(kind: DecisionKind, split: PaymentSplit, note: String = "", validUntil: Day? = nil, followUp: Day? = nil) {
        self.kind = kind
        self.split = split
        self.note = note
        self.validUntil = validUntil
        self.followUp = followUp
    }

    /// Time-limited special tariffs are followed up after four months by default (002 l.843).
    public static let defaultFollowUpMonths = 4

    /// The follow-up of a time-limited approval decided on `day`: four months on, but never
    /// after the approval ends (`DOMAIN.md` §4).
    public static func defaultFollowUp(decidedOn day: Day, validUntil: Day) -> Day {
        min(day.adding(months: defaultFollowUpMonths), validUntil)
    }

    /// Checks the decision against the request it decides, made on `day` (`DOMAIN.md` §4): a
    /// rejection needs a reason, a deferral what is missing; a time limit needs a grant with a
    /// period and lies within it; a follow-up lies after the decision and, for a time-limited
    /// approval, not after its end.
    public func validate(for amount: GrantAmount, decidedOn day: Day) throws(GrantError) {
        let trimmed = note.trimmingSpaces
        switch kind {
        case .reject where trimmed.isEmpty: throw .reasonRequired
        case .defer where trimmed.isEmpty: throw .missingInformationRequired
        case .approveTimeLimited:
            guard !amount.isOneOff else { throw .oneOffCannotBeTimeLimited }
            guard let validUntil else { throw .validUntilRequired }
            if validUntil < amount.start { throw .validUntilBeforeStart(until: validUntil, start: amount.start) }
            if validUntil > amount.end { throw .validUntilAfterEnd(until: validUntil, end: amount.end) }
            if let followUp, followUp > validUntil { throw .followUpAfterValidUntil(followUp: followUp, until: validUntil) }
        default: break
        }
        if let followUp, followUp <= day { throw .followUpNotAfterDecision(followUp: followUp, decided: day) }
    }

    /// The grant as this decision approves it: cut at the time limit, if there is one.
    public func approvedAmount(of amount: GrantAmount) -> GrantAmount {
        guard kind == .approveTimeLimited, let validUntil else { return amount }
        return amount.ending(atLatest: validUntil)
    }
}

/// A decision as it was made and stored: who, when, in which meeting, and the status before it
/// (so that undo can restore it).
public struct DecisionRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var requestID: RequestID
    public var decision: Decision
    public var previousStatus: RequestStatus
    public var decidedBy: String
    public var decidedByName: String
    public var meeting: String?
    public var at: Timestamp
    /// Set when the decision was undone (the record stays for the history).
    public var undoneAt: Timestamp?

    public init(id: Int64, requestID: RequestID, decision: Decision, previousStatus: RequestStatus,
                decidedBy: String, decidedByName: String, meeting: String? = nil, at: Timestamp,
                undoneAt: Timestamp? = nil) {
        self.id = id
        self.requestID = requestID
        self.decision = decision
        self.previousStatus = previousStatus
        self.decidedBy = decidedBy
        self.decidedByName = decidedByName
        self.meeting = meeting
        self.at = at
        self.undoneAt = undoneAt
    }
}
