/// Where a grant request stands. Submitted → on the agenda → decided (or withdrawn);
/// a deferred request comes back with more information.
public enum RequestStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case submitted
    case onAgenda = "on_agenda"
    case approved
    case approvedTimeLimited = "approved_time_limited"
    case rejected
    case deferred
    case referred
    case withdrawn

    /// Still waiting for a decision.
    public var isPending: Bool {
        switch self {
        case .submitted, .onAgenda, .deferred: true
        case .approved, .approvedTimeLimited, .rejected, .referred, .withdrawn: false
        }
    }

    /// Approved, with or without a time limit: the grant creates commitments.
    public var isApproved: Bool { self == .approved || self == .approvedTimeLimited }

    /// The statuses a request may move to from this one. Decided requests move no further;
    /// a decision is reversed only by undoing it (see `ForumRepository.undoDecision`) or, after
    /// its meeting, by reopening (`ForumRepository.reopen`). A deferred request may be deferred
    /// again, with what is still missing.
    public var allowedNext: Set<RequestStatus> {
        let decisions: Set<RequestStatus> = [.approved, .approvedTimeLimited, .rejected, .deferred, .referred, .withdrawn]
        switch self {
        case .submitted: return decisions.union([.onAgenda])
        case .onAgenda: return decisions.union([.submitted])
        case .deferred: return decisions.union([.onAgenda])
        case .approved, .approvedTimeLimited, .rejected, .referred, .withdrawn: return []
        }
    }

    /// The status after a move to `next`, or `RequestTransitionError` naming both ends.
    public func moving(to next: RequestStatus) throws(RequestTransitionError) -> RequestStatus {
        guard allowedNext.contains(next) else { throw RequestTransitionError(from: self, to: next) }
        return next
    }
}

/// A request cannot move from one status to another.
public struct RequestTransitionError: Error, Hashable, Sendable, UserFacingError {
    public let from: RequestStatus
    public let to: RequestStatus

    public var phrase: Phrase { Strings.illegalTransition(from: from, to: to) }
}
