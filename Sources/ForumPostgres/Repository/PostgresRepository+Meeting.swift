import ForumCore
import ForumStore
import PostgresNIO

/// The meeting commands on PostgreSQL: each one transaction under the meeting lock
/// (`PostgresMeetings.lock`) that reads what it changes, applies the shared `CommandRules`, and
/// appends its audit event — as on SQLite.
extension PostgresRepository {
    func meetings() async throws -> [Meeting] {
        try await database.read { connection in try await PostgresMeetings.meetings(connection) }
    }

    func meeting(_ id: MeetingID) async throws -> Meeting {
        try await database.read { connection in
            guard let meeting = try await PostgresMeetings.meeting(connection, id) else { throw RepositoryError.meetingNotFound(id) }
            return meeting
        }
    }

    func minutes(_ id: MeetingID) async throws -> Minutes {
        try await database.read { connection in
            guard let minutes = try await PostgresMeetings.minutes(connection, id) else { throw RepositoryError.meetingNotFound(id) }
            return minutes
        }
    }

    func agendaPlan() async throws -> AgendaPlan {
        try await database.read { connection in try await PostgresMeetings.plan(connection) }
    }

    func freeItems() async throws -> [FreeItem] {
        try await database.read { connection in try await PostgresMeetings.freeItems(connection, waitingOnly: true) }
    }

    func openMeeting(date: Day, participants: [String], agenda: AgendaDraft, context: CommandContext) async throws -> Meeting {
        try await database.write { connection in
            try await PostgresMeetings.lock(connection)
            let users = Set(try await connection.values(String.self, "SELECT login FROM app_user"))
            let opening = try CommandRules.openMeeting(
                date: date, participants: participants, draft: agenda, plan: try await PostgresMeetings.plan(connection),
                open: try await PostgresMeetings.openMeeting(connection),
                existing: try await PostgresMeetings.meeting(connection, MeetingID(date: date)), users: users, context: context)
            try await PostgresMeetings.insert(connection, opening.meeting)
            try await PostgresMeetings.save(connection, opening.plan)
            try await PostgresMeetings.setMeeting(connection, ofFreeItems: opening.freeItems, to: opening.meeting.id)
            try await Self.audit(connection, context, action: "meeting.open", entity: "meeting:\(opening.meeting.id)",
                                 after: MeetingAuditState(opening.meeting))
            return opening.meeting
        }
    }

    func closeMeeting(_ id: MeetingID, context: CommandContext) async throws -> Meeting {
        let location = location
        return try await database.write { connection in
            try await PostgresMeetings.lock(connection)
            let current = try await PostgresMeetings.meeting(connection, id)
            let decided = Set(try await connection.values(String.self, """
                SELECT d.request_id FROM decision d JOIN grant_request r ON r.decision_id = d.id WHERE d.meeting = \(id.rawValue)
                """).map(RequestID.init))
            let closing = try CommandRules.closeMeeting(current, id: id, decided: decided, plan: try await PostgresMeetings.plan(connection),
                                                        context: context)
            try await PostgresMeetings.setMeeting(connection, ofFreeItems: closing.releasedFreeItems, to: nil)
            let settings = try await Self.settings(connection, location: location)
            let minutes = Minutes.make(
                closing.meeting, municipality: settings.municipality,
                users: try await connection.fetchAll(StoredUser.self, "SELECT * FROM app_user").map { try $0.user() },
                requests: try await Self.fetchRequests(connection, id: nil).filter { decided.contains($0.id) },
                notes: try await connection.fetchAll(StoredDeviationNote.self, "SELECT * FROM deviation_note").map { try $0.note() },
                offers: try await Self.fetchOffers(connection),
                freeItems: try await PostgresMeetings.freeItems(connection, waitingOnly: false))
            try await PostgresMeetings.save(connection, closing.plan)
            try await Self.audit(connection, context, action: "meeting.close", entity: "meeting:\(id)",
                                 before: current.map(MeetingAuditState.init), after: MeetingAuditState(closing.meeting))
            // The minutes carry the trail's anchor with the close event in it.
            var anchored = minutes
            for try await (seq, hash) in try await connection.query("SELECT seq, hash FROM audit_head WHERE id = 1",
                                                                    logger: PostgresConnection.quiet).decode((Int64, String).self) {
                anchored.auditAnchor = AuditAnchor(seq: seq, hash: hash).description
            }
            try await PostgresMeetings.update(connection, closing.meeting, minutes: anchored)
            return closing.meeting
        }
    }

    func markItem(_ id: MeetingID, key: AgendaKey, state: ItemState, context: CommandContext) async throws -> Meeting {
        try await database.write { connection in
            try await PostgresMeetings.lock(connection)
            let changed = try CommandRules.markItem(try await PostgresMeetings.meeting(connection, id), id: id, key: key, state: state,
                                                    context: context)
            try await PostgresMeetings.update(connection, changed)
            try await Self.audit(connection, context, action: "meeting.mark", entity: "meeting:\(id)", after: ["\(key)": state.rawValue])
            return changed
        }
    }

    func postpone(_ key: AgendaKey, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan {
        try await database.write { connection in
            try await PostgresMeetings.lock(connection)
            let change = try CommandRules.postpone(key, open: try await PostgresMeetings.openMeeting(connection), draft: draft,
                                                   plan: try await PostgresMeetings.plan(connection), context: context)
            if let meeting = change.meeting { try await PostgresMeetings.update(connection, meeting) }
            try await PostgresMeetings.save(connection, change.plan)
            try await Self.audit(connection, context, action: "agenda.postpone", entity: "agenda:\(key)",
                                 after: ["meeting": change.meeting?.id.rawValue ?? "draft"])
            return change.plan
        }
    }

    func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan {
        try await database.write { connection in
            try await PostgresMeetings.lock(connection)
            let plan = try CommandRules.reorder(key, to: position, draft: draft, plan: try await PostgresMeetings.plan(connection),
                                                context: context)
            try await PostgresMeetings.save(connection, plan)
            try await Self.audit(connection, context, action: "agenda.reorder", entity: "agenda:\(key)", after: ["position": position])
            return plan
        }
    }

    func addFreeItem(title: String, text: String, context: CommandContext) async throws -> FreeItem {
        try await database.write { connection in
            var item = try CommandRules.addFreeItem(title: title, text: text, context: context)
            guard let id = try await connection.value(Int64.self, """
                INSERT INTO free_item (title, text, added_by, at) VALUES (\(item.title), \(item.text), \(item.addedBy),
                    \(item.at.secondsSinceEpoch))
                RETURNING id
                """) else { throw StoreCorruption.badValue(column: "free_item.id", value: "NULL") }
            item.id = id
            try await Self.audit(connection, context, action: "agenda.add_item", entity: "agenda:free:\(item.id)",
                                 after: ["title": item.title, "text": item.text])
            return item
        }
    }

    func reopen(_ id: RequestID, expectedVersion: Int, reason: String, context: CommandContext) async throws -> GrantRequest {
        try await database.write { connection in
            let current = try await Self.lockRequest(connection, id)
            var recordMeeting: Meeting?
            if let meeting = current.decision?.meeting { recordMeeting = try await PostgresMeetings.meeting(connection, MeetingID(meeting)) }
            let (reopened, schedule) = try CommandRules.reopen(
                current, expectedVersion: expectedVersion, reason: reason, recordMeeting: recordMeeting,
                current: try await PostgresCommitments.schedule(connection, .request(id)),
                placements: try await Self.placements(connection, offer: nil).map { try $0.placement() }, context: context)
            if let record = current.decision {
                try await connection.execute("UPDATE decision SET reopened_at = \(context.at.secondsSinceEpoch) WHERE id = \(record.id)")
            }
            try await Self.saveState(connection, reopened, over: current, decisionID: nil)
            try await PostgresCommitments.replace(connection, .request(id), with: schedule, in: context.today.calendarMonth)
            try await Self.appendEvent(connection, id, RequestEvent(kind: .reopened, at: context.at, actor: context.user.name,
                                                                    decision: current.decision?.decision.kind, note: reason.trimmed))
            try await Self.audit(connection, context, action: "request.reopen", entity: "request:\(id)",
                                 before: RequestAuditState(current), after: RequestAuditState(reopened, commitments: schedule))
            return try await Self.fetchRequest(connection, id)
        }
    }
}
