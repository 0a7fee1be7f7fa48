import ForumCore

/// Checks the audit trail's events one by one in order, so that a backend can stream them
/// rather than load them all: the first event that does not fit (missing, reordered, changed)
/// is named, and at the end the head must match the last event.
public struct AuditChainCheck: Sendable {
    private var expectedSeq: Int64 = 1
    private var previousHash = AuditLog.genesisHash

    public init() {}

    /// Checks the next event; returns why the chain is broken there, or nil if it fits.
    public mutating func check(_ event: AuditEvent) -> AuditVerification? {
        if event.seq != expectedSeq { return .broken(seq: expectedSeq, reason: Strings.auditGap(expected: expectedSeq)) }
        if event.previousHash != previousHash { return .broken(seq: event.seq, reason: Strings.auditChainMismatch) }
        if AuditLog.hash(of: event) != event.hash { return .broken(seq: event.seq, reason: Strings.auditHashMismatch) }
        previousHash = event.hash
        expectedSeq += 1
        return nil
    }

    /// The verdict once every event was checked without a break, given the stored head.
    public func finish(head: AuditHead) -> AuditVerification {
        if head.seq != expectedSeq - 1 || head.hash != previousHash {
            return .broken(seq: min(head.seq, expectedSeq), reason: Strings.auditHeadMismatch)
        }
        return .intact(events: expectedSeq - 1)
    }
}
