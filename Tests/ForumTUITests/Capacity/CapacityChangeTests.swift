import ForumCore
import Testing
@testable import ForumTUI

/// Ending a placement and the waiting list from the board: which case, then the day or priority,
/// the summary confirmed, and the repository changed; the refusals say why.
struct CapacityChangeTests {
    static func erase(_ count: Int) -> [InputEvent] { Array(repeating: .key(.backspace), count: count) }

    @Test("e ends a case's placement: the last day asked, confirmed with the payer's lost December; stored and said")
    func end() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type("e")
        #expect(driver.dialog?.title == "Afslut en placering på Bofællesskabet Egebo")
        #expect(driver.dialog?.message.hasPrefix("Hvilken sag? P-BO1000, P-BO1001") == true)
        await driver.type("p-bo1003")
        await driver.press(.enter)
        #expect(driver.dialog?.message == "Sidste dag for P-BO1003, placeret fra 01.01.2025.")
        #expect(driver.dialog?.field?.text == "25.11.2026")
        await driver.type(Self.erase(10) + keys("30.11.2026"))
        await driver.press(.enter)
        // 41.000 + 5.200 kr. a month: December no longer committed.
        #expect(driver.dialog?.message == "Placeringen af P-BO1003 slutter 30.11.2026. Prognose VOK 2026: -46.200,00 kr.")
        await driver.press(.enter)
        let offer = try #require(try await driver.repository.offers().first { $0.id == "BO-EGEBO" })
        #expect(offer.placements.first { $0.caseID == "P-BO1003" }?.until == day(2026, 11, 30))
        #expect(offer.occupancy(on: day(2026, 12, 1)).occupied == 12)
        #expect(driver.status == "Placeringen af P-BO1003 på Bofællesskabet Egebo slutter 30.11.2026.")
    }

    @Test("A case without a running placement, and a day before the placement began, open the dialog again with why")
    func endRefused() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type("e")
        await driver.type("P-EG2000")
        await driver.press(.enter)
        #expect(driver.status == "P-EG2000 har ingen igangværende placering på Bofællesskabet Egebo")
        #expect(driver.dialog?.title == "Afslut en placering på Bofællesskabet Egebo")
        await driver.type(Self.erase(8) + keys("P-BO1000"))
        await driver.press(.enter)
        await driver.type(Self.erase(10) + keys("31.12.2024"))
        await driver.press(.enter)
        #expect(driver.state.status.current?.kind == .warning)
        #expect(driver.dialog?.field?.text == "31.12.2024")
        #expect(try await driver.repository.offers().first { $0.id == "BO-EGEBO" }?.placements.first?.until == nil)
    }

    @Test("p moves a waiting case to another priority after the summary; a priority out of range is asked again")
    func priority() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type([.key(.down)])
        await driver.type("p")
        #expect(driver.dialog?.message == "Hvilken sag? P-B1, P-B2")
        await driver.type("P-B2")
        await driver.press(.enter)
        #expect(driver.dialog?.field?.text == "2")
        await driver.type(Self.erase(1) + keys("0"))
        await driver.press(.enter)
        #expect(driver.status == "prioriteten skal ligge mellem 1 og 99")
        await driver.type(Self.erase(1) + keys("1"))
        await driver.press(.enter)
        #expect(driver.dialog?.message == "P-B2 flyttes fra prioritet 2 til 1. Prognosen ændres ikke.")
        await driver.press(.enter)
        let list = try await driver.repository.waitingList("BOSTOTTE-85")
        #expect(list.first { $0.caseID == "P-B2" }?.priority == 1)
        #expect(driver.status == "P-B2 står på ventelisten til Bostøtten § 85 med prioritet 1.")
    }

    @Test("w puts a known case on the waiting list with a priority and whether it is cross-sector; one already waiting or unknown is refused")
    func addWaiting() async throws {
        var driver = await CapacityFixture.driver(size: Fixture.large, language: .english)
        await driver.type("w")
        await driver.type("P-E1")
        await driver.press(.enter)
        await driver.press(.enter)
        #expect(driver.dialog?.field?.text == "n")
        await driver.press(.enter)
        #expect(driver.status == "P-E1 is already on the waiting list")
        await driver.press(.escape)
        await driver.type("w")
        await driver.type("P-L1")
        await driver.press(.enter)
        await driver.type(Self.erase(2) + keys("3"))
        await driver.press(.enter)
        await driver.type(Self.erase(1) + keys("maybe"))
        await driver.press(.enter)
        #expect(driver.status == "answer y or n")
        await driver.type(Self.erase(5) + keys("y"))
        await driver.press(.enter)
        #expect(driver.dialog?.message == "P-L1 goes on the waiting list with priority 3 as a cross-sector family. "
                + "The forecast changes only with a placement.")
        await driver.press(.enter)
        let entry = try #require(try await driver.repository.waitingList("BO-EGEBO").first { $0.caseID == "P-L1" })
        #expect(entry.priority == 3 && entry.crossSector && entry.since == Fixture.today)
        // A case the store does not know only the repository can refuse, when the command runs.
        await driver.type("w")
        await driver.type("P-E9")
        await driver.type(Array(repeating: .key(.enter), count: 4))
        #expect(driver.status == Strings.caseNotFound("P-E9").english)
        #expect(try await driver.repository.waitingList("BO-EGEBO").count == 3)
    }

    @Test("A leader cannot end, reprioritise or add on an offer they do not run, and the keys say why")
    func refused() async {
        var leader = await CapacityFixture.driver(size: Fixture.large, user: CapacityFixture.leader)
        await leader.type("v")
        await leader.type([.key(.down), .key(.down)])
        for key in ["e", "p", "w"] {
            await leader.type(key)
            #expect(leader.status == Strings.onlyLeaderOfOffer("Døgninstitutionen Lynghuset").danish)
            #expect(leader.dialog == nil)
        }
        var chair = await CapacityFixture.driver(size: Fixture.large)
        await chair.type([.key(.down), .key(.down), .key(.down)])
        await chair.type("p")
        #expect(chair.status == "ingen står på ventelisten")
    }
}
