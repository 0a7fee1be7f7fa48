/// The agenda as screen 5 and `chefforum meeting show` present it: between meetings the next
/// meeting's draft, during one the open meeting's items with done and left; its size, and its
/// combined effect per sector (DOMAIN §9).
public struct AgendaOverview: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var key: AgendaKey
        public var section: AgendaSection
        public var title: String
        public var reasons: [AgendaReason]
        public var amount: Money?
        /// The state in the open meeting; nil on a draft.
        public var state: ItemState?
        /// Carried from an earlier meeting, or put off to a later one.
        public var postponed: Bool
    }

    public var date: Day
    /// The open meeting, or nil for the next meeting's draft.
    public var meeting: Meeting?
    public var rows: [Row]
    /// Items of the draft put off to the meeting after the next.
    public var putOff: [Row]
    /// The draft the rows come from (what opening a meeting or putting off an item acts on).
    public var draft: AgendaDraft
    public var effect: [AgendaEffect]
    /// The month of the budget figures the effect is computed at (nil before any postings).
    public var effectMonth: Int?

    /// Items, and the total amount of the requests for decision.
    public var size: (items: Int, forDecision: Money) {
        (rows.count, Money.sum(rows.filter { $0.section == .requests }.compactMap(\.amount)))
    }

    public var done: Int { rows.filter { $0.state == .done }.count }
    public var left: Int { rows.filter { $0.state == .pending }.count }

    /// Builds the overview from what was read: `draft` is the draft agenda for `meeting`'s date (or
    /// the next meeting's), `requests` every request, `snapshot` the budget figures now.
    public static func make(draft: AgendaDraft, meeting: Meeting?, requests: [GrantRequest], snapshot: BudgetSnapshot,
                            tolerance: Tolerance) -> AgendaOverview {
        let byID = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = Dictionary(draft.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        func row(_ entry: AgendaEntry) -> Row {
            Row(key: entry.key, section: entry.section, title: entry.title, reasons: entry.reasons, amount: entry.amount, state: nil,
                postponed: entry.postponed)
        }
        let rows: [Row]
        var decided = Set<RequestID>()
        if let meeting {
            rows = meeting.items.map { item in
                var state = item.state
                if case .request(let id) = item.key, byID[id]?.decision?.meeting == meeting.id.rawValue {
                    decided.insert(id)
                    if state == .pending { state = .done }
                }
                return Row(key: item.key, section: item.section, title: item.title, reasons: entries[item.key]?.reasons ?? [],
                           amount: item.amount, state: state, postponed: entries[item.key]?.postponed ?? false)
            }
        } else {
            rows = draft.entries.map(row)
        }
        let onAgenda = rows.compactMap { row -> GrantRequest? in
            if case .request(let id) = row.key { byID[id] } else { nil }
        }
        let month = snapshot.lastPostedMonth
        let effect = month.map {
            AgendaEffect.of(requests: onAgenda, decidedInMeeting: decided, figures: snapshot.sectors, year: snapshot.year, month: $0,
                            tolerance: tolerance)
        } ?? []
        return AgendaOverview(date: meeting?.date ?? draft.date, meeting: meeting, rows: rows,
                              putOff: meeting == nil ? draft.putOff.map(row) : [], draft: draft, effect: effect, effectMonth: month)
    }
}

extension ForumRepository {
    /// The agenda now: the open meeting's, else the draft of the next meeting on `date` — or, when
    /// a meeting was already held that day (or later), a fortnight after it.
    public func agendaOverview(date: Day) async throws -> AgendaOverview {
        let meetings = try await meetings()
        let meeting = meetings.first(where: \.isOpen)
        let next = meetings.first.map { $0.date >= date ? $0.date.adding(days: 14) : date } ?? date
        let (facts, rows) = try await agendaInputs(date: meeting?.date ?? next)
        let settings = try await settings()
        return AgendaOverview.make(draft: Agenda.draft(facts), meeting: meeting, requests: facts.requests,
                                   snapshot: BudgetAggregation.snapshot(rows), tolerance: settings.tolerance)
    }
}
