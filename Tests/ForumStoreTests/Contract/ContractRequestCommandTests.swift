import ForumCore
import Testing

/// Decide, undo and change a split: effects, version bumps, history, audit, and each refusal.
@Suite("Repository contract: commands on requests")
struct ContractRequestCommandTests {
    typealias M = ContractMunicipality
    static let approve = Decision(kind: .approve, split: .single("BEV"))

    @Test("Approving stores the decision, its exact commitments, history and one audit event", arguments: Backend.allCases)
    func approve(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let context = ContractSubject.context(M.chiefBEV)
        let decided = try await subject.expectChange {
            try await $0.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: M.assensSplit),
                                context: context)
        }
        #expect(decided.status == .approved)
        #expect(decided.version == 2)
        #expect(decided.changedBy == "Bo Beskæftigelse")
        #expect(decided.changedAt == context.at)
        #expect(decided.decision?.decidedBy == "bevchef")
        #expect(decided.decision?.meeting == ContractSubject.meetingID.rawValue)
        #expect(decided.decision?.previousStatus == .onAgenda)
        let repository = subject.repository
        #expect(try await repository.request("IND-2") == decided)
        let schedule = try await repository.commitments(of: "IND-2")
        #expect(schedule.total == Money(kroner: 37_500 * 6))
        #expect(schedule.total(for: "BEV") == Money(kroner: 135_000))
        #expect(schedule.total(for: "FAM") == Money(kroner: 45_000))
        #expect(try await repository.history(of: "IND-2").last
                == RequestEvent(kind: .decided, at: context.at, actor: "Bo Beskæftigelse", decision: .approve, split: M.assensSplit))
        #expect(try await repository.budget(year: 2026).sectors["BEV"]?.commitments[10] == Money(kroner: 22_500))
        try await subject.expectAudit(["request.approve", "meeting.open"])
    }

    @Test("A time-limited approval commits to its end and follows up four months after the decision", arguments: Backend.allCases)
    func timeLimited(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let decision = Decision(kind: .approveTimeLimited, split: .single("BEV"), note: "Revurderes",
                                validUntil: M.day(2027, 3, 31))
        let decided = try await subject.repository.decide("IND-1", expectedVersion: 1, decision: decision,
                                                          context: ContractSubject.context(M.chair))
        #expect(decided.status == .approvedTimeLimited)
        #expect(decided.decision?.decision.followUp == M.day(2027, 3, 25))
        #expect(try await subject.repository.request("IND-1") == decided)
        #expect(try await subject.repository.commitments(of: "IND-1").total == Money(kroner: 37_500 * 5))
        try await subject.expectAudit(["request.approve_time_limited", "meeting.open"])
    }

    @Test("Each refusal of a decision by its own error, changing nothing", arguments: Backend.allCases)
    func decideRefused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        try await subject.expectRefusal(.requestNotFound("IND-9")) {
            _ = try await $0.decide("IND-9", expectedVersion: 1, decision: Self.approve, context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.alreadyDecided(by: "Vera Voksen", at: M.decidedAt)) {
            _ = try await $0.decide("IND-3", expectedVersion: 1, decision: Self.approve, context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.decide("IND-1", expectedVersion: 2, decision: Self.approve, context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.denied(Strings.readOnly)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Self.approve, context: ContractSubject.context(M.reader))
        }
        try await subject.expectRefusal(.denied(Strings.onlyForumMembersDecide)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Self.approve,
                                    context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("XYZ")),
                                    context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.invalid(GrantError.reasonRequired.phrase)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .reject, split: .single("BEV")),
                                    context: ContractSubject.context(M.chair))
        }
        #expect(try await subject.repository.request("IND-1") == M.requests[1])
        #expect(try await subject.repository.commitments(of: "IND-1").lines.isEmpty)
    }

    @Test("The second of two decisions on the same version is told who decided first", arguments: Backend.allCases)
    func secondDecision(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let first = ContractSubject.context(M.chiefBEV)
        _ = try await subject.repository.decide("IND-1", expectedVersion: 1, decision: Self.approve, context: first)
        try await subject.expectRefusal(.alreadyDecided(by: "Bo Beskæftigelse", at: first.at)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .reject, split: .single("BEV"), note: "Nej"),
                                    context: ContractSubject.context(M.chair, at: 1_795_000_100))
        }
        // A deferral leaves the request pending: a stale version is then a conflict naming who.
        let deferred = try await subject.repository.decide(
            "IND-2", expectedVersion: 1, decision: Decision(kind: .defer, split: M.assensSplit, note: "Mangler pris"),
            context: ContractSubject.context(M.chair))
        try await subject.expectRefusal(.conflict(by: "Hanne Formand", at: M.now)) {
            _ = try await $0.decide("IND-2", expectedVersion: 1, decision: Self.approve, context: ContractSubject.context(M.chair))
        }
        #expect(deferred.status == .deferred)
        try await subject.expectAudit(["request.defer", "request.approve", "meeting.open"])
    }

    @Test("A deferred request is deferred again with what is still missing", arguments: Backend.allCases)
    func deferAgain(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let chair = ContractSubject.context(M.chair)
        let first = try await subject.repository.decide(
            "IND-1", expectedVersion: 1, decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler pris"), context: chair)
        let again = try await subject.repository.decide(
            "IND-1", expectedVersion: first.version, decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler lægeerklæring"),
            context: chair)
        #expect(again.status == .deferred)
        #expect(again.decision?.decision.note == "Mangler lægeerklæring")
        #expect(again.decision?.previousStatus == .deferred)
        #expect(try await subject.repository.history(of: "IND-1").map(\.note) == ["", "Mangler pris", "Mangler lægeerklæring"])
    }

    @Test("Undo brings back the deferral before an approval and removes the commitments", arguments: Backend.allCases)
    func undo(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let repository = subject.repository
        let chair = ContractSubject.context(M.chair)
        let deferred = try await repository.decide("IND-1", expectedVersion: 1,
                                                   decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler pris"),
                                                   context: chair)
        let approved = try await repository.decide("IND-1", expectedVersion: deferred.version, decision: Self.approve, context: chair)
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty == false)
        let restored = try await subject.expectChange {
            try await $0.undoDecision("IND-1", expectedVersion: approved.version, context: chair)
        }
        #expect(restored.status == .deferred)
        #expect(restored.version == 4)
        #expect(restored.decision?.decision.note == "Mangler pris")
        #expect(try await repository.request("IND-1") == restored)
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty)
        #expect(try await repository.history(of: "IND-1").map(\.kind) == [.submitted, .decided, .decided, .undone])
        try await subject.expectAudit(["request.undo", "request.approve", "request.defer", "meeting.open"])
        let first = try await repository.undoDecision("IND-1", expectedVersion: restored.version, context: chair)
        #expect(first.status == .onAgenda)
        #expect(first.decision == nil)
    }

    @Test("Each refusal of an undo by its own error", arguments: Backend.allCases)
    func undoRefused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.expectRefusal(.requestNotFound("IND-9")) {
            _ = try await $0.undoDecision("IND-9", expectedVersion: 1, context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.nothingToUndo("IND-1")) {
            _ = try await $0.undoDecision("IND-1", expectedVersion: 1, context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.undoDecision("IND-3", expectedVersion: 2, context: ContractSubject.context(M.chiefVOK))
        }
        try await subject.expectRefusal(.denied(Strings.onlyDeciderUndoes("Vera Voksen"))) {
            _ = try await $0.undoDecision("IND-3", expectedVersion: 1, context: ContractSubject.context(M.chiefBEV, meeting: nil))
        }
        // In a meeting even the chair undoes only their own decision.
        try await subject.expectRefusal(.denied(Strings.undoOnlyOwn("Vera Voksen"))) {
            _ = try await $0.undoDecision("IND-3", expectedVersion: 1, context: ContractSubject.context(M.chair))
        }
        #expect(try await subject.repository.request("IND-3") == M.requests[0])
    }

    @Test("Changing the split keeps earlier months on the old split, twice over", arguments: Backend.allCases)
    func changeSplit(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let chair = ContractSubject.context(M.chair)
        let halves = try PaymentSplit(parsing: "VOK=1,BEV=1")
        let changed = try await subject.expectChange {
            try await $0.changeSplit("IND-3", expectedVersion: 1, split: halves, from: M.month(2027, 1), context: chair)
        }
        #expect(changed.currentSplit == halves)
        #expect(changed.version == 2)
        #expect(try await repository.request("IND-3") == changed)
        let schedule = try await repository.commitments(of: "IND-3")
        #expect(schedule.total(for: "VOK") == Money(kroner: 75_000 + 18_750 * 4))
        #expect(schedule.total(for: "BEV") == Money(kroner: 18_750 * 4))
        #expect(try await repository.history(of: "IND-3").last
                == RequestEvent(kind: .splitChanged, at: chair.at, actor: "Hanne Formand", split: halves, note: "2027-01"))
        _ = try await repository.changeSplit("IND-3", expectedVersion: 2, split: .single("VOK"), from: M.month(2027, 3),
                                             context: chair)
        let twice = try await repository.commitments(of: "IND-3")
        #expect(twice.total(for: "BEV") == Money(kroner: 18_750 * 2))
        #expect(twice.total == Money(kroner: 37_500 * 6))
        try await subject.expectAudit(["request.split", "request.split"])
    }

    @Test("Each refusal of a split change by its own error", arguments: Backend.allCases)
    func changeSplitRefused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let january = M.month(2027, 1)
        try await subject.expectRefusal(.requestNotFound("IND-9")) {
            _ = try await $0.changeSplit("IND-9", expectedVersion: 1, split: .single("BEV"), from: january,
                                         context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.changeSplit("IND-3", expectedVersion: 5, split: .single("BEV"), from: january,
                                         context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.denied(Strings.onlyChiefOfPayerOrChairChangesSplit)) {
            _ = try await $0.changeSplit("IND-3", expectedVersion: 1, split: .single("BEV"), from: january,
                                         context: ContractSubject.context(M.chiefBEV))
        }
        try await subject.expectRefusal(.invalid(Strings.splitChangeNeedsApproval("IND-1"))) {
            _ = try await $0.changeSplit("IND-1", expectedVersion: 1, split: .single("VOK"), from: january,
                                         context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            _ = try await $0.changeSplit("IND-3", expectedVersion: 1, split: .single("XYZ"), from: january,
                                         context: ContractSubject.context(M.chair))
        }
    }
}
