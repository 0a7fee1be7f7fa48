import Foundation
import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func requests() async throws -> [GrantRequest] {
        try await database.read { db in try Self.fetchRequests(db, whereClause: "", arguments: []) }
    }

    public func request(_ id: RequestID) async throws -> GrantRequest {
        try await database.read { db in try Self.fetchRequest(db, id) }
    }

    public func history(of id: RequestID) async throws -> [RequestEvent] {
        try await database.read { db in
            _ = try Self.fetchRequest(db, id)
            return try RequestEventTable.history(db, request: id)
        }
    }

    public func commitments(of id: RequestID) async throws -> CommitmentSchedule {
        try await database.read { db in
            _ = try Self.fetchRequest(db, id)
            return try CommitmentTable.schedule(db, .request(id))
        }
    }

    public func caseSpending(_ caseID: CaseID, year: Int) async throws -> [SectorCode: [Money]] {
        try await database.read { db in
            var result: [SectorCode: [Money]] = [:]
            let rows = try StoredSectorMonth.fetchAll(db, sql: """
                SELECT s.sector_code, m.month, SUM(m.amount_ore) AS amount
                FROM monthly_case m JOIN person p ON p.id = m.person_id JOIN sub_area s ON s.id = m.sub_area_id
                WHERE p.case_id = ? AND m.year = ? AND s.sector_code IS NOT NULL
                GROUP BY s.sector_code, m.month
                """, arguments: [caseID.rawValue, year])
            for row in rows {
                result[SectorCode(row.sectorCode), default: Array(repeating: .zero, count: 12)][row.month - 1] = Money(ore: row.amount)
            }
            return result
        }
    }

    public func decide(_ id: RequestID, expectedVersion: Int, decision: Decision,
                       context: CommandContext) async throws -> GrantRequest {
        let path = database.path
        return try await database.write { db in
            let current = try Self.fetchRequest(db, id)
            let settings = try Self.settings(db, path: path)
            let known = try Self.knownSectors(db)
            // The record's id is the one its INSERT gets (below), never a guess such as MAX(id) + 1.
            var decided = try CommandRules.decide(current, expectedVersion: expectedVersion, decision: decision, recordID: 0,
                                                  policy: settings.policy, knownSectors: known,
                                                  openMeeting: try MeetingTable.openMeeting(db), context: context)
            guard let record = decided.decision else { return decided }
            let recordID = try DecisionTable.insert(db, record)
            decided.decision?.id = recordID
            try Self.saveState(db, decided, over: current, decisionID: recordID)
            try CommitmentTable.replace(db, .request(id), with: CommandRules.commitments(of: decided),
                                        in: context.today.calendarMonth)
            try RequestEventTable.append(db, id, RequestEvent(kind: .decided, at: context.at, actor: context.user.name,
                                                              decision: decision.kind, split: decision.split, note: decision.note))
            try Self.audit(db, context, action: "request.\(decision.kind.rawValue)", entity: "request:\(id)",
                           before: RequestAuditState(current), after: RequestAuditState(decided, commitments: CommandRules.commitments(of: decided)))
            return try Self.fetchRequest(db, id)
        }
    }

    public func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) async throws -> GrantRequest {
        try await database.write { db in
            let current = try Self.fetchRequest(db, id)
            let previous = try current.decision.flatMap { try DecisionTable.latestStanding(db, request: id, excluding: $0.id) }
            let restored = try CommandRules.undo(
                current, expectedVersion: expectedVersion, previous: previous,
                recordMeeting: try current.decision?.meeting.flatMap { try MeetingTable.meeting(db, MeetingID($0)) },
                lastOwnInMeeting: try context.meeting.flatMap { try DecisionTable.lastStanding(db, by: context.user.login, in: $0) },
                context: context)
            if let undone = current.decision {
                try db.execute(sql: "UPDATE decision SET undone_at = ?, undone_by = ? WHERE id = ?",
                               arguments: [context.at.secondsSinceEpoch, context.user.login, undone.id])
            }
            try Self.saveState(db, restored, over: current, decisionID: restored.decision?.id)
            try CommitmentTable.replace(db, .request(id), with: CommandRules.commitments(of: restored),
                                        in: context.today.calendarMonth)
            try RequestEventTable.append(db, id, RequestEvent(kind: .undone, at: context.at, actor: context.user.name,
                                                              decision: current.decision?.decision.kind))
            try Self.audit(db, context, action: "request.undo", entity: "request:\(id)",
                           before: RequestAuditState(current), after: RequestAuditState(restored))
            return try Self.fetchRequest(db, id)
        }
    }

    public func changeSplit(_ id: RequestID, expectedVersion: Int, split: PaymentSplit, from month: Month,
                            context: CommandContext) async throws -> GrantRequest {
        try await database.write { db in
            let current = try Self.fetchRequest(db, id)
            let known = try Self.knownSectors(db)
            let stored = try CommitmentTable.schedule(db, .request(id))
            let (changed, schedule) = try CommandRules.changeSplit(current, expectedVersion: expectedVersion, split: split,
                                                                   from: month, current: stored, knownSectors: known,
                                                                   context: context)
            guard let record = changed.decision else { return changed }
            try db.execute(sql: "UPDATE decision SET split = ? WHERE id = ?", arguments: [split.shareList, record.id])
            try Self.saveState(db, changed, over: current, decisionID: record.id)
            try CommitmentTable.replace(db, .request(id), with: schedule, in: context.today.calendarMonth)
            try RequestEventTable.append(db, id, RequestEvent(kind: .splitChanged, at: context.at, actor: context.user.name,
                                                              split: split, note: month.description))
            try Self.audit(db, context, action: "request.split", entity: "request:\(id)",
                           before: RequestAuditState(current), after: RequestAuditState(changed, commitments: schedule))
            return try Self.fetchRequest(db, id)
        }
    }

    /// Writes the mutable state of a request (status, who changed it, the decision in force) over
    /// the version that was read, and only over it: should another writer have changed the
    /// request in between, no row matches and the command is a conflict naming who did.
    static func saveState(_ db: Database, _ request: GrantRequest, over read: GrantRequest, decisionID: Int64?) throws {
        try db.execute(sql: """
            UPDATE grant_request SET status = ?, version = version + 1, changed_by = ?, changed_at = ?, decision_id = ?
            WHERE id = ? AND version = ?
            """, arguments: [request.status.rawValue, request.changedBy, request.changedAt?.secondsSinceEpoch, decisionID,
                             request.id.rawValue, read.version])
        try db.requireOneChange {
            let now = try fetchRequest(db, request.id)
            return (now.changedBy, now.changedAt)
        }
    }

    static func fetchRequest(_ db: Database, _ id: RequestID) throws -> GrantRequest {
        guard let request = try fetchRequests(db, whereClause: "WHERE r.id = ?", arguments: [id.rawValue]).first else {
            throw RepositoryError.requestNotFound(id)
        }
        return request
    }

    static func fetchRequests(_ db: Database, whereClause: String, arguments: StatementArguments) throws -> [GrantRequest] {
        var alternatives: [String: [Alternative]] = [:]
        for row in try StoredAlternative.fetchAll(db, sql: """
            SELECT a.* FROM alternative a JOIN grant_request r ON r.id = a.request_id \(whereClause)
            ORDER BY a.request_id, a.position
            """, arguments: arguments) {
            alternatives[row.requestID, default: []].append(try row.alternative())
        }
        let decisions = try DecisionTable.inForce(db, whereClause: whereClause, arguments: arguments)
        return try StoredRequest.fetchAll(db, sql: """
            SELECT r.*, p.case_id FROM grant_request r JOIN person p ON p.id = r.person_id \(whereClause) ORDER BY r.id
            """, arguments: arguments).map { row in
            try row.request(alternatives: alternatives[row.id] ?? [], decision: row.decisionID.flatMap { decisions[$0] })
        }
    }
}
