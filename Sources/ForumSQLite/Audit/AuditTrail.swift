import ForumCore
import ForumStore
import GRDB


extension StoredAuditEvent: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "audit_event"
}

/// The row of `audit_head`.
struct StoredAuditHead: Codable, FetchableRecord {
    package static let databaseTableName = "audit_head"

    var seq: Int64
    var hash: String

    static func fetch(_ db: Database) throws -> AuditHead? {
        try StoredAuditHead.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1").map { AuditHead(seq: $0.seq, hash: $0.hash) }
    }
}

/// The audit trail in the `audit_event` and `audit_head` tables.
extension AuditLog {
    /// Appends an event in the current transaction. `before`/`after` are encoded as JSON with
    /// sorted keys so that the hash input is canonical.
    ///
    /// The head moves only from the sequence number this event follows (`WHERE seq = ?`): the
    /// write transaction (`BEGIN IMMEDIATE`) already keeps other writers out, and the check keeps
    /// the chain linear should a transaction ever run without that lock, as on a server.
    @discardableResult
    static func append(_ db: Database, actor: User, at: Timestamp, action: String, entity: String,
                       before: (any Encodable)? = nil, after: (any Encodable)? = nil) throws -> AuditEvent {
        let head = try StoredAuditHead.fetch(db)
        let previous = head ?? .empty
        let event = try self.event(after: previous, actor: actor, at: at, action: action, entity: entity,
                                   before: before, after: after)
        try StoredAuditEvent(event).insert(db)
        if head == nil {
            try db.execute(sql: "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)", arguments: [event.seq, event.hash])
        } else {
            try db.execute(sql: "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ?",
                           arguments: [event.seq, event.hash, previous.seq])
            try db.requireOneChange {
                // Another writer moved the head: whoever wrote the event it points to now.
                let newest = try StoredAuditEvent.fetchOne(db, sql: """
                    SELECT e.* FROM audit_event e JOIN audit_head h ON h.seq = e.seq WHERE h.id = 1
                    """)
                return (newest?.actorLogin, newest.map { Timestamp(secondsSinceEpoch: $0.at) })
            }
        }
        return event
    }
}

extension ForumDatabase {
    /// Recomputes the whole chain in order, streaming the rows, then cross-checks each recorded
    /// entity's stored row against its last event (`AuditStateCheck`).
    ///
    /// SQLite's own `quick_check` runs first: a file with flipped bits is reported damaged, never
    /// intact, and so is one whose damage shows only as an error while it is read.
    func verifyAudit() async throws -> AuditVerification {
        do {
            let problems = try await read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            if problems != ["ok"] { return .damaged(detail: problems.prefix(3).joined(separator: "; ")) }
            return try await verifyTrail()
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.extendedResultCode.primaryResultCode) {
            return .damaged(detail: error.message ?? error.resultCode.description)
        }
    }

    private func verifyTrail() async throws -> AuditVerification {
        try await read { db in
            var check = AuditChainCheck()
            var states = AuditStateCheck()
            let cursor = try StoredAuditEvent.fetchCursor(db, sql: "SELECT * FROM audit_event ORDER BY seq")
            while let record = try cursor.next() {
                let event = record.event
                if let broken = check.check(event) { return broken }
                states.note(event)
            }
            let verdict = check.finish(head: try StoredAuditHead.fetch(db) ?? .empty)
            guard case .intact = verdict else { return verdict }
            for recorded in states.recorded {
                if let differs = AuditStateCheck.compare(recorded, stored: try Self.storedState(db, recorded.entity)) {
                    return differs
                }
            }
            return verdict
        }
    }

    /// The stored row of an entity, encoded as the command that last changed it recorded it.
    private static func storedState(_ db: Database, _ entity: AuditEntity) throws -> String? {
        switch entity {
        case .request(let id):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM grant_request WHERE id = ?", arguments: [id.rawValue]) != nil
            else { return nil }
            let request = try SQLiteRepository.fetchRequest(db, id)
            return try AuditLog.json(RequestAuditState(request, commitments: try CommitmentTable.schedule(db, .request(id))))
        case .user(let login):
            return try SQLiteRepository.user(db, login: login).map { try AuditLog.json(UserAuditState($0)) }
        case .forecast(let sector, let month):
            return try StoredForecast.fetch(db, sector: sector, month: month).map { try AuditLog.json(ForecastAuditState($0)) }
        case .deviation(let sector, let subArea, let month):
            return try StoredDeviationNote.fetch(db, sector: sector, subArea: subArea, month: month).map { try AuditLog.json($0) }
        case .importBatch(let id):
            return try Row.fetchOne(db, sql: "SELECT kind, fingerprint, lines, first_day, last_day FROM import_batch WHERE id = ?",
                                    arguments: [id]).map { row in
                try AuditLog.json(ImportBatchAuditState(kind: row["kind"], fingerprint: row["fingerprint"], lines: row["lines"],
                                                        firstDay: row["first_day"], lastDay: row["last_day"]))
            }
        case .offer(let id):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM offer WHERE id = ?", arguments: [id.rawValue]) != nil else { return nil }
            return try AuditLog.json(OfferAuditState(try SQLiteRepository.fetchOffer(db, id)))
        case .placement(let offer, let id):
            return try StoredPlacement.fetchAll(db, offer: offer).first { $0.id == id }.map { try AuditLog.json(try $0.placement()) }
        case .meeting(let id):
            return try MeetingTable.meeting(db, id).map { try AuditLog.json(MeetingAuditState($0)) }
        case .target(let year):
            return try SQLiteRepository.target(db, year: year).map { try AuditLog.json(TargetAuditState($0)) }
        case .settings:
            return try StoredSettings.fetchOne(db, sql: "SELECT * FROM settings WHERE id = 1").map { try AuditLog.json(try $0.settings()) }
        }
    }

    /// The event with sequence number `seq`, if the trail has it.
    func auditEvent(seq: Int64) async throws -> AuditEvent? {
        try await read { db in try StoredAuditEvent.fetchOne(db, sql: "SELECT * FROM audit_event WHERE seq = ?", arguments: [seq])?.event }
    }

    /// Events matching the filter, newest first.
    func auditEvents(_ filter: AuditFilter) async throws -> [AuditEvent] {
        try await read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let actor = filter.actor { clauses.append("actor_login = ?"); arguments += [actor] }
            if let action = filter.action { clauses.append("action LIKE ?"); arguments += [action + "%"] }
            if let entity = filter.entity { clauses.append("instr(entity, ?) > 0"); arguments += [entity] }
            if let since = filter.since { clauses.append("at >= ?"); arguments += [since.secondsSinceEpoch] }
            let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            arguments += [filter.limit]
            return try StoredAuditEvent.fetchAll(db, sql: "SELECT * FROM audit_event \(whereClause) ORDER BY seq DESC LIMIT ?",
                                                 arguments: arguments).map(\.event)
        }
    }
}
