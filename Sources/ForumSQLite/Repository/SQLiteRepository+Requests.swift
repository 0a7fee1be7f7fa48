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
            return try Row.fetchAll(db, sql: "SELECT * FROM request_event WHERE request_id = ? ORDER BY id",
                                    arguments: [id.rawValue]).map { row in
                RequestEvent(
                    kind: RequestEvent.Kind(rawValue: row["kind"]) ?? .submitted,
                    at: (row["at"] as Int64?).map(Timestamp.init(secondsSinceEpoch:)),
                    day: try RowCoding.day(row["day"] as String?), actor: row["actor"],
                    decision: (row["decision_kind"] as String?).flatMap(DecisionKind.init(rawValue:)),
                    split: try (row["split"] as String?).map(RowCoding.split), note: row["note"])
            }
        }
    }

    public func commitments(of id: RequestID) async throws -> CommitmentSchedule {
        try await database.read { db in
            _ = try Self.fetchRequest(db, id)
            return try Commitments.schedule(db, request: id)
        }
    }

    public func caseSpending(_ caseID: CaseID, year: Int) async throws -> [SectorCode: [Money]] {
        try await database.read { db in
            var result: [SectorCode: [Money]] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.sector_code, m.month, SUM(m.amount_ore) AS amount
                FROM monthly_case m JOIN person p ON p.id = m.person_id JOIN sub_area s ON s.id = m.sub_area_id
                WHERE p.case_id = ? AND m.year = ? AND s.sector_code IS NOT NULL
                GROUP BY s.sector_code, m.month
                """, arguments: [caseID.rawValue, year])
            for row in rows {
                let sector = SectorCode(row["sector_code"] as String)
                let month: Int = row["month"]
                result[sector, default: Array(repeating: .zero, count: 12)][month - 1] = Money(ore: row["amount"])
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
            let nextID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM decision") ?? 0) + 1
            let known = try Self.knownSectors(db)
            let decided = try CommandRules.decide(current, expectedVersion: expectedVersion, decision: decision, recordID: nextID,
                                                  policy: settings.policy, knownSectors: known, context: context)
            guard let record = decided.decision else { return decided }
            let recordID = try Decisions.insert(db, record)
            try Self.saveState(db, decided, decisionID: recordID)
            try Commitments.replace(db, request: id, with: CommandRules.commitments(of: decided))
            try RequestEvents.append(db, id, RequestEvent(kind: .decided, at: context.at, actor: context.user.name,
                                                          decision: decision.kind, split: decision.split, note: decision.note))
            try Self.audit(db, context, action: "request.\(decision.kind.rawValue)", entity: "request:\(id)",
                           before: RequestAuditState(current), after: RequestAuditState(decided, commitments: CommandRules.commitments(of: decided)))
            return try Self.fetchRequest(db, id)
        }
    }

    public func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) async throws -> GrantRequest {
        try await database.write { db in
            let current = try Self.fetchRequest(db, id)
            let previous = try current.decision.flatMap { try Decisions.latestStanding(db, request: id, excluding: $0.id) }
            let restored = try CommandRules.undo(current, expectedVersion: expectedVersion, previous: previous, context: context)
            if let undone = current.decision {
                try db.execute(sql: "UPDATE decision SET undone_at = ?, undone_by = ? WHERE id = ?",
                               arguments: [context.at.secondsSinceEpoch, context.user.login, undone.id])
            }
            try Self.saveState(db, restored, decisionID: restored.decision?.id)
            try Commitments.replace(db, request: id, with: CommandRules.commitments(of: restored))
            try RequestEvents.append(db, id, RequestEvent(kind: .undone, at: context.at, actor: context.user.name,
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
            let stored = try Commitments.schedule(db, request: id)
            let (changed, schedule) = try CommandRules.changeSplit(current, expectedVersion: expectedVersion, split: split,
                                                                   from: month, current: stored, knownSectors: known,
                                                                   context: context)
            guard let record = changed.decision else { return changed }
            try db.execute(sql: "UPDATE decision SET split = ? WHERE id = ?", arguments: [split.shareList, record.id])
            try Self.saveState(db, changed, decisionID: record.id)
            try Commitments.replace(db, request: id, with: schedule)
            try RequestEvents.append(db, id, RequestEvent(kind: .splitChanged, at: context.at, actor: context.user.name,
                                                          split: split, note: month.description))
            try Self.audit(db, context, action: "request.split", entity: "request:\(id)",
                           before: RequestAuditState(current), after: RequestAuditState(changed, commitments: schedule))
            return try Self.fetchRequest(db, id)
        }
    }

    /// Writes the mutable state of a request: status, version, who changed it, the decision in force.
    static func saveState(_ db: Database, _ request: GrantRequest, decisionID: Int64?) throws {
        try db.execute(sql: """
            UPDATE grant_request SET status = ?, version = ?, changed_by = ?, changed_at = ?, decision_id = ? WHERE id = ?
            """, arguments: [request.status.rawValue, request.version, request.changedBy,
                             request.changedAt?.secondsSinceEpoch, decisionID, request.id.rawValue])
    }

    static func fetchRequest(_ db: Database, _ id: RequestID) throws -> GrantRequest {
        guard let request = try fetchRequests(db, whereClause: "WHERE r.id = ?", arguments: [id.rawValue]).first else {
            throw RepositoryError.requestNotFound(id)
        }
        return request
    }

    static func fetchRequests(_ db: Database, whereClause: String, arguments: StatementArguments) throws -> [GrantRequest] {
        var alternatives: [String: [Alternative]] = [:]
        let alternativeRows = try Row.fetchAll(db, sql: """
            SELECT a.* FROM alternative a JOIN grant_request r ON r.id = a.request_id \(whereClause)
            ORDER BY a.request_id, a.position
            """, arguments: arguments)
        for row in alternativeRows {
            let amount = try RowCoding.amount(kind: row["amount_kind"], ore: row["amount_ore"], start: row["start_day"], end: row["end_day"])
            alternatives[row["request_id"], default: []].append(Alternative(description: row["description"], amount: amount))
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.*, p.case_id,
                   d.id AS d_id, d.request_id AS d_request_id, d.kind AS d_kind, d.split AS d_split, d.note AS d_note,
                   d.valid_until AS d_valid_until, d.follow_up AS d_follow_up, d.previous_status AS d_previous_status,
                   d.decided_by AS d_decided_by, d.decided_by_name AS d_decided_by_name, d.meeting AS d_meeting,
                   d.at AS d_at, d.undone_at AS d_undone_at
            FROM grant_request r
            JOIN person p ON p.id = r.person_id
            LEFT JOIN decision d ON d.id = r.decision_id
            \(whereClause)
            ORDER BY r.id
            """, arguments: arguments)
        return try rows.map { row in
            let id: String = row["id"]
            let statusText: String = row["status"]
            guard let status = RequestStatus(rawValue: statusText) else {
                throw StoreCorruption.badValue(column: "grant_request.status", value: statusText)
            }
            let stepValue: Int = row["step"]
            guard let step = StaircaseStep(rawValue: stepValue) else {
                throw StoreCorruption.badValue(column: "grant_request.step", value: String(stepValue))
            }
            return GrantRequest(
                id: RequestID(id), caseID: CaseID(row["case_id"] as String), crossSector: row["cross_sector"],
                requestingUnit: row["requesting_unit"], requestedBy: row["requested_by"],
                sector: SectorCode(row["sector_code"] as String), law: row["law_code"], offer: row["offer"],
                offerID: (row["offer_id"] as String?).map { OfferID($0) },
                amount: try RowCoding.amount(kind: row["amount_kind"], ore: row["amount_ore"], start: row["start_day"], end: row["end_day"]),
                weeklyHours: (row["weekly_hours_tenths"] as Int?).map(Hours.init(tenths:)), step: step,
                alternatives: alternatives[id] ?? [], proposedSplit: try RowCoding.split(row["proposed_split"]),
                reason: row["reason"], submitted: try RowCoding.day(row["submitted"] as String), status: status,
                version: row["version"], decision: try Decisions.record(from: row, prefix: "d_"),
                changedBy: row["changed_by"], changedAt: (row["changed_at"] as Int64?).map(Timestamp.init(secondsSinceEpoch:)))
        }
    }
}

/// What the audit trail records of a request: enough to see what changed.
struct RequestAuditState: Encodable {
    var status: String
    var version: Int
    var decision: String?
    var split: String
    var note: String?
    var validUntil: String?
    var followUp: String?
    var commitmentsBySector: [String: Int64]?

    init(_ request: GrantRequest, commitments: CommitmentSchedule? = nil) {
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
