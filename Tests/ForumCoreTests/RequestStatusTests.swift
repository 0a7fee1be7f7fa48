import Testing
@testable import ForumCore

@Suite("Request statuses and decisions")
struct RequestStatusTests {
    @Test("Allowed transitions", arguments: [
        (RequestStatus.submitted, RequestStatus.onAgenda, true),
        (.submitted, .approved, true),
        (.onAgenda, .approvedTimeLimited, true),
        (.onAgenda, .rejected, true),
        (.onAgenda, .deferred, true),
        (.onAgenda, .referred, true),
        (.deferred, .onAgenda, true),
        (.deferred, .approved, true),
        (.deferred, .deferred, true),
        (.approved, .rejected, false),
        (.rejected, .approved, false),
        (.withdrawn, .onAgenda, false),
        (.referred, .approved, false),
        (.submitted, .submitted, false),
    ])
    func transitions(from: RequestStatus, to: RequestStatus, allowed: Bool) throws {
        if allowed {
            #expect(try from.moving(to: to) == to)
        } else {
            #expect(throws: RequestTransitionError(from: from, to: to)) { try from.moving(to: to) }
        }
    }

    @Test("An illegal transition names both statuses")
    func message() {
        let error = RequestTransitionError(from: .approved, to: .rejected)
        #expect(error.phrase.danish == "en indstilling kan ikke gå fra «godkendt» til «afvist»")
        #expect(error.phrase.english == "a request cannot move from «approved» to «rejected»")
    }

    @Test("Decisions must be complete")
    func validation() throws {
        let amount = try GrantAmount.monthly(kr(10_000), from: day(2026, 5, 1), through: day(2026, 12, 31))
        #expect(throws: GrantError.reasonRequired) { try Decision(kind: .reject, split: .single("BEV"), note: "  ").validate(for: amount, decidedOn: day(2026, 4, 1)) }
        #expect(throws: GrantError.missingInformationRequired) { try Decision(kind: .defer, split: .single("BEV")).validate(for: amount, decidedOn: day(2026, 4, 1)) }
        #expect(throws: GrantError.validUntilRequired) { try Decision(kind: .approveTimeLimited, split: .single("BEV")).validate(for: amount, decidedOn: day(2026, 4, 1)) }
        #expect(throws: GrantError.validUntilBeforeStart(until: day(2026, 4, 30), start: day(2026, 5, 1))) {
            try Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2026, 4, 30)).validate(for: amount, decidedOn: day(2026, 4, 1))
        }
        try Decision(kind: .approve, split: .single("BEV")).validate(for: amount, decidedOn: day(2026, 4, 1))
        try Decision(kind: .reject, split: .single("BEV"), note: "Billigere alternativ findes").validate(for: amount, decidedOn: day(2026, 4, 1))
    }

    @Test("Dates of a decision lie where DOMAIN §4 puts them")
    func decisionDates() throws {
        let amount = try GrantAmount.monthly(kr(10_000), from: day(2026, 5, 1), through: day(2026, 12, 31))
        let decided = day(2026, 4, 1)
        func check(_ decision: Decision, _ grant: GrantAmount? = nil) throws(GrantError) {
            try decision.validate(for: grant ?? amount, decidedOn: decided)
        }
        #expect(throws: GrantError.validUntilAfterEnd(until: day(2027, 1, 1), end: day(2026, 12, 31))) {
            try check(Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2027, 1, 1)))
        }
        #expect(throws: GrantError.oneOffCannotBeTimeLimited) {
            try check(Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2026, 5, 1)),
                      .oneOff(kr(30_000), on: day(2026, 5, 1)))
        }
        #expect(throws: GrantError.followUpAfterValidUntil(followUp: day(2026, 10, 1), until: day(2026, 9, 30))) {
            try check(Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2026, 9, 30), followUp: day(2026, 10, 1)))
        }
        #expect(throws: GrantError.followUpNotAfterDecision(followUp: decided, decided: decided)) {
            try check(Decision(kind: .approve, split: .single("BEV"), followUp: decided))
        }
        try check(Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2026, 12, 31), followUp: day(2026, 8, 1)))
        try check(Decision(kind: .approve, split: .single("BEV"), followUp: day(2026, 4, 2)))
        // The default follow-up is four months on, but never after the time limit.
        #expect(Decision.defaultFollowUp(decidedOn: decided, validUntil: day(2026, 12, 31)) == day(2026, 8, 1))
        #expect(Decision.defaultFollowUp(decidedOn: decided, validUntil: day(2026, 6, 30)) == day(2026, 6, 30))
    }
}
