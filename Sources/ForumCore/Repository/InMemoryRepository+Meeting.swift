/// What the in-memory repository holds of meetings.
struct MeetingBook: Sendable {
    var meetings: [MeetingID: Meeting] = [:]
    var minutes: [MeetingID: Minutes] = [:]
    var plan = AgendaPlan.empty
    var freeItems: [Int64: FreeItem] = [:]
    var nextFreeItemID: Int64 = 1
}

/// The meeting commands of `InMemoryRepository`, by the same `CommandRules` as every backend.
extension InMemoryRepository {
    public func meetings() -> [Meeting] {
        meetingBook.meetings.values.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    public func meeting(_ id: MeetingID) throws(RepositoryError) -> Meeting {
        guard let meeting = meetingBook.meetings[id] else { throw .meetingNotFound(id) }
        return meeting
    }

    public func minutes(_ id: MeetingID) throws(RepositoryError) -> Minutes {
        guard let minutes = meetingBook.minutes[id] else { throw .meetingNotFound(id) }
        return minutes
    }

    public func agendaPlan() -> AgendaPlan { meetingBook.plan }

    public func freeItems() -> [FreeItem] {
        meetingBook.freeItems.values.filter { $0.meeting == nil }.sorted { $0.id < $1.id }
    }

    public func openMeeting(date: Day, participants: [String], agenda: AgendaDraft,
                            context: CommandContext) throws(RepositoryError) -> Meeting {
        let opening = try CommandRules.openMeeting(
            date: date, participants: participants, draft: agenda, plan: meetingBook.plan,
            open: meetings().first(where: \.isOpen), existing: meetingBook.meetings[MeetingID(date: date)],
            users: Set(userList.keys), context: context)
        meetingBook.meetings[opening.meeting.id] = opening.meeting
        meetingBook.plan = opening.plan
        for id in opening.freeItems { meetingBook.freeItems[id]?.meeting = opening.meeting.id }
        token += 1
        return opening.meeting
    }

    public func closeMeeting(_ id: MeetingID, context: CommandContext) throws(RepositoryError) -> Meeting {
        let decided = Set(requestList.values.filter { $0.decision?.meeting == id.rawValue }.map(\.id))
        let closing = try CommandRules.closeMeeting(meetingBook.meetings[id], id: id, decided: decided, plan: meetingBook.plan,
                                                    context: context)
        for free in closing.releasedFreeItems { meetingBook.freeItems[free]?.meeting = nil }
        meetingBook.meetings[id] = closing.meeting
        meetingBook.plan = closing.plan
        meetingBook.minutes[id] = Minutes.make(
            closing.meeting, municipality: forumSettings.municipality, users: Array(userList.values),
            requests: Array(requestList.values), notes: notes, offers: Array(offerList.values),
            freeItems: Array(meetingBook.freeItems.values))
        token += 1
        return closing.meeting
    }

    public func markItem(_ id: MeetingID, key: AgendaKey, state: ItemState,
                         context: CommandContext) throws(RepositoryError) -> Meeting {
        let changed = try CommandRules.markItem(meetingBook.meetings[id], id: id, key: key, state: state, context: context)
        meetingBook.meetings[id] = changed
        token += 1
        return changed
    }

    public func postpone(_ key: AgendaKey, draft: AgendaDraft, context: CommandContext) throws(RepositoryError) -> AgendaPlan {
        let change = try CommandRules.postpone(key, open: meetings().first(where: \.isOpen), draft: draft,
                                               plan: meetingBook.plan, context: context)
        if let meeting = change.meeting { meetingBook.meetings[meeting.id] = meeting }
        meetingBook.plan = change.plan
        token += 1
        return change.plan
    }

    public func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft,
                        context: CommandContext) throws(RepositoryError) -> AgendaPlan {
        meetingBook.plan = try CommandRules.reorder(key, to: position, draft: draft, plan: meetingBook.plan, context: context)
        token += 1
        return meetingBook.plan
    }

    public func addFreeItem(title: String, text: String, context: CommandContext) throws(RepositoryError) -> FreeItem {
        var item = try CommandRules.addFreeItem(title: title, text: text, context: context)
        item.id = meetingBook.nextFreeItemID
        meetingBook.nextFreeItemID += 1
        meetingBook.freeItems[item.id] = item
        token += 1
        return item
    }

    public func reopen(_ id: RequestID, expectedVersion: Int, reason: String,
                       context: CommandContext) throws(RepositoryError) -> GrantRequest {
        let current = try request(id)
        let (reopened, schedule) = try CommandRules.reopen(
            current, expectedVersion: expectedVersion, reason: reason,
            recordMeeting: current.decision?.meeting.flatMap { meetingBook.meetings[MeetingID($0)] },
            current: schedules[id] ?? CommandRules.commitments(of: current), placements: offerList.values.flatMap(\.placements),
            context: context)
        requestList[id] = reopened
        // The reopened decision stays in the history but is no longer one an undo goes back to.
        decisionStacks[id] = []
        setSchedule(reopened, schedule, in: context.today.calendarMonth)
        events[id, default: []].append(RequestEvent(kind: .reopened, at: context.at, actor: context.user.name,
                                                    decision: current.decision?.decision.kind, note: reason.trimmed))
        token += 1
        return reopened
    }

    /// The request of the person's latest decision (not undone) in the meeting.
    func lastDecision(of login: String, in meeting: String) -> RequestID? {
        decisionStacks.values.joined().filter { $0.decidedBy == login && $0.meeting == meeting }.max { $0.id < $1.id }?.requestID
    }
}
