/// The rules of the meeting commands (DOMAIN §4, §9): open and close a meeting, mark and postpone
/// its items, build the draft agenda (free items, order, postponing), and reopen a decision after
/// its meeting. Only the chair runs them.
extension CommandRules {
    /// What opening a meeting stores: the meeting, and the plan the next draft starts from (the
    /// items the chair put off are now carried as postponed; the order is used up).
    public struct Opening: Hashable, Sendable {
        public var meeting: Meeting
        public var plan: AgendaPlan
        /// The free items the meeting takes.
        public var freeItems: [Int64]
    }

    /// Checks opening a meeting on `date` with `participants` and the agenda `draft`; `open` is the
    /// meeting open now, `existing` one already held on that date, `users` the known logins.
    public static func openMeeting(date: Day, participants: [String], draft: AgendaDraft, plan: AgendaPlan, open: Meeting?,
                                   existing: Meeting?, users: Set<String>, context: CommandContext) throws(RepositoryError) -> Opening {
        if let open { throw .meetingOpen(open.id) }
        let id = MeetingID(date: date)
        if existing != nil { throw .invalid(Strings.meetingExists(id.rawValue)) }
        try check(context.user, may: .chairMeeting)
        var seen = Set<String>()
        let unique = participants.map(\.trimmed).filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !unique.isEmpty else { throw .invalid(Strings.participantsRequired) }
        for login in unique where !users.contains(login) { throw .userNotFound(login) }
        let items = draft.meetingItems
        let meeting = Meeting(id: id, date: date, participants: unique, openedBy: context.user.login, openedAt: context.at,
                              items: items)
        let taken = Set(items.map(\.key))
        let next = AgendaPlan(order: [], putOff: [], carried: plan.putOff.union(plan.carried.subtracting(taken)))
        return Opening(meeting: meeting, plan: next,
                       freeItems: items.compactMap { if case .free(let id) = $0.key { id } else { nil } })
    }

    /// What closing a meeting stores: the meeting as closed, and the next draft's plan with what was
    /// left carried as postponed.
    public struct Closing: Hashable, Sendable {
        public var meeting: Meeting
        public var plan: AgendaPlan
        /// Free items the meeting did not take: they wait for the next one.
        public var releasedFreeItems: [Int64]
    }

    /// Checks closing `meeting` (nil: no meeting `id`). Requests it decided count as done; what is
    /// still pending moves to the next agenda as postponed.
    public static func closeMeeting(_ meeting: Meeting?, id: MeetingID, decided: Set<RequestID>, plan: AgendaPlan,
                                    context: CommandContext) throws(RepositoryError) -> Closing {
        guard var closed = meeting else { throw .meetingNotFound(id) }
        guard closed.isOpen else { throw .meetingClosed(id) }
        try check(context.user, may: .chairMeeting)
        for index in closed.items.indices where closed.items[index].state == .pending {
            if case .request(let request) = closed.items[index].key, decided.contains(request) {
                closed.items[index].state = .done
            } else {
                closed.items[index].state = .postponed
            }
        }
        closed.status = .closed
        closed.closedAt = context.at
        var next = plan
        let left = closed.items.filter { $0.state == .postponed }.map(\.key)
        next.carried.formUnion(left)
        return Closing(meeting: closed, plan: next,
                       releasedFreeItems: left.compactMap { if case .free(let id) = $0 { id } else { nil } })
    }

    /// Checks marking an item of the open meeting done, or pending again.
    public static func markItem(_ meeting: Meeting?, id: MeetingID, key: AgendaKey, state: ItemState,
                                context: CommandContext) throws(RepositoryError) -> Meeting {
        guard var changed = meeting else { throw .meetingNotFound(id) }
        guard changed.isOpen else { throw .meetingClosed(id) }
        try check(context.user, may: .chairMeeting)
        guard let index = changed.items.firstIndex(where: { $0.key == key }) else {
            throw .invalid(Strings.notOnAgenda(key.description))
        }
        changed.items[index].state = state
        return changed
    }

    /// Checks postponing `key`: in the open meeting, a pending item becomes postponed (it moves to
    /// the next agenda when the meeting closes); between meetings, an item of the draft is put off
    /// to the meeting after the next.
    public static func postpone(_ key: AgendaKey, open: Meeting?, draft: AgendaDraft, plan: AgendaPlan,
                                context: CommandContext) throws(RepositoryError) -> (meeting: Meeting?, plan: AgendaPlan) {
        if var meeting = open, let index = meeting.items.firstIndex(where: { $0.key == key }) {
            try check(context.user, may: .chairMeeting)
            let state = meeting.items[index].state
            guard state == .pending else { throw .invalid(Strings.itemNotPending(key.description, state)) }
            meeting.items[index].state = .postponed
            return (meeting, plan)
        }
        guard draft.entries.contains(where: { $0.key == key }) else { throw .invalid(Strings.notOnAgenda(key.description)) }
        try check(context.user, may: .chairMeeting)
        var next = plan
        next.putOff.insert(key)
        return (nil, next)
    }

    /// Checks moving `key` of the draft to `position` (from 1) within its section, and returns the
    /// plan with the whole draft's order as it will be.
    public static func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft, plan: AgendaPlan,
                               context: CommandContext) throws(RepositoryError) -> AgendaPlan {
        guard let entry = draft.entries.first(where: { $0.key == key }) else { throw .invalid(Strings.notOnAgenda(key.description)) }
        try check(context.user, may: .chairMeeting)
        var section = draft.entries.filter { $0.section == entry.section }.map(\.key)
        guard (1...section.count).contains(position) else { throw .invalid(Strings.positionOutside(position, count: section.count)) }
        section.removeAll { $0 == key }
        section.insert(key, at: position - 1)
        var next = plan
        next.order = AgendaSection.allCases.flatMap { current in
            current == entry.section ? section : draft.entries.filter { $0.section == current }.map(\.key)
        }
        return next
    }

    /// Checks a free item the chair adds to the draft agenda; its id is the store's.
    public static func addFreeItem(title: String, text: String, context: CommandContext) throws(RepositoryError) -> FreeItem {
        try check(context.user, may: .chairMeeting)
        guard !title.trimmed.isEmpty else { throw .invalid(Strings.freeItemTitleRequired) }
        try checkNoCPR((Strings.freeItemTitleField, title), (Strings.freeItemTextField, text))
        return FreeItem(id: 0, title: title.trimmed, text: text.trimmed, addedBy: context.user.login, at: context.at)
    }

    /// Checks reopening a decided request after its meeting (*genoptag*, DOMAIN §4) and returns the
    /// request back on the forum's table and its commitments ended from today: the months before
    /// keep what they committed, and the decision stays in the history.
    public static func reopen(_ request: GrantRequest, expectedVersion: Int, reason: String, recordMeeting: Meeting?,
                              current: CommitmentSchedule, placements: [Placement] = [],
                              context: CommandContext) throws(RepositoryError) -> (GrantRequest, CommitmentSchedule) {
        guard let record = request.decision else { throw .invalid(Strings.reopenNeedsDecision(request.id.rawValue)) }
        try checkVersion(request, expectedVersion)
        try check(context.user, may: .chairMeeting)
        if let recordMeeting, recordMeeting.isOpen { throw .invalid(Strings.reopenWhileOpen(recordMeeting.id.rawValue)) }
        try checkNotCarried(request, by: placements, today: context.today)
        guard !reason.trimmed.isEmpty else { throw .invalid(Strings.reopenReasonRequired) }
        try checkNoCPR((Strings.reopenReasonField, reason))
        var reopened = request
        reopened.status = .onAgenda
        reopened.decision = nil
        let schedule = CommitmentSchedule(lines: current.lines.filter { $0.month < context.today.calendarMonth })
        var ended = schedule
        let approved = record.decision.approvedAmount(of: request.amount)
        if request.status.isApproved, approved.start < context.today {
            let cut = approved.ending(atLatest: context.today.adding(days: -1))
            ended = schedule.replacingMonths(from: context.today.calendarMonth, of: cut, with: record.decision.split)
        }
        return (changed(reopened, by: context), ended)
    }
}
