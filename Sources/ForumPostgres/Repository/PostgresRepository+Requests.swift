import ForumCore
import ForumStore
import PostgresNIO

extension PostgresRepository {
    func requests() async throws -> [GrantRequest] {
        try await database.read { connection in try await Self.fetchRequests(connection, id: nil) }
    }

    func request(_ id: RequestID) async throws -> GrantRequest {
        try await database.read { connection in try await Self.fetchRequest(connection, id) }
    }

    func history(of id: RequestID) async throws -> [RequestEvent] {
        try await database.read { connection in
            _ = try await Self.fetchRequest(connection, id)
            return try await connection.fetchAll(StoredRequestEvent.self, """
                SELECT * FROM request_event WHERE request_id = \(id.rawValue) ORDER BY id
                """).map { try $0.event() }
        }
    }

    func commitments(of id: RequestID) async throws -> CommitmentSchedule {
        try await database.read { connection in
            _ = try await Self.fetchRequest(connection, id)
            return try await PostgresCommitments.schedule(connection, .request(id))
        }
    }

    func caseSpending(_ caseID: CaseID, year: Int) async throws -> [SectorCode: [Money]] {
        try await database.read { connection in
            var result: [SectorCode: [Money]] = [:]
            let rows = try await connection.fetchAll(StoredSectorMonth.self, """
                SELECT s.sector_code, m.month, SUM(m.amount_ore)::bigint AS amount
                FROM monthly_case m JOIN person p ON p.id = m.person_id JOIN sub_area s ON s.id = m.sub_area_id
                WHERE p.case_id = \(caseID.rawValue) AND m.year = \(year) AND s.sector_code IS NOT NULL
                GROUP BY s.sector_code, m.month
                """)
            for row in rows {
                result[SectorCode(row.sectorCode), default: Array(repeating: .zero, count: 12)][row.month - 1] = Money(ore: row.amount)
            }
            return result
        }
    }

    func decide(_ id: RequestID, expectedVersion: Int, decision: Decision, context: CommandContext) async throws -> GrantRequest {
        let location = location
        return try await database.write { connection in
            let meeting = try await PostgresMeetings.openMeetingLocked(connection)
            let current = try await Self.lockRequest(connection, id)
            let settings = try await Self.settings(connection, location: location)
            let known = try await Self.knownSectors(connection)
            var decided = try CommandRules.decide(current, expectedVersion: expectedVersion, decision: decision, recordID: 0,
                                                  policy: settings.policy, knownSectors: known, openMeeting: meeting,
                                                  context: context)
            guard let record = decided.decision else { return decided }
            let recordID = try await Self.insertDecision(connection, record)
            decided.decision?.id = recordID
            try await Self.saveState(connection, decided, over: current, decisionID: recordID)
            try await PostgresCommitments.replace(connection, .request(id), with: CommandRules.commitments(of: decided),
                                                  in: context.today.calendarMonth)
            try await Self.appendEvent(connection, id, RequestEvent(kind: .decided, at: context.at, actor: context.user.name,
                                                                    decision: decision.kind, split: decision.split,
                                                                    note: decision.note))
            try await Self.audit(connection, context, action: "request.\(decision.kind.rawValue)", entity: "request:\(id)",
                                 before: RequestAuditState(current),
                                 after: RequestAuditState(decided, commitments: CommandRules.commitments(of: decided)))
            return try await Self.fetchRequest(connection, id)
        }
    }

    func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) async throws -> GrantRequest {
        try await database.write { connection in
            let current = try await Self.lockRequest(connection, id)
            var previous: DecisionRecord?
            if let undone = current.decision {
                previous = try await connection.fetchOne(StoredDecision.self, """
                    SELECT * FROM decision WHERE request_id = \(id.rawValue) AND undone_at IS NULL AND reopened_at IS NULL
                        AND id <> \(undone.id)
                    ORDER BY id DESC LIMIT 1
                    """)?.record()
            }
            var recordMeeting: Meeting?
            if let meeting = current.decision?.meeting { recordMeeting = try await PostgresMeetings.meeting(connection, MeetingID(meeting)) }
            var lastOwn: RequestID?
            if let meeting = context.meeting {
                lastOwn = try await connection.value(String.self, """
                    SELECT request_id FROM decision WHERE decided_by = \(context.user.login) AND meeting = \(meeting)
                        AND undone_at IS NULL AND reopened_at IS NULL
                    ORDER BY id DESC LIMIT 1
                    """).map(RequestID.init)
            }
            let restored = try CommandRules.undo(current, expectedVersion: expectedVersion, previous: previous,
                                                 recordMeeting: recordMeeting, lastOwnInMeeting: lastOwn, context: context)
            if let undone = current.decision {
                try await connection.execute("""
                    UPDATE decision SET undone_at = \(context.at.secondsSinceEpoch), undone_by = \(context.user.login)
                    WHERE id = \(undone.id)
                    """)
            }
            try await Self.saveState(connection, restored, over: current, decisionID: restored.decision?.id)
            try await PostgresCommitments.replace(connection, .request(id), with: CommandRules.commitments(of: restored),
                                                  in: context.today.calendarMonth)
            try await Self.appendEvent(connection, id, RequestEvent(kind: .undone, at: context.at, actor: context.user.name,
                                                                    decision: current.decision?.decision.kind))
            try await Self.audit(connection, context, action: "request.undo", entity: "request:\(id)",
                                 before: RequestAuditState(current), after: RequestAuditState(restored))
            return try await Self.fetchRequest(connection, id)
        }
    }

    func changeSplit(_ id: RequestID, expectedVersion: Int, split: PaymentSplit, from month: Month,
                     context: CommandContext) async throws -> GrantRequest {
        try await database.write { connection in
            let current = try await Self.lockRequest(connection, id)
            let known = try await Self.knownSectors(connection)
            let stored = try await PostgresCommitments.schedule(connection, .request(id))
            let (changed, schedule) = try CommandRules.changeSplit(current, expectedVersion: expectedVersion, split: split,
                                                                   from: month, current: stored, knownSectors: known,
                                                                   context: context)
            guard let record = changed.decision else { return changed }
            try await connection.execute("UPDATE decision SET split = \(split.shareList) WHERE id = \(record.id)")
            try await Self.saveState(connection, changed, over: current, decisionID: record.id)
            try await PostgresCommitments.replace(connection, .request(id), with: schedule, in: context.today.calendarMonth)
            try await Self.appendEvent(connection, id, RequestEvent(kind: .splitChanged, at: context.at, actor: context.user.name,
                                                                    split: split, note: month.description))
            try await Self.audit(connection, context, action: "request.split", entity: "request:\(id)",
                                 before: RequestAuditState(current), after: RequestAuditState(changed, commitments: schedule))
            return try await Self.fetchRequest(connection, id)
        }
    }

    /// Locks the request's row for the rest of the transaction and reads it: a second host
    /// deciding the same request waits here, then reads what the first one committed.
    static func lockRequest(_ connection: PostgresConnection, _ id: RequestID) async throws -> GrantRequest {
        try await connection.execute("SELECT 1 FROM grant_request WHERE id = \(id.rawValue) FOR UPDATE")
        return try await fetchRequest(connection, id)
    }

    /// Writes the mutable state of a request over the version that was read, and only over it.
    static func saveState(_ connection: PostgresConnection, _ request: GrantRequest, over read: GrantRequest,
                          decisionID: Int64?) async throws {
        let changed = try await connection.execute("""
            UPDATE grant_request SET status = \(request.status.rawValue), version = version + 1,
                changed_by = \(request.changedBy), changed_at = \(request.changedAt?.secondsSinceEpoch), decision_id = \(decisionID)
            WHERE id = \(request.id.rawValue) AND version = \(read.version) RETURNING 1
            """)
        try await requireOneChange(changed) {
            let now = try await fetchRequest(connection, request.id)
            return (now.changedBy, now.changedAt)
        }
    }

    /// Inserts a decision and returns its id: the one the database gives it, or `id` when the
    /// caller took one already (an imported request names its decision as it is written).
    @discardableResult
    static func insertDecision(_ connection: PostgresConnection, _ record: DecisionRecord, id: Int64? = nil) async throws -> Int64 {
        let row = StoredDecision(record)
        guard let id = try await connection.value(Int64.self, """
            INSERT INTO decision (id, request_id, kind, split, note, valid_until, follow_up, previous_status, decided_by,
                                  decided_by_name, meeting, at, undone_at, undone_by)
            VALUES (COALESCE(\(id), nextval(pg_get_serial_sequence('decision', 'id'))), \(row.requestID), \(row.kind), \(row.split),
                    \(row.note), \(row.validUntil), \(row.followUp), \(row.previousStatus), \(row.decidedBy), \(row.decidedByName),
                    \(row.meeting), \(row.at), \(row.undoneAt), \(row.undoneBy))
            RETURNING id
            """) else { throw StoreCorruption.badValue(column: "decision.id", value: "NULL") }
        return id
    }

    static func appendEvent(_ connection: PostgresConnection, _ request: RequestID, _ event: RequestEvent) async throws {
        let row = StoredRequestEvent(request, event)
        try await connection.execute("""
            INSERT INTO request_event (request_id, kind, at, day, actor, decision_kind, split, note)
            VALUES (\(row.requestID), \(row.kind), \(row.at), \(row.day), \(row.actor), \(row.decisionKind), \(row.split), \(row.note))
            """)
    }

    static func fetchRequest(_ connection: PostgresConnection, _ id: RequestID) async throws -> GrantRequest {
        guard let request = try await fetchRequests(connection, id: id).first else { throw RepositoryError.requestNotFound(id) }
        return request
    }

    /// Every request, or the one with `id`, with its alternatives and the decision in force.
    static func fetchRequests(_ connection: PostgresConnection, id: RequestID?) async throws -> [GrantRequest] {
        let key = id?.rawValue
        var alternatives: [String: [Alternative]] = [:]
        for row in try await connection.fetchAll(StoredAlternative.self, """
            SELECT * FROM alternative WHERE \(key)::text IS NULL OR request_id = \(key) ORDER BY request_id, position
            """) {
            alternatives[row.requestID, default: []].append(try row.alternative())
        }
        var decisions: [Int64: DecisionRecord] = [:]
        for row in try await connection.fetchAll(StoredDecision.self, """
            SELECT d.* FROM decision d JOIN grant_request r ON r.decision_id = d.id WHERE \(key)::text IS NULL OR r.id = \(key)
            """) {
            let record = try row.record()
            decisions[record.id] = record
        }
        return try await connection.fetchAll(StoredRequest.self, """
            SELECT r.*, p.case_id FROM grant_request r JOIN person p ON p.id = r.person_id
            WHERE \(key)::text IS NULL OR r.id = \(key) ORDER BY r.id
            """).map { row in
            try row.request(alternatives: alternatives[row.id] ?? [], decision: row.decisionID.flatMap { decisions[$0] })
        }
    }
}
