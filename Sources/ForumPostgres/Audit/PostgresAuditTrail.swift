import ForumCore
import ForumStore
import PostgresNIO

/// The audit trail in `audit_event` and `audit_head` on PostgreSQL.
enum PostgresAuditTrail {
    /// Appends an event in the current transaction.
    ///
    /// There is no single writer on a server: the head's row lock (`FOR UPDATE`) is what makes
    /// writers append one after the other, each after the event the one before appended, so
    /// that the chain stays linear however many hosts write. The lock is held to the commit; a
    /// command takes it last, after its own rows, so that locks are always taken in one order.
    @discardableResult
    static func append(_ connection: PostgresConnection, actor: User, at: Timestamp, action: String, entity: String,
                       before: (any Encodable)? = nil, after: (any Encodable)? = nil) async throws -> AuditEvent {
        var head = AuditHead.empty
        for try await (seq, hash) in try await connection.query("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE",
                                                                logger: PostgresConnection.quiet).decode((Int64, String).self) {
            head = AuditHead(seq: seq, hash: hash)
        }
        let event = try AuditLog.event(after: head, actor: actor, at: at, action: action, entity: entity,
                                       before: before, after: after)
        try await connection.execute("""
            INSERT INTO audit_event (seq, at, actor_login, actor_roles, action, entity, before_json, after_json,
                                     previous_hash, hash)
            VALUES (\(event.seq), \(event.at.secondsSinceEpoch), \(event.actorLogin), \(event.actorRoles), \(event.action),
                    \(event.entity), \(event.before), \(event.after), \(event.previousHash), \(event.hash))
            """)
        let moved = try await connection.execute("""
            UPDATE audit_head SET seq = \(event.seq), hash = \(event.hash) WHERE id = 1 AND seq = \(head.seq) RETURNING 1
            """)
        // Under the lock this cannot fail; should the head row be missing, the chain is not kept.
        guard moved == 1 else { throw StoreCorruption.badValue(column: "audit_head.seq", value: String(head.seq)) }
        return event
    }
}

extension PostgresDatabase {
    /// Recomputes the whole chain in order, streaming the rows.
    func verifyAudit() async throws -> AuditVerification {
        try await read { connection in
            var check = AuditChainCheck()
            var states = AuditStateCheck()
            var broken: AuditVerification?
            // The rows are read to the end even after a break: a query's rows must be consumed.
            for try await row in try await connection.query("SELECT * FROM audit_event ORDER BY seq", logger: PostgresConnection.quiet) {
                guard broken == nil else { continue }
                let event = try StoredAuditEvent(from: PostgresRowDecoder(row: row.makeRandomAccess())).event
                broken = check.check(event)
                states.note(event)
            }
            if let broken { return broken }
            var head = AuditHead.empty
            for try await (seq, hash) in try await connection.query("SELECT seq, hash FROM audit_head WHERE id = 1",
                                                                    logger: PostgresConnection.quiet).decode((Int64, String).self) {
                head = AuditHead(seq: seq, hash: hash)
            }
            let verdict = check.finish(head: head)
            guard case .intact = verdict else { return verdict }
            for recorded in states.recorded {
                if let differs = AuditStateCheck.compare(recorded, stored: try await Self.storedState(connection, recorded.entity)) {
                    return differs
                }
            }
            return verdict
        }
    }

    /// The stored row of an entity, encoded as the command that last changed it recorded it.
    private static func storedState(_ connection: PostgresConnection, _ entity: AuditEntity) async throws -> String? {
        switch entity {
        case .request(let id):
            guard let request = try await PostgresRepository.fetchRequests(connection, id: id).first else { return nil }
            let schedule = try await PostgresCommitments.schedule(connection, .request(id))
            return try AuditLog.json(RequestAuditState(request, commitments: schedule))
        case .user(let login):
            return try await PostgresRepository.user(connection, login: login).map { try AuditLog.json(UserAuditState($0)) }
        case .forecast(let sector, let month):
            return try await PostgresRepository.forecast(connection, sector: sector, month: month)
                .map { try AuditLog.json(ForecastAuditState($0)) }
        case .deviation(let sector, let subArea, let month):
            return try await PostgresRepository.deviationNote(connection, sector: sector, subArea: subArea, month: month)
                .map { try AuditLog.json($0) }
        case .importBatch(let id):
            var state: ImportBatchAuditState?
            for try await (kind, fingerprint, lines, firstDay, lastDay) in try await connection.query(
                "SELECT kind, fingerprint, lines, first_day, last_day FROM import_batch WHERE id = \(id)", logger: PostgresConnection.quiet
            ).decode((String, String, Int, String?, String?).self) {
                state = ImportBatchAuditState(kind: kind, fingerprint: fingerprint, lines: lines, firstDay: firstDay, lastDay: lastDay)
            }
            return try state.map { try AuditLog.json($0) }
        case .offer(let id):
            guard try await connection.fetchOne(StoredOffer.self, "SELECT * FROM offer WHERE id = \(id.rawValue)") != nil else { return nil }
            return try AuditLog.json(OfferAuditState(try await PostgresRepository.fetchOffer(connection, id)))
        case .placement(let offer, let id):
            return try await PostgresRepository.placements(connection, offer: offer).first { $0.id == id }
                .map { try AuditLog.json(try $0.placement()) }
        case .meeting(let id):
            return try await PostgresMeetings.meeting(connection, id).map { try AuditLog.json(MeetingAuditState($0)) }
        case .target(let year):
            return try await PostgresRepository.target(connection, year: year).map { try AuditLog.json(TargetAuditState($0)) }
        case .settings:
            return try await connection.fetchOne(StoredSettings.self, "SELECT * FROM settings WHERE id = 1")
                .map { try AuditLog.json(try $0.settings()) }
        }
    }

    /// The event with sequence number `seq`, if the trail has it.
    func auditEvent(seq: Int64) async throws -> AuditEvent? {
        try await read { connection in
            try await connection.fetchOne(StoredAuditEvent.self, "SELECT * FROM audit_event WHERE seq = \(seq)")?.event
        }
    }

    /// Events matching the filter, newest first.
    func auditEvents(_ filter: AuditFilter) async throws -> [AuditEvent] {
        try await read { connection in
            try await connection.fetchAll(StoredAuditEvent.self, """
                SELECT * FROM audit_event
                WHERE (\(filter.actor)::text IS NULL OR actor_login = \(filter.actor))
                  AND (\(filter.action.map { $0 + "%" })::text IS NULL OR action LIKE \(filter.action.map { $0 + "%" }))
                  AND (\(filter.entity)::text IS NULL OR strpos(entity, \(filter.entity)) > 0)
                  AND (\(filter.since?.secondsSinceEpoch)::bigint IS NULL OR at >= \(filter.since?.secondsSinceEpoch))
                ORDER BY seq DESC LIMIT \(filter.limit)
                """).map(\.event)
        }
    }
}
