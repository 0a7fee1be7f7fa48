import Testing
@testable import ForumCore

/// The meeting commands' rules (DOMAIN §4, §9): open and close, postpone and reorder, undo in a
/// meeting and reopening after it.
@Suite("Meeting rules")
struct MeetingRulesTests {
    static let date = day(2026, 11, 25)
    static let users: Set<String> = ["formand", "bevchef", "vokchef"]

    static func draft(_ keys: [AgendaKey] = [.request("IND-1"), .request("IND-2"), .free(1)]) -> AgendaDraft {
        AgendaDraft(date: date, entries: keys.map { key in
            let section: AgendaSection = if case .free = key { .free } else { .requests }
            return AgendaEntry(key: key, section: section, title: key.description, reasons: [])
        }, putOff: [])
    }

    static func open(participants: [String] = ["bevchef", "vokchef"], plan: AgendaPlan = .empty) throws(RepositoryError)
        -> CommandRules.Opening {
        try CommandRules.openMeeting(date: date, participants: participants, draft: draft(), plan: plan, open: nil, existing: nil,
                                     users: users, context: Fixture.context(Fixture.chair, meeting: nil))
    }

    @Test("Opening takes the draft's items in order, pending; what was put off is carried to the next draft")
    func openMeeting() throws {
        let opening = try Self.open(participants: ["bevchef", " vokchef", "bevchef"],
                                    plan: AgendaPlan(order: [.request("IND-2")], putOff: [.request("IND-9")],
                                                     carried: [.request("IND-1"), .request("IND-8")]))
        #expect(opening.meeting.id == "M-2026-11-25")
        #expect(opening.meeting.participants == ["bevchef", "vokchef"])
        #expect(opening.meeting.items.map(\.position) == [1, 2, 3])
        #expect(opening.meeting.items.allSatisfy { $0.state == .pending })
        #expect(opening.meeting.openedBy == "formand")
        #expect(opening.plan == AgendaPlan(carried: [.request("IND-9"), .request("IND-8")]))
        #expect(opening.freeItems == [1])
    }

    @Test("Refusals of opening a meeting, first failure first")
    func openRefused() throws {
        let meeting = try Self.open().meeting
        let chair = Fixture.context(Fixture.chair, meeting: nil)
        func open(_ participants: [String], open: Meeting? = nil, existing: Meeting? = nil, as context: CommandContext = chair)
            throws(RepositoryError) {
            _ = try CommandRules.openMeeting(date: Self.date, participants: participants, draft: Self.draft(), plan: .empty,
                                             open: open, existing: existing, users: Self.users, context: context)
        }
        #expect(throws: RepositoryError.meetingOpen("M-2026-11-25")) { try open([], open: meeting, as: Fixture.context(Fixture.reader)) }
        #expect(throws: RepositoryError.invalid(Strings.meetingExists("M-2026-11-25"))) { try open(["bevchef"], existing: meeting) }
        #expect(throws: RepositoryError.denied(Strings.onlyChair)) { try open(["bevchef"], as: Fixture.context(Fixture.chiefBEV)) }
        #expect(throws: RepositoryError.invalid(Strings.participantsRequired)) { try open([" "]) }
        #expect(throws: RepositoryError.userNotFound("nn")) { try open(["bevchef", "nn"]) }
    }

    @Test("Closing: decided requests are done, the rest postponed and carried; free items left are released")
    func closeMeeting() throws {
        var meeting = try Self.open().meeting
        meeting.items[2].state = .pending
        let closing = try CommandRules.closeMeeting(meeting, id: meeting.id, decided: ["IND-2"], plan: AgendaPlan(putOff: [.request("IND-9")]),
                                                    context: Fixture.context(Fixture.chair, second: 1_795_003_600))
        #expect(closing.meeting.status == .closed)
        #expect(closing.meeting.closedAt == Timestamp(secondsSinceEpoch: 1_795_003_600))
        #expect(closing.meeting.items.map(\.state) == [.postponed, .done, .postponed])
        #expect(closing.plan == AgendaPlan(putOff: [.request("IND-9")], carried: [.request("IND-1"), .free(1)]))
        #expect(closing.releasedFreeItems == [1])
        #expect(throws: RepositoryError.meetingClosed(meeting.id)) {
            try CommandRules.closeMeeting(closing.meeting, id: meeting.id, decided: [], plan: .empty, context: Fixture.context(Fixture.chair))
        }
        #expect(throws: RepositoryError.meetingClosed(meeting.id)) {
            try CommandRules.markItem(closing.meeting, id: meeting.id, key: .request("IND-1"), state: .done,
                                      context: Fixture.context(Fixture.chair))
        }
        #expect(throws: RepositoryError.meetingNotFound("M-1")) {
            try CommandRules.closeMeeting(nil, id: "M-1", decided: [], plan: .empty, context: Fixture.context(Fixture.chair))
        }
        #expect(throws: RepositoryError.denied(Strings.onlyChair)) {
            try CommandRules.closeMeeting(meeting, id: meeting.id, decided: [], plan: .empty, context: Fixture.context(Fixture.chiefBEV))
        }
    }

    @Test("Postponing: an open meeting's pending item, else a draft item put off; never one done or not on the agenda")
    func postpone() throws {
        var meeting = try Self.open().meeting
        meeting.items[1].state = .done
        let chair = Fixture.context(Fixture.chair)
        let inMeeting = try CommandRules.postpone(.request("IND-1"), open: meeting, draft: Self.draft(), plan: .empty, context: chair)
        #expect(inMeeting.meeting?.items.first?.state == .postponed)
        #expect(inMeeting.plan == .empty)
        let onDraft = try CommandRules.postpone(.free(1), open: nil, draft: Self.draft(), plan: .empty, context: chair)
        #expect(onDraft.meeting == nil)
        #expect(onDraft.plan.putOff == [.free(1)])
        #expect(throws: RepositoryError.invalid(Strings.itemNotPending("request:IND-2", .done))) {
            try CommandRules.postpone(.request("IND-2"), open: meeting, draft: Self.draft(), plan: .empty, context: chair)
        }
        #expect(throws: RepositoryError.invalid(Strings.notOnAgenda("request:IND-7"))) {
            try CommandRules.postpone(.request("IND-7"), open: nil, draft: Self.draft(), plan: .empty, context: chair)
        }
        #expect(throws: RepositoryError.denied(Strings.onlyChair)) {
            try CommandRules.postpone(.free(1), open: nil, draft: Self.draft(), plan: .empty, context: Fixture.context(Fixture.chiefBEV))
        }
    }

    @Test("Reordering moves an item within its section and keeps the rest of the draft's order")
    func reorder() throws {
        let chair = Fixture.context(Fixture.chair)
        let plan = try CommandRules.reorder(.request("IND-2"), to: 1, draft: Self.draft(), plan: .empty, context: chair)
        #expect(plan.order == [.request("IND-2"), .request("IND-1"), .free(1)])
        #expect(throws: RepositoryError.invalid(Strings.positionOutside(3, count: 2))) {
            try CommandRules.reorder(.request("IND-2"), to: 3, draft: Self.draft(), plan: .empty, context: chair)
        }
    }

    @Test("A free item needs a title, from the chair, and no CPR number")
    func freeItem() throws {
        let item = try CommandRules.addFreeItem(title: "  Efterværn ", text: "Drøftelse ", context: Fixture.context(Fixture.chair))
        #expect((item.title, item.text, item.addedBy) == ("Efterværn", "Drøftelse", "formand"))
        #expect(throws: RepositoryError.invalid(Strings.freeItemTitleRequired)) {
            try CommandRules.addFreeItem(title: " ", text: "", context: Fixture.context(Fixture.chair))
        }
        #expect(throws: RepositoryError.invalid(Strings.cprInText(Strings.freeItemTextField))) {
            try CommandRules.addFreeItem(title: "Sag", text: "Borger 010203-1234", context: Fixture.context(Fixture.chair))
        }
        #expect(throws: RepositoryError.denied(Strings.onlyChair)) {
            try CommandRules.addFreeItem(title: "Sag", text: "", context: Fixture.context(Fixture.chiefBEV))
        }
    }

    // MARK: undo in a meeting

    static func decided(by user: User, in meeting: String? = "M-2026-22") -> GrantRequest {
        var request = CommandRulesTests.decided(by: user)
        request.decision?.meeting = meeting
        return request
    }

    @Test("In the meeting a person undoes their own last decision there")
    func undoOwnLast() throws {
        let restored = try CommandRules.undo(Self.decided(by: Fixture.chiefBEV), expectedVersion: 2, previous: nil,
                                             lastOwnInMeeting: "IND-1", context: Fixture.context(Fixture.chiefBEV))
        #expect(restored.status == .onAgenda)
        #expect(restored.decision == nil)
    }

    @Test("Refusals of undo in and after a meeting", arguments: [
        // Even the chair undoes only their own decision in the meeting.
        (decided(by: Fixture.chiefBEV), Fixture.chair, RequestID?.some("IND-1"), Meeting?.none,
         RepositoryError.denied(Strings.undoOnlyOwn("Bo Beskæftigelse"))),
        (decided(by: Fixture.chiefBEV), Fixture.chiefBEV, RequestID?.some("IND-5"), nil,
         RepositoryError.invalid(Strings.undoNotLast("IND-5"))),
        // A decision of another meeting (or none) is not this meeting's to undo.
        (decided(by: Fixture.chiefBEV, in: nil), Fixture.chiefBEV, RequestID?.some("IND-1"), nil,
         RepositoryError.invalid(Strings.undoNotLast("IND-1"))),
        (decided(by: Fixture.chiefBEV, in: "M-2026-11-11"), Fixture.chiefBEV, nil,
         Meeting(id: "M-2026-11-11", date: day(2026, 11, 11), participants: [], status: .closed, openedBy: "formand",
                 openedAt: Timestamp(secondsSinceEpoch: 0), items: []),
         RepositoryError.invalid(Strings.undoAfterMeeting("M-2026-11-11"))),
    ])
    func undoRefused(request: GrantRequest, user: User, last: RequestID?, recordMeeting: Meeting?, expected: RepositoryError) {
        #expect(throws: expected) {
            try CommandRules.undo(request, expectedVersion: 2, previous: nil, recordMeeting: recordMeeting, lastOwnInMeeting: last,
                                  context: Fixture.context(user))
        }
    }

    // MARK: reopen

    @Test("Reopening puts the request back on the agenda and ends its commitments from the day before today")
    func reopen() throws {
        // Approved 37.500 kr a month from 1.11.2026 to 30.4.2027; reopened on 25.11.2026.
        let request = Self.decided(by: Fixture.chiefBEV, in: "M-2026-11-11")
        let (reopened, schedule) = try CommandRules.reopen(
            request, expectedVersion: 2, reason: "Ny lægeerklæring", recordMeeting: nil,
            current: CommandRules.commitments(of: request), context: Fixture.context(Fixture.chair, meeting: nil))
        #expect(reopened.status == .onAgenda)
        #expect(reopened.decision == nil)
        #expect(reopened.version == 3)
        // 1.–24. November: 37.500 × 24/30.
        #expect(schedule.lines == [CommitmentLine(month: month(2026, 11), sector: "BEV", amount: kr(30_000))])
    }

    @Test("Reopening a grant before it starts ends all of it; a rejection has nothing to end")
    func reopenBeforeStart() throws {
        var request = Self.decided(by: Fixture.chiefBEV)
        request.amount = .monthly(rate: kr(10_000), start: day(2027, 1, 1), end: day(2027, 6, 30))
        let context = Fixture.context(Fixture.chair, meeting: nil)
        let (_, schedule) = try CommandRules.reopen(request, expectedVersion: 2, reason: "Ny vurdering", recordMeeting: nil,
                                                    current: CommandRules.commitments(of: request), context: context)
        #expect(schedule.lines.isEmpty)
        let rejected = Self.decided(by: Fixture.chiefBEV).with { $0.status = .rejected; $0.decision?.decision.kind = .reject }
        let (back, none) = try CommandRules.reopen(rejected, expectedVersion: 2, reason: "Klage", recordMeeting: nil,
                                                   current: CommitmentSchedule(lines: []), context: context)
        #expect(back.status == .onAgenda)
        #expect(none.lines.isEmpty)
    }

    @Test("Refusals of reopening, first failure first")
    func reopenRefused() {
        let decided = Self.decided(by: Fixture.chiefBEV)
        let open = Meeting(id: "M-2026-22", date: day(2026, 11, 25), participants: [], openedBy: "formand",
                           openedAt: Timestamp(secondsSinceEpoch: 0), items: [])
        func reopen(_ request: GrantRequest, version: Int = 2, reason: String = "Ny viden", meeting: Meeting? = nil,
                    as user: User = Fixture.chair) throws(RepositoryError) {
            _ = try CommandRules.reopen(request, expectedVersion: version, reason: reason, recordMeeting: meeting,
                                        current: CommitmentSchedule(lines: []), context: Fixture.context(user, meeting: nil))
        }
        #expect(throws: RepositoryError.invalid(Strings.reopenNeedsDecision("IND-1"))) { try reopen(Fixture.request("IND-1", kroner: 1)) }
        #expect(throws: RepositoryError.conflict(by: "Bo Beskæftigelse", at: CommandRulesTests.earlier)) { try reopen(decided, version: 1) }
        #expect(throws: RepositoryError.denied(Strings.onlyChair)) { try reopen(decided, as: Fixture.chiefBEV) }
        #expect(throws: RepositoryError.invalid(Strings.reopenWhileOpen("M-2026-22"))) { try reopen(decided, meeting: open) }
        #expect(throws: RepositoryError.invalid(Strings.reopenReasonRequired)) { try reopen(decided, reason: "  ") }
    }

    // MARK: effect

    @Test("The agenda's effect: before the meeting, all approved as proposed, and as decided so far")
    func effect() {
        // BEV: budget 12 mio., nothing spent or committed; month 1 of the year.
        let figures = BudgetFigures(budget: kr(12_000_000), actual: [.zero], commitments: [])
        var decided = Fixture.request("IND-1", kroner: 10_000)
        decided.amount = .monthly(rate: kr(10_000), start: day(2026, 3, 1), end: day(2026, 12, 31))
        decided.proposedSplit = .single("BEV")
        let undecided = decided.with { $0.id = "IND-2"; $0.amount = .oneOff(kr(50_000), on: day(2026, 6, 1)) }
        decided.status = .approved
        decided.decision = DecisionRecord(id: 1, requestID: "IND-1", decision: Decision(kind: .approve, split: .single("BEV")),
                                          previousStatus: .onAgenda, decidedBy: "bevchef", decidedByName: "Bo", meeting: "M-1",
                                          at: Timestamp(secondsSinceEpoch: 0))
        // The stored figures already hold the approval's 100.000 kr (March–December).
        let stored: [SectorCode: BudgetFigures] = ["BEV": figures.adding(commitments: [.zero, .zero] + Array(repeating: kr(10_000), count: 10))]
        let effect = AgendaEffect.of(requests: [decided, undecided], decidedInMeeting: ["IND-1"], figures: stored, year: 2026, month: 1)
        #expect(effect.map(\.sector) == ["BEV"])
        #expect(effect[0].before.forecast == .zero)
        #expect(effect[0].proposed.forecast == kr(150_000))
        #expect(effect[0].decided.forecast == kr(100_000))
        #expect(effect[0].proposed.deviation == kr(150_000) - kr(12_000_000))
    }
}

extension GrantRequest {
    func with(_ change: (inout GrantRequest) -> Void) -> GrantRequest {
        var copy = self
        change(&copy)
        return copy
    }
}
