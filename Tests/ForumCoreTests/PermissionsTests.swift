import Testing
@testable import ForumCore

@Suite("Roles and permissions")
struct PermissionsTests {
    static let forumRequest = Fixture.request("IND-1", kroner: 37_500)
    static let forumRouting = Routing(authority: .forum, reason: .splitPayment)
    static let leaderRouting = Routing(authority: .leader, reason: .withinCeiling([]))

    static func decide(_ user: User, _ request: GrantRequest = forumRequest, _ kind: DecisionKind = .approve,
                       _ routing: Routing = forumRouting, in meeting: Meeting? = Fixture.meeting) -> Permission {
        Permissions.check(user, .decide(request, kind, routing, payers: request.proposedSplit.sectors, meeting: meeting))
    }

    @Test("Who may decide a forum request in the open meeting: the chair and the chiefs taking part", arguments: [
        (Fixture.chair, true),
        (Fixture.chiefBEV, true),
        (Fixture.chiefVOK, false),
        (Fixture.leaderBUF, false),
        (Fixture.economist, false),
        (Fixture.admin, false),
        (Fixture.reader, false),
    ])
    func forumDecision(user: User, allowed: Bool) {
        let permission = Self.decide(user)
        #expect(permission.isAllowed == allowed)
        if !allowed { #expect(permission.reason != nil) }
    }

    @Test("Outside an open meeting nobody decides a forum request, and the refusal says to open one")
    func forumOutsideMeeting() {
        var closed = Fixture.meeting
        closed.status = .closed
        for user in [Fixture.chair, Fixture.chiefBEV] {
            #expect(Self.decide(user, in: nil) == .denied(Strings.forumDecidesInMeeting))
            #expect(Self.decide(user, in: closed) == .denied(Strings.forumDecidesInMeeting))
        }
        #expect(Self.decide(Fixture.chiefVOK) == .denied(Strings.notInMeeting("M-2026-22")))
        #expect(Strings.forumDecidesInMeeting.danish.contains("chefforum meeting open"))
        #expect(Strings.forumDecidesInMeeting.english.contains("chefforum meeting open"))
    }

    @Test("A leader decides requests of their own sector under their ceiling")
    func leader() {
        let own = Fixture.request("IND-2", kroner: 2_000, sector: "BUF")
        #expect(Self.decide(Fixture.leaderBUF, own, .approve, Self.leaderRouting, in: nil).isAllowed)
        let other = Fixture.request("IND-3", kroner: 2_000, split: .single("VOK"), sector: "BEV")
        #expect(Self.decide(Fixture.leaderBUF, other, .approve, Self.leaderRouting, in: nil)
                == .denied(Strings.onlyLeaderOfSectorDecides("BEV")))
        // Outside the meeting a chief decides below the ceiling only what their sector alone pays.
        #expect(Self.decide(Fixture.chiefVOK, other, .approve, Self.leaderRouting, in: nil).isAllowed)
        #expect(Self.decide(Fixture.chiefBEV, other, .approve, Self.leaderRouting, in: nil)
                == .denied(Strings.onlyLeaderOfSectorDecides("BEV")))
        #expect(!Self.decide(Fixture.chair, other, .approve, Self.leaderRouting, in: nil).isAllowed)
        // The forum in its meeting may decide what is routed below it.
        #expect(Self.decide(Fixture.chiefBEV, other, .approve, Self.leaderRouting).isAllowed)
    }

    @Test("Above the forum's ceiling only the committee grants; the forum may refer, in its meeting")
    func politicalCommittee() {
        let routing = Routing(authority: .politicalCommittee, reason: .noCeiling)
        #expect(Self.decide(Fixture.chair, Self.forumRequest, .approve, routing) == .denied(Strings.politicalCommitteeMustApprove))
        #expect(Self.decide(Fixture.chair, Self.forumRequest, .refer, routing).isAllowed)
        #expect(Self.decide(Fixture.chair, Self.forumRequest, .refer, routing, in: nil) == .denied(Strings.forumDecidesInMeeting))
    }

    @Test("Outside the meeting a chief decides alone only what their sector pays alone")
    func payingChief() throws {
        let routing = Routing(authority: .chief, reason: .noCeiling)
        #expect(Self.decide(Fixture.chiefBEV, Self.forumRequest, .approve, routing, in: nil).isAllowed)
        #expect(Self.decide(Fixture.chiefVOK, Self.forumRequest, .approve, routing, in: nil)
                == .denied(Strings.onlyPayingChiefDecides("BEV")))
        #expect(!Self.decide(Fixture.chair, Self.forumRequest, .approve, routing, in: nil).isAllowed)
        let shared = Fixture.request("IND-6", kroner: 37_500, split: try PaymentSplit(parsing: "BEV=1,VOK=1"))
        #expect(Self.decide(Fixture.chiefBEV, shared, .approve, routing, in: nil) == .denied(Strings.onlyPayingChiefDecides("BEV, VOK")))
    }

    @Test("A decided request cannot be decided again, and the reason says its status")
    func decided() {
        let approved = Fixture.request("IND-4", kroner: 1, status: .approved)
        #expect(Self.decide(Fixture.chair, approved, .reject) == .denied(Strings.alreadyDecidedStatus(.approved)))
    }

    @Test("Economy, notes, imports, meetings and administration", arguments: [
        (Fixture.economist, Action.setForecast("BEV"), true),
        (Fixture.chiefBEV, .setForecast("BEV"), false),
        (Fixture.chiefBEV, .writeDeviationNote("BEV"), true),
        (Fixture.chiefBEV, .writeDeviationNote("VOK"), false),
        (Fixture.economist, .writeDeviationNote("VOK"), true),
        (Fixture.economist, .importData, true),
        (Fixture.leaderBUF, .importData, false),
        (Fixture.chair, .chairMeeting, true),
        (Fixture.chiefBEV, .chairMeeting, false),
        (Fixture.admin, .administer, true),
        (Fixture.chair, .administer, false),
        (Fixture.reader, .setForecast("BEV"), false),
    ])
    func otherActions(user: User, action: Action, allowed: Bool) {
        #expect(Permissions.check(user, action).isAllowed == allowed)
    }

    @Test("A leader manages the offers they run, the sector's chief too, the chair only in an open meeting")
    func offers() {
        let own = Offer(id: "O1", name: "Familiehuset", sector: "FAM", capacity: 5,
                        tariff: Tariff(base: kr(20_000)), leaderLogin: "bufleder")
        let other = Offer(id: "O2", name: "Skovly", sector: "VOK", capacity: 5, tariff: Tariff(base: kr(45_000)))
        #expect(Permissions.check(Fixture.leaderBUF, .manageOffer(own, meeting: nil)).isAllowed)
        #expect(Permissions.check(Fixture.leaderBUF, .manageOffer(other, meeting: Fixture.meeting))
                == .denied(Strings.onlyLeaderOfOffer("Skovly")))
        #expect(Permissions.check(Fixture.chiefVOK, .manageOffer(other, meeting: nil)).isAllowed)
        #expect(Permissions.check(Fixture.chair, .manageOffer(other, meeting: nil))
                == .denied(Strings.chairManagesOffersInMeeting("Skovly")))
        #expect(Permissions.check(Fixture.chair, .manageOffer(other, meeting: Fixture.meeting)).isAllowed)
    }

    @Test("A reader is told how to get access")
    func readerMessage() {
        #expect(Permissions.check(Fixture.reader, .importData).reason?.danish.contains("chefforum users add") == true)
    }
}
