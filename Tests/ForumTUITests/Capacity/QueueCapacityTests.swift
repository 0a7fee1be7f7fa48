import ForumCore
import Testing
@testable import ForumTUI

/// The decision queue knows capacity: a request for a full offer says so in the list (●) and its
/// detail says how many units are free, how many wait and who is next.
struct QueueCapacityTests {
    /// The residential request for Egebo, which is over capacity in `CapacityFixture`.
    static var repository: InMemoryRepository {
        var residential = DecisionsFixture.residential
        residential.offerID = "BO-EGEBO"
        let requests = DecisionsFixture.requests.map { $0.id == residential.id ? residential : $0 }
        return InMemoryRepository(settings: Fixture.settings, sectors: DecisionsFixture.sectors,
                                  subAreas: DecisionsFixture.subAreas, laws: [], users: [Fixture.chair], requests: requests,
                                  offers: CapacityFixture.offers, waitingList: CapacityFixture.waiting)
    }

    @Test("The queue marks a request for a full offer with ● before why it is here")
    func list() async {
        let driver = await DecisionsDriver(size: Fixture.large, repository: Self.repository)
        let text = driver.frame.text
        let line = text.split(separator: "\n").first { $0.contains("IND-2026-0155") }
        #expect(line?.contains("● ") == true)
        #expect(text.split(separator: "\n").first { $0.contains("IND-2026-0142") }?.contains("● ") == false)
    }

    /// The residential request for Fjordgården, which has places free, in the forum's open meeting.
    static func fjord() -> InMemoryRepository {
        var residential = DecisionsFixture.residential
        residential.offerID = "BO-EKST-FJORD"
        let requests = DecisionsFixture.requests.map { $0.id == residential.id ? residential : $0 }
        return InMemoryRepository(settings: Fixture.settings, sectors: DecisionsFixture.sectors,
                                  subAreas: DecisionsFixture.subAreas, laws: [], users: [Fixture.chair], requests: requests,
                                  offers: CapacityFixture.offers, waitingList: CapacityFixture.waiting,
                                  meetings: [DecisionsFixture.meeting])
    }

    @Test("After approving a request for an offer, p places the case (the grant pays), v puts it on the waiting list")
    func placeOrWait() async throws {
        var driver = await DecisionsDriver(size: Fixture.large, repository: Self.fjord())
        while driver.selectedID != "IND-2026-0155" { await driver.press(.down) }
        await driver.type("a")
        await driver.press(.enter)
        #expect(driver.dialog?.title == "Plads på «Fjordgården (privat)»?")
        #expect(driver.dialog?.message.contains("fra 01.01.2027 (ledige: 2; bevillingen betaler pladsen)") == true)
        await driver.type("x")
        await driver.press(.enter)
        #expect(driver.status == Strings.answerPlaceOrWait.danish)
        await driver.press(.backspace)
        await driver.type("p")
        await driver.press(.enter)
        #expect(driver.status == "P-0C9E55A013 er placeret på «Fjordgården (privat)»; bevillingen betaler pladsen")
        let offer = try #require(try await driver.repository.offers().first { $0.id == "BO-EKST-FJORD" })
        let placement = try #require(offer.placements.last)
        #expect(placement.requestID == "IND-2026-0155" && placement.from == day(2027, 1, 1) && placement.until == day(2027, 6, 30))
        #expect(placement.commitments(budgetYear: 2027).lines.isEmpty)

        var waiting = await DecisionsDriver(size: Fixture.large, repository: Self.fjord())
        while waiting.selectedID != "IND-2026-0155" { await waiting.press(.down) }
        await waiting.type("a")
        await waiting.press(.enter)
        await waiting.type("v2")
        await waiting.press(.enter)
        #expect(try await waiting.repository.waitingList("BO-EKST-FJORD").map(\.caseID) == ["P-0C9E55A013"])
        #expect(try await waiting.repository.waitingList("BO-EKST-FJORD").first?.priority == 2)

        // Placed later from screen 2, the confirmation says the grant pays and the forecast does not move.
        var board = await DecisionsDriver(size: Fixture.large, repository: waiting.repository,
                                          screens: [DecisionsScreen(clock: { DecisionsFixture.now }),
                                                    CapacityScreen(clock: { DecisionsFixture.now })]
                                              + ScreenID.allCases.dropFirst(2).map { NotBuiltScreen(id: $0) })
        await board.type("2")
        await board.type("/Fjord")
        await board.press(.enter)
        await board.type("a")
        for _ in 0..<10 { await board.press(.backspace) }
        await board.type("01.01.2027")
        await board.press(.enter)
        #expect(board.dialog?.message == "P-0C9E55A013 får 1 pladser fra 01.01.2027 (50.000 kr. pr. md.). "
                + "Ingen ændring af prognosen i budgetåret. Bevillingen IND-2026-0155 betaler pladsen.")
    }

    @Test("The detail says free units, the waiting list and who is next")
    func detail() async {
        var driver = await DecisionsDriver(size: Fixture.large, repository: Self.repository)
        while driver.selectedID != "IND-2026-0155" { await driver.press(.down) }
        await driver.press(.enter)
        #expect(driver.frame.text.contains("Kapacitet      ▲ overbelagt · ledig 0 af 12 · 2 på venteliste"))
    }
}
