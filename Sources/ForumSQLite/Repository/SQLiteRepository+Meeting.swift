import ForumCore
import ForumStore
import GRDB

/// The meeting commands on SQLite: each one write transaction that reads what it changes, applies
/// the shared `CommandRules`, and appends its audit event.
extension SQLiteRepository {
    public func meetings() async throws -> [Meeting] {
        try await database.read { db in try MeetingTable.meetings(db) }
    }

    public func meeting(_ id: MeetingID) async throws -> Meeting {
        try await database.read { db in
            guard let meeting = try MeetingTable.meeting(db, id) else { throw RepositoryError.meetingNotFound(id) }
            return meeting
        }
    }

    public func minutes(_ id: MeetingID) async throws -> Minutes {
        try await database.read { db in
            guard let minutes = try MeetingTable.minutes(db, id) else { throw RepositoryError.meetingNotFound(id) }
            return minutes
        }
    }

    public func agendaPlan() async throws -> AgendaPlan {
        try await database.read { db in try MeetingTable.plan(db) }
    }

    public func freeItems() async throws -> [FreeItem] {
        try await database.read { db in try MeetingTable.freeItems(db, waitingOnly: true) }
    }

    public func openMeeting(date: Day, participants: [String], agenda: AgendaDraft, context: CommandContext) async throws -> Meeting {
        try await database.write { db in
            let users = Set(try String.fetchAll(db, sql: "SELECT login FROM app_user"))
            let opening = try CommandRules.openMeeting(
                date: date, participants: participants, draft: agenda, plan: try MeetingTable.plan(db),
                open: try MeetingTable.openMeeting(db), existing: try MeetingTable.meeting(db, MeetingID(date: date)),
                users: users, context: context)
            try MeetingTable.insert(db, opening.meeting)
            try MeetingTable.save(db, opening.plan)
            try MeetingTable.setMeeting(db, ofFreeItems: opening.freeItems, to: opening.meeting.id)
            try Self.audit(db, context, action: "meeting.open", entity: "meeting:\(opening.meeting.id)",
                           after: MeetingAuditState(opening.meeting))
            return opening.meeting
        }
    }

    public func closeMeeting(_ id: MeetingID, context: CommandContext) async throws -> Meeting {
        let path = database.path
        return try await database.write { db in
            let current = try MeetingTable.meeting(db, id)
            let decided = Set(try String.fetchAll(db, sql: """
                SELECT d.request_id FROM decision d JOIN grant_request r ON r.decision_id = d.id WHERE d.meeting = ?
                """, arguments: [id.rawValue]).map(RequestID.init))
            let closing = try CommandRules.closeMeeting(current, id: id, decided: decided, plan: try MeetingTable.plan(db),
                                                        context: context)
            try MeetingTable.setMeeting(db, ofFreeItems: closing.releasedFreeItems, to: nil)
            let settings = try Self.settings(db, path: path)
            let minutes = Minutes.make(
                closing.meeting, municipality: settings.municipality,
                users: try StoredUser.fetchAll(db, sql: "SELECT * FROM app_user").map { try $0.user() },
                requests: try Self.fetchRequests(db, whereClause: "WHERE r.id IN (SELECT request_id FROM decision WHERE meeting = ?)",
                                                 arguments: [id.rawValue]),
                notes: try StoredDeviationNote.fetchAll(db, sql: "SELECT * FROM deviation_note").map { try $0.note() },
                offers: try Self.fetchOffers(db), freeItems: try MeetingTable.freeItems(db, waitingOnly: false))
            try MeetingTable.save(db, closing.plan)
            try Self.audit(db, context, action: "meeting.close", entity: "meeting:\(id)",
                           before: current.map(MeetingAuditState.init), after: MeetingAuditState(closing.meeting))
            // The minutes carry the trail's anchor with the close event in it.
            var anchored = minutes
            anchored.auditAnchor = try StoredAuditHead.fetch(db).map { AuditAnchor(seq: $0.seq, hash: $0.hash).description }
            try MeetingTable.update(db, closing.meeting, minutes: anchored)
            return closing.meeting
        }
    }

    public func markItem(_ id: MeetingID, key: AgendaKey, state: ItemState, context: CommandContext) async throws -> Meeting {
        try await database.write { db in
            let changed = try CommandRules.markItem(try MeetingTable.meeting(db, id), id: id, key: key, state: state, context: context)
            try MeetingTable.update(db, changed)
            try Self.audit(db, context, action: "meeting.mark", entity: "meeting:\(id)", after: ["\(key)": state.rawValue])
            return changed
        }
    }

    public func postpone(_ key: AgendaKey, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan {
        try await database.write { db in
            let change = try CommandRules.postpone(key, open: try MeetingTable.openMeeting(db), draft: draft,
                                                   plan: try MeetingTable.plan(db), context: context)
            if let meeting = change.meeting { try MeetingTable.update(db, meeting) }
            try MeetingTable.save(db, change.plan)
            try Self.audit(db, context, action: "agenda.postpone", entity: "agenda:\(key)",
                           after: ["meeting": change.meeting?.id.rawValue ?? "draft"])
            return change.plan
        }
    }

    public func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan {
        try await database.write { db in
            let plan = try CommandRules.reorder(key, to: position, draft: draft, plan: try MeetingTable.plan(db), context: context)
            try MeetingTable.save(db, plan)
            try Self.audit(db, context, action: "agenda.reorder", entity: "agenda:\(key)", after: ["position": position])
            return plan
        }
    }

    public func addFreeItem(title: String, text: String, context: CommandContext) async throws -> FreeItem {
        try await database.write { db in
            var item = try CommandRules.addFreeItem(title: title, text: text, context: context)
            try db.execute(sql: "INSERT INTO free_item (title, text, added_by, at) VALUES (?, ?, ?, ?)",
                           arguments: [item.title, item.text, item.addedBy, item.at.secondsSinceEpoch])
            item.id = db.lastInsertedRowID
            try Self.audit(db, context, action: "agenda.add_item", entity: "agenda:free:\(item.id)",
                           after: ["title": item.title, "text": item.text])
            return item
        }
    }

    public func reopen(_ id: RequestID, expectedVersion: Int, reason: String, context: CommandContext) async throws -> GrantRequest {
        try await database.write { db in
            let current = try Self.fetchRequest(db, id)
            let (reopened, schedule) = try CommandRules.reopen(
                current, expectedVersion: expectedVersion, reason: reason,
                recordMeeting: try current.decision?.meeting.flatMap { try MeetingTable.meeting(db, MeetingID($0)) },
                current: try CommitmentTable.schedule(db, .request(id)),
                placements: try StoredPlacement.fetchAll(db, offer: nil).map { try $0.placement() }, context: context)
            if let record = current.decision {
                try db.execute(sql: "UPDATE decision SET reopened_at = ? WHERE id = ?",
                               arguments: [context.at.secondsSinceEpoch, record.id])
            }
            try Self.saveState(db, reopened, over: current, decisionID: nil)
            try CommitmentTable.replace(db, .request(id), with: schedule, in: context.today.calendarMonth)
            try RequestEventTable.append(db, id, RequestEvent(kind: .reopened, at: context.at, actor: context.user.name,
                                                              decision: current.decision?.decision.kind, note: reason.trimmed))
            try Self.audit(db, context, action: "request.reopen", entity: "request:\(id)",
                           before: RequestAuditState(current), after: RequestAuditState(reopened, commitments: schedule))
            return try Self.fetchRequest(db, id)
        }
    }
}
