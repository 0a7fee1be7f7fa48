import ForumCore
import Testing

/// The dates of a decision lie where DOMAIN §4 puts them, in every backend: a time limit within
/// the grant, a follow-up after the decision, a change of split from a month of the grant.
@Suite("Repository contract: the dates of a decision")
struct ContractDecisionDateTests {
    typealias M = ContractMunicipality

    @Test("Each date out of place is refused by its own error, changing nothing", arguments: Backend.allCases)
    func refused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let chair = ContractSubject.context(M.chair)
        // IND-1 runs 01.11.2026–30.04.2027; the context's today is 25.11.2026.
        try await subject.expectRefusal(.invalid(GrantError.validUntilAfterEnd(until: M.day(2027, 5, 31), end: M.day(2027, 4, 30)).phrase)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1,
                                    decision: Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: M.day(2027, 5, 31)),
                                    context: chair)
        }
        try await subject.expectRefusal(.invalid(GrantError.followUpNotAfterDecision(followUp: M.day(2026, 11, 1),
                                                                                     decided: chair.today).phrase)) {
            _ = try await $0.decide("IND-1", expectedVersion: 1,
                                    decision: Decision(kind: .approve, split: .single("BEV"), followUp: M.day(2026, 11, 1)),
                                    context: chair)
        }
        try await subject.expectRefusal(.invalid(Strings.splitFromOutsideGrant(M.month(2027, 5), first: M.month(2026, 11),
                                                                               last: M.month(2027, 4)))) {
            _ = try await $0.changeSplit("IND-3", expectedVersion: 1, split: .single("BEV"), from: M.month(2027, 5), context: chair)
        }
        let decided = try await subject.expectChange {
            try await $0.decide("IND-1", expectedVersion: 1,
                                decision: Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: M.day(2027, 1, 31)),
                                context: chair)
        }
        #expect(decided.decision?.decision.followUp == M.day(2027, 1, 31), "four months on is after the limit: the limit")
    }
}
