import ForumCore
import Testing
@testable import ForumTUI

/// The board's commands from key through dialog to the repository, and their refusals.
struct CapacityCommandTests {
    @Test("a places the recommended next: the start day asked, then confirmed with the forecast effect; stored and said")
    func allocate() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type([.key(.down), .key(.enter)])
        await driver.type("a")
        #expect(driver.dialog?.title == "Placér P-B2 på Bostøtten § 85")
        #expect(driver.dialog?.field?.text == "25.11.2026")
        await driver.press(.enter)
        // 4 hours × 2.250 kr. from 25 November: 6 of November's 30 days, then December.
        #expect(driver.dialog?.message == "P-B2 får 4 timer/uge fra 25.11.2026 (9.000 kr. pr. md.). "
                + "Prognose VOK 2026: +10.800,00 kr.")
        await driver.press(.enter)
        let offer = try #require(try await driver.repository.offers().first { $0.id == "BOSTOTTE-85" })
        #expect(offer.occupancy(on: Fixture.today).occupied == 59)
        #expect(offer.placements.last?.caseID == "P-B2" && offer.placements.last?.crossSector == true)
        #expect(try await driver.repository.waitingList("BOSTOTTE-85").map(\.caseID) == ["P-B1"])
        #expect(driver.status == "P-B2 er placeret på Bostøtten § 85")
        #expect(driver.state.status.current?.kind == .success)
    }

    @Test("A start day the rule refuses opens the dialog again with the reason")
    func badStart() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type([.key(.down), .key(.enter)])
        await driver.type("a")
        await driver.type([.key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace)] + keys("xx"))
        await driver.press(.enter)
        #expect(driver.dialog?.title == "Placér P-B2 på Bostøtten § 85")
        #expect(driver.state.status.current?.kind == .warning)
        #expect(try await driver.repository.waitingList("BOSTOTTE-85").count == 2)
    }

    @Test("Nobody can be placed on a full offer, and a leader manages only the offers they run: the key says why")
    func refused() async throws {
        var chair = await CapacityFixture.driver(size: Fixture.large)
        await chair.type("a")
        #expect(chair.status == Strings.nobodyCanBePlaced.danish)
        var leader = await CapacityFixture.driver(size: Fixture.large, user: CapacityFixture.leader)
        await leader.type("v")
        await leader.type([.key(.down), .key(.down), .key(.enter)])
        await leader.type("+")
        #expect(leader.status == Strings.onlyLeaderOfOffer("Døgninstitutionen Lynghuset").danish)
        #expect(leader.dialog == nil)
    }

    @Test("Between meetings the chair's keys on an offer say that the chair manages offers only in an open meeting")
    func chairBetweenMeetings() async throws {
        var chair = await CapacityFixture.driver(size: Fixture.large, meeting: nil)
        await chair.type("+")
        #expect(chair.status == Strings.chairManagesOffersInMeeting("Bofællesskabet Egebo").danish)
        #expect(chair.dialog == nil)
        #expect(try await chair.repository.offers().first { $0.id == "BO-EGEBO" }?.crossSectorQuota == 2)
    }

    @Test("On a full offer a chief places the first waiting with a reason; the reason is asked for, shown and stored")
    func override() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large, user: CapacityFixture.chiefVOK)
        await driver.type("a")
        #expect(driver.dialog?.title == "Placér P-E2 på Bofællesskabet Egebo")
        await driver.press(.enter)
        #expect(driver.status == "en tilsidesættelse kræver en begrundelse")
        await driver.type("Akut: hjemløs")
        await driver.press(.enter)
        #expect(driver.dialog?.message == "Tilsidesættelse: Akut: hjemløs")
        await driver.type(Array(repeating: .key(.backspace), count: 10) + keys("01.01.2027"))
        await driver.press(.enter)
        #expect(driver.dialog?.message.hasSuffix("Tilsidesættelse: Akut: hjemløs.") == true)
        await driver.press(.enter)
        let placement = try #require(try await driver.repository.offers().first { $0.id == "BO-EGEBO" }?.placements.last)
        #expect(placement.caseID == "P-E2" && placement.overrideReason == "Akut: hjemløs")
        #expect(placement.from == day(2027, 1, 1))
    }

    @Test("+ reserves a quota unit after confirming; the board shows it")
    func quota() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type("+")
        #expect(driver.dialog?.message == "Kvoten ændres fra 2 til 3. Prognosen ændres ikke.")
        await driver.press(.enter)
        #expect(try await driver.repository.offers().first { $0.id == "BO-EGEBO" }?.crossSectorQuota == 3)
        #expect(driver.status == "Kvoten på Bofællesskabet Egebo er nu 3")
    }
}

extension CapacityGoldenTests {
    @Test("The confirmation of a placement with its effect on the forecast")
    func allocateDialog() async {
        await Self.assertBothSizes("allocate-dialog", after: [.key(.down), .key(.enter), .key(.character("a")), .key(.enter)])
    }
}
