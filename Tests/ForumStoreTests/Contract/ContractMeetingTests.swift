import ForumCore
import Testing

/// Meetings on every backend: open on the draft agenda, decide in it, undo, postpone, close with
/// minutes, reopen after; the draft's free items, order and postponing; each refusal.
@Suite("Repository contract: meetings")
struct ContractMeetingTests {
    typealias M = ContractMunicipality
    static let date = M.day(2026, 11, 25)
    static let meetingID = MeetingID(date: date)

    static func context(_ user: User, at second: Int64 = 1_795_000_000, inMeeting: Bool = true) -> CommandContext {
        ContractSubject.context(user, at: second, meeting: inMeeting ? meetingID.rawValue : nil)
    }

    /// Opens the meeting of 25.11.2026 on the draft as it stands, with two chiefs.
    static func open(_ repository: any ForumRepository) async throws -> Meeting {
        let draft = try await repository.draftAgenda(date: date)
        return try await repository.openMeeting(date: date, participants: ["bevchef", "vokchef"], agenda: draft,
                                                context: context(M.chair, inMeeting: false))
    }

    @Test("Opening takes the draft agenda; one meeting open at a time; refusals change nothing", arguments: Backend.allCases)
    func openMeeting(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let free = try await repository.addFreeItem(title: "Efterværn", text: "Principper", context: Self.context(M.chair))
        let draft = try await repository.draftAgenda(date: Self.date)
        #expect(draft.entries.filter { $0.section == .requests }.map(\.key) == [.request("IND-1"), .request("IND-2")])
        #expect(draft.entries.last?.key == .free(free.id))
        try await subject.expectRefusal(.denied(Strings.onlyChair)) {
            _ = try await $0.openMeeting(date: Self.date, participants: ["bevchef"], agenda: draft,
                                         context: Self.context(M.chiefBEV))
        }
        try await subject.expectRefusal(.userNotFound("nn")) {
            _ = try await $0.openMeeting(date: Self.date, participants: ["nn"], agenda: draft, context: Self.context(M.chair))
        }
        let meeting = try await subject.expectChange { try await Self.open($0) }
        #expect(meeting.id == "M-2026-11-25")
        #expect(meeting.items.map(\.key) == draft.entries.map(\.key))
        #expect(try await repository.meetings() == [meeting])
        #expect(try await repository.meeting(meeting.id) == meeting)
        #expect(try await repository.currentMeeting() == meeting)
        // The meeting took the free item: the next draft does not list it.
        #expect(try await repository.freeItems().isEmpty)
        try await subject.expectRefusal(.meetingOpen(meeting.id)) {
            _ = try await $0.openMeeting(date: M.day(2026, 12, 9), participants: ["bevchef"], agenda: draft,
                                         context: Self.context(M.chair))
        }
        try await subject.expectRefusal(.meetingNotFound("M-2026-01-01")) { _ = try await $0.meeting("M-2026-01-01") }
        try await subject.expectAudit(["meeting.open", "agenda.add_item"])
    }

    @Test("A meeting: decide two (one split), postpone one, close; minutes; read-only; the rest carried", arguments: Backend.allCases)
    func meetingRound(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let free = try await repository.addFreeItem(title: "Efterværn", text: "Principper", context: Self.context(M.chair))
        let meeting = try await Self.open(repository)
        _ = try await repository.decide("IND-1", expectedVersion: 1,
                                        decision: Decision(kind: .approve, split: .single("BEV"), note: "Evalueres i marts",
                                                           followUp: M.day(2027, 3, 1)),
                                        context: Self.context(M.chiefBEV))
        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: M.assensSplit),
                                        context: Self.context(M.chair))
        _ = try await repository.postpone(.free(free.id), draft: AgendaDraft(date: Self.date, entries: [], putOff: []),
                                          context: Self.context(M.chair))
        let closed = try await subject.expectChange { try await $0.closeMeeting(meeting.id, context: Self.context(M.chair, at: 1_795_007_200)) }
        #expect(closed.status == .closed)
        #expect(closed.closedAt == Timestamp(secondsSinceEpoch: 1_795_007_200))
        #expect(closed.item(.request("IND-1"))?.state == .done)
        #expect(closed.item(.free(free.id))?.state == .postponed)
        #expect(try await repository.meeting(meeting.id) == closed)

        let minutes = try await repository.minutes(meeting.id)
        #expect(minutes.municipality == "Kontraktby Kommune")
        #expect(minutes.chair == "Hanne Formand")
        #expect(minutes.participants == ["Bo Beskæftigelse", "Vera Voksen"])
        #expect(minutes.decisions.map(\.request) == ["IND-1", "IND-2"])
        #expect(minutes.decisions[0].note == "Evalueres i marts")
        #expect(minutes.decisions[0].followUp == M.day(2027, 3, 1))
        #expect(minutes.decisions[1].split.map(\.amount) == [Money(kroner: 135_000), Money(kroner: 45_000), Money(kroner: 45_000)])
        #expect(minutes.postponed.map(\.key).contains(.free(free.id)))

        // Read-only, and what was left comes back on the next draft as postponed.
        try await subject.expectRefusal(.meetingClosed(meeting.id)) {
            _ = try await $0.markItem(meeting.id, key: .request("IND-1"), state: .pending, context: Self.context(M.chair))
        }
        try await subject.expectRefusal(.meetingClosed(meeting.id)) {
            _ = try await $0.closeMeeting(meeting.id, context: Self.context(M.chair))
        }
        try await subject.expectRefusal(.invalid(Strings.undoAfterMeeting(meeting.id.rawValue))) {
            _ = try await $0.undoDecision("IND-1", expectedVersion: 2, context: Self.context(M.chiefBEV, inMeeting: false))
        }
        #expect(try await repository.freeItems().map(\.id) == [free.id])
        let next = try await repository.draftAgenda(date: M.day(2026, 12, 9))
        #expect(next.entries.first { $0.key == .free(free.id) }?.postponed == true)
        #expect(!next.entries.contains { $0.key == .request("IND-1") })
        try await subject.expectAudit(["meeting.close", "agenda.postpone", "request.approve", "request.approve", "meeting.open",
                                       "agenda.add_item"])
    }

    @Test("In the meeting a person undoes only their own last decision", arguments: Backend.allCases)
    func undoInMeeting(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        _ = try await Self.open(repository)
        let chief = Self.context(M.chiefBEV)
        let first = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                context: chief)
        let second = try await repository.decide("IND-2", expectedVersion: 1,
                                                 decision: Decision(kind: .defer, split: M.assensSplit, note: "Mangler pris"),
                                                 context: chief)
        try await subject.expectRefusal(.invalid(Strings.undoNotLast("IND-2"))) {
            _ = try await $0.undoDecision("IND-1", expectedVersion: first.version, context: chief)
        }
        try await subject.expectRefusal(.denied(Strings.undoOnlyOwn("Bo Beskæftigelse"))) {
            _ = try await $0.undoDecision("IND-2", expectedVersion: second.version, context: Self.context(M.chair))
        }
        let undone = try await repository.undoDecision("IND-2", expectedVersion: second.version, context: chief)
        #expect(undone.status == .onAgenda)
        // With that undone, the approval is the chief's last decision in the meeting.
        let back = try await repository.undoDecision("IND-1", expectedVersion: first.version, context: chief)
        #expect(back.status == .onAgenda)
    }

    @Test("After the meeting the chair reopens with a reason: history kept, commitments end, decided anew", arguments: Backend.allCases)
    func reopen(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let meeting = try await Self.open(repository)
        let approved = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                   context: Self.context(M.chiefBEV))
        try await subject.expectRefusal(.invalid(Strings.reopenWhileOpen(meeting.id.rawValue))) {
            _ = try await $0.reopen("IND-1", expectedVersion: approved.version, reason: "Ny viden", context: Self.context(M.chair))
        }
        _ = try await repository.closeMeeting(meeting.id, context: Self.context(M.chair))
        try await subject.expectRefusal(.denied(Strings.onlyChair)) {
            _ = try await $0.reopen("IND-1", expectedVersion: approved.version, reason: "Ny viden", context: Self.context(M.chiefBEV))
        }
        try await subject.expectRefusal(.invalid(Strings.reopenReasonRequired)) {
            _ = try await $0.reopen("IND-1", expectedVersion: approved.version, reason: " ", context: Self.context(M.chair))
        }
        let reopened = try await subject.expectChange {
            try await $0.reopen("IND-1", expectedVersion: approved.version, reason: "Ny lægeerklæring",
                                context: Self.context(M.chair, inMeeting: false))
        }
        #expect(reopened.status == .onAgenda)
        #expect(reopened.decision == nil)
        #expect(try await repository.request("IND-1") == reopened)
        // 37.500 kr a month from 1.11.2026, ended after 24.11.2026: 24/30 of November.
        #expect(try await repository.commitments(of: "IND-1").total == Money(kroner: 30_000))
        let history = try await repository.history(of: "IND-1")
        #expect(history.map(\.kind) == [.submitted, .decided, .reopened])
        #expect(history.last?.note == "Ny lægeerklæring")
        // The reopened decision is history: undo has nothing to go back to; a new decision, in the
        // next meeting, stands.
        try await subject.expectRefusal(.nothingToUndo("IND-1")) {
            _ = try await $0.undoDecision("IND-1", expectedVersion: reopened.version, context: Self.context(M.chair, inMeeting: false))
        }
        let next = try await repository.openMeeting(date: M.day(2026, 12, 9), participants: ["bevchef"],
                                                    agenda: try await repository.draftAgenda(date: M.day(2026, 12, 9)),
                                                    context: Self.context(M.chair, inMeeting: false))
        let inNext = ContractSubject.context(M.chair, meeting: next.id.rawValue)
        let rejected = try await repository.decide("IND-1", expectedVersion: reopened.version,
                                                   decision: Decision(kind: .reject, split: .single("BEV"), note: "Ikke længere behov"),
                                                   context: inNext)
        #expect(rejected.status == .rejected)
        #expect(rejected.decision?.meeting == next.id.rawValue)
        let undone = try await repository.undoDecision("IND-1", expectedVersion: rejected.version, context: inNext)
        #expect(undone.status == .onAgenda)
        #expect(undone.decision == nil)
    }

    @Test("Between meetings the chair adds free items, reorders and puts items off", arguments: Backend.allCases)
    func draftPlan(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let chair = Self.context(M.chair, inMeeting: false)
        try await subject.expectRefusal(.invalid(Strings.freeItemTitleRequired)) {
            _ = try await $0.addFreeItem(title: "  ", text: "", context: chair)
        }
        let free = try await repository.addFreeItem(title: "Efterværn", text: "", context: chair)
        #expect(try await repository.freeItems() == [free])
        let first = try await repository.draftAgenda(date: Self.date)
        let plan = try await subject.expectChange { try await $0.reorder(.request("IND-2"), to: 1, draft: first, context: chair) }
        #expect(try await repository.agendaPlan() == plan)
        let reordered = try await repository.draftAgenda(date: Self.date)
        #expect(reordered.entries.filter { $0.section == .requests }.map(\.key) == [.request("IND-2"), .request("IND-1")])
        _ = try await repository.postpone(.request("IND-2"), draft: reordered, context: chair)
        let draft = try await repository.draftAgenda(date: Self.date)
        #expect(draft.putOff.map(\.key) == [.request("IND-2")])
        #expect(!draft.entries.contains { $0.key == .request("IND-2") })
        try await subject.expectRefusal(.invalid(Strings.notOnAgenda("request:IND-3"))) {
            _ = try await $0.postpone(.request("IND-3"), draft: draft, context: chair)
        }
        // The meeting opened now leaves it out; the draft after it lists it as postponed.
        let meeting = try await Self.open(repository)
        #expect(meeting.item(.request("IND-2")) == nil)
        _ = try await repository.closeMeeting(meeting.id, context: chair)
        let next = try await repository.draftAgenda(date: M.day(2026, 12, 9))
        #expect(next.entries.first { $0.key == .request("IND-2") }?.postponed == true)
        try await subject.expectAudit(["meeting.close", "meeting.open", "agenda.postpone", "agenda.reorder", "agenda.add_item"])
    }
}
