import ForumCore
import ForumStore
import GRDB

/// The audit trail in the `audit_event` and `audit_head` tables.
extension AuditLog {
    /// Appends an event in the current transaction. `before`/`after` are encoded as JSON with
    /// sorted keys so that the hash input is canonical.
    @discardableResult
    static func append(_ db: Database, actor: User, at: Timestamp, action: String, entity: String,
                       before: (any Encodable)? = nil, after: (any Encodable)? = nil) throws -> AuditEvent {
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1")
        let previousSeq: Int64 = head?["seq"] ?? 0
        let previousHash: String = head?["hash"] ?? genesisHash
        var event = AuditEvent(
            seq: previousSeq + 1, at: at, actorLogin: actor.login,
            actorRoles: actor.sortedRoles.map(\.rawValue).joined(separator: ","),
            action: action, entity: entity, before: try before.map(json), after: try after.map(json),
            previousHash: previousHash, hash: "")
        event.hash = hash(of: event)
        try db.execute(sql: """
            INSERT INTO audit_event (seq, at, actor_login, actor_roles, action, entity, before_json, after_json, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [event.seq, event.at.secondsSinceEpoch, event.actorLogin, event.actorRoles, event.action,
                             event.entity, event.before, event.after, event.previousHash, event.hash])
        try db.execute(sql: "INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, ?, ?)",
                       arguments: [event.seq, event.hash])
        return event
    }

    static func event(from row: Row) -> AuditEvent {
        AuditEvent(seq: row["seq"], at: Timestamp(secondsSinceEpoch: row["at"]), actorLogin: row["actor_login"],
                   actorRoles: row["actor_roles"], action: row["action"], entity: row["entity"],
                   before: row["before_json"], after: row["after_json"], previousHash: row["previous_hash"],
                   hash: row["hash"])
    }
}

extension ForumDatabase {
    /// Recomputes the whole chain in order, streaming the rows.
    public func verifyAudit() async throws -> AuditVerification {
        try await read { db in
            var expectedSeq: Int64 = 1
            var previousHash = AuditLog.genesisHash
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_event ORDER BY seq")
            while let row = try cursor.next() {
                let event = AuditLog.event(from: row)
                if event.seq != expectedSeq { return .broken(seq: expectedSeq, reason: Strings.auditGap(expected: expectedSeq)) }
                if event.previousHash != previousHash { return .broken(seq: event.seq, reason: Strings.auditChainMismatch) }
                if AuditLog.hash(of: event) != event.hash { return .broken(seq: event.seq, reason: Strings.auditHashMismatch) }
                previousHash = event.hash
                expectedSeq += 1
            }
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1")
            let headSeq: Int64 = head?["seq"] ?? 0
            let headHash: String = head?["hash"] ?? AuditLog.genesisHash
            if headSeq != expectedSeq - 1 || headHash != previousHash {
                return .broken(seq: min(headSeq, expectedSeq), reason: Strings.auditHeadMismatch)
            }
            return .intact(events: expectedSeq - 1)
        }
    }

    /// Events matching the filter, newest first.
    public func auditEvents(_ filter: AuditFilter) async throws -> [AuditEvent] {
        try await read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let actor = filter.actor { clauses.append("actor_login = ?"); arguments += [actor] }
            if let action = filter.action { clauses.append("action LIKE ?"); arguments += [action + "%"] }
            if let entity = filter.entity { clauses.append("instr(entity, ?) > 0"); arguments += [entity] }
            if let since = filter.since { clauses.append("at >= ?"); arguments += [since.secondsSinceEpoch] }
            let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            arguments += [filter.limit]
            return try Row.fetchAll(db, sql: "SELECT * FROM audit_event \(whereClause) ORDER BY seq DESC LIMIT ?",
                                    arguments: arguments).map(AuditLog.event(from:))
        }
    }
}
