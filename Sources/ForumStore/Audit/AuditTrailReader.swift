/// Reading the audit trail: listing events and checking the hash chain.
public protocol AuditTrailReader: Sendable {
    /// Events matching the filter, newest first.
    func auditEvents(_ filter: AuditFilter) async throws -> [AuditEvent]
    /// Recomputes the whole chain in order (see `AuditChainCheck`).
    func verifyAudit() async throws -> AuditVerification
    /// The event with sequence number `seq`, if the trail has it: what an anchor is checked against.
    func auditEvent(seq: Int64) async throws -> AuditEvent?
}
