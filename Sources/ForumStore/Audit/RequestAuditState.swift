import ForumCore

/// What the audit trail records of a request: enough to see what changed.
package struct RequestAuditState: Encodable, Sendable {
    package var status: String
    package var version: Int
    package var decision: String?
    package var split: String
    package var note: String?
    package var validUntil: String?
    package var followUp: String?
    package var commitmentsBySector: [String: Int64]?

    package init(_ request: GrantRequest, commitments: CommitmentSchedule? = nil) {
        status = request.status.rawValue
        version = request.version
        decision = request.decision?.decision.kind.rawValue
        split = request.currentSplit.shareList
        note = request.decision?.decision.note
        validUntil = request.decision?.decision.validUntil?.description
        followUp = request.decision?.decision.followUp?.description
        commitmentsBySector = commitments.map { schedule in
            Dictionary(schedule.sectors.map { ($0.rawValue, schedule.total(for: $0).ore) }, uniquingKeysWith: +)
        }
    }
}
