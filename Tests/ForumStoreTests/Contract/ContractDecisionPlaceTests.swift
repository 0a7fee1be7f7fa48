import ForumCore
import Testing

/// Who may decide where (DOMAIN §10), on every backend: the forum's requests only in an open
/// meeting, by the chair or a chief taking part; the chair manages offers only in one; a split
/// that loses a race to an approval is refused, never turned into a change of split.
@Suite("Repository contract: who decides where")
struct ContractDecisionPlaceTests {
    typealias M = ContractMunicipality
    static let approve = Decision(kind: .approve, split: .single("BEV"))

    @Test("Outside an open meeting nobody decides a forum request; in it the chair and the chiefs taking part do",
          arguments: Backend.allCases)
    func forumInMeeting(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        for user in [M.chair, M.chiefBEV] {
            try await subject.expectRefusal(.denied(Strings.forumDecidesInMeeting)) {
                _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Self.approve,
                                        context: ContractSubject.context(user, meeting: nil))
            }
        }
        try await subject.openMeeting(participants: ["bevchef"])
        try await subject.expectRefusal(.denied(Strings.notInMeeting(ContractSubject.meetingID.rawValue))) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Self.approve, context: ContractSubject.context(M.chiefVOK))
        }
        // The decision carries the open meeting's id, whatever the caller's context says.
        let decided = try await subject.repository.decide("IND-1", expectedVersion: 1, decision: Self.approve,
                                                          context: ContractSubject.context(M.chiefBEV, meeting: nil))
        #expect(decided.decision?.meeting == ContractSubject.meetingID.rawValue)
        try await subject.expectAudit(["request.approve", "meeting.open"])
    }

    @Test("A split that loses a race to an approval is refused as a conflict and changes nothing", arguments: Backend.allCases)
    func splitLosesToApproval(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let halves = try PaymentSplit(parsing: "BEV=1,VOK=1")
        // Both read IND-1 pending at version 1; the chief of BEV approves first.
        let first = ContractSubject.context(M.chiefBEV)
        let approved = try await subject.repository.decide("IND-1", expectedVersion: 1, decision: Self.approve, context: first)
        let schedule = try await subject.repository.commitments(of: "IND-1")
        let chair = ContractSubject.context(M.chair, at: 1_795_000_100)
        try await subject.expectRefusal(.alreadyDecided(by: "Bo Beskæftigelse", at: first.at)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: halves), context: chair)
        }
        try await subject.expectRefusal(.conflict(by: "Bo Beskæftigelse", at: first.at)) {
            _ = try await $0.changeSplit("IND-1", expectedVersion: 1, split: halves, from: M.month(2026, 12), context: chair)
        }
        #expect(try await subject.repository.request("IND-1") == approved)
        #expect(try await subject.repository.commitments(of: "IND-1") == schedule)
    }

    @Test("The chair places, ends and reorders only in an open meeting; the offer's leader at any time", arguments: Backend.allCases)
    func chairManagesOffersInMeeting(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.expectRefusal(.denied(Strings.chairManagesOffersInMeeting("Skovly"))) {
            _ = try await $0.setQuota("BO-1", quota: 2, expectedVersion: 1, context: ContractSubject.context(M.chair, meeting: nil))
        }
        try await subject.expectRefusal(.denied(Strings.chairManagesOffersInMeeting("Skovly"))) {
            _ = try await $0.setWaitingPriority("BO-1", entry: 1, priority: 1, expectedVersion: 1,
                                                context: ContractSubject.context(M.chair, meeting: nil))
        }
        let byLeader = try await subject.repository.setQuota("BO-1", quota: 2, expectedVersion: 1,
                                                             context: ContractSubject.context(M.leaderVOK, meeting: nil))
        try await subject.openMeeting()
        let byChair = try await subject.repository.setQuota("BO-1", quota: 1, expectedVersion: byLeader.version,
                                                            context: ContractSubject.context(M.chair))
        #expect(byChair.crossSectorQuota == 1)
        try await subject.expectAudit(["offer.quota", "meeting.open", "offer.quota"])
    }
}
