import Testing
@testable import ForumCore

@Suite("Roles and permissions")
struct PermissionsTests {
    static let forumRequest = Fixture.request("IND-1", kroner: 37_500)
    static let forumRouting = Routing(authority: .forum, reason: .splitPayment)
    static let leaderRouting = Routing(authority: .leader, reason: .withinCeiling([]))

    @Test("Who may decide a forum request", arguments: [
        (Fixture.chair, true),
        (Fixture.chiefBEV, true),
        (Fixture.chiefVOK, true),
        (Fixture.leaderBUF, false),
        (Fixture.economist, false),
        (Fixture.admin, false),
        (Fixture.reader, false),
    ])
    func forumDecision(user: User, allowed: Bool) {
        let permission = Permissions.check(user, .decide(Self.forumRequest, .approve, Self.forumRouting))
        #expect(permission.isAllowed == allowed)
        if !allowed { #expect(permission.reason != nil) }
    }

    @Test("A leader decides requests of their own sector under their ceiling")
    func leader() {
        let own = Fixture.request("IND-2", kroner: 2_000, sector: "BUF")
        #expect(Permissions.check(Fixture.leaderBUF, .decide(own, .approve, Self.leaderRouting)).isAllowed)
        let other = Fixture.request("IND-3", kroner: 2_000, sector: "BEV")
        #expect(Permissions.check(Fixture.leaderBUF, .decide(other, .approve, Self.leaderRouting))
                == .denied(Strings.onlyLeaderOfSectorDecides("BEV")))
    }

    @Test("Above the forum's ceiling only the committee grants; the forum may refer")
    func politicalCommittee() {
        let routing = Routing(authority: .politicalCommittee, reason: .noCeiling)
        #expect(Permissions.check(Fixture.chair, .decide(Self.forumRequest, .approve, routing))
                == .denied(Strings.politicalCommitteeMustApprove))
        #expect(Permissions.check(Fixture.chair, .decide(Self.forumRequest, .refer, routing)).isAllowed)
    }

    @Test("A chief decides alone only what their sector pays alone")
    func payingChief() {
        let routing = Routing(authority: .chief, reason: .noCeiling)
        #expect(Permissions.check(Fixture.chiefBEV, .decide(Self.forumRequest, .approve, routing)).isAllowed)
        #expect(!Permissions.check(Fixture.chiefVOK, .decide(Self.forumRequest, .approve, routing)).isAllowed)
    }

    @Test("A decided request cannot be decided again, and the reason says its status")
    func decided() {
        let approved = Fixture.request("IND-4", kroner: 1, status: .approved)
        #expect(Permissions.check(Fixture.chair, .decide(approved, .reject, Self.forumRouting))
                == .denied(Strings.alreadyDecidedStatus(.approved)))
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

    @Test("A leader manages the offers they run")
    func offers() {
        let own = Offer(id: "O1", name: "Familiehuset", sector: "FAM", capacity: 5,
                        tariff: Tariff(base: kr(20_000)), leaderLogin: "bufleder")
        let other = Offer(id: "O2", name: "Skovly", sector: "VOK", capacity: 5, tariff: Tariff(base: kr(45_000)))
        #expect(Permissions.check(Fixture.leaderBUF, .manageOffer(own)).isAllowed)
        #expect(Permissions.check(Fixture.leaderBUF, .manageOffer(other)) == .denied(Strings.onlyLeaderOfOffer("Skovly")))
        #expect(Permissions.check(Fixture.chiefVOK, .manageOffer(other)).isAllowed)
    }

    @Test("A reader is told how to get access")
    func readerMessage() {
        #expect(Permissions.check(Fixture.reader, .importData).reason?.danish.contains("chefforum users add") == true)
    }
}
