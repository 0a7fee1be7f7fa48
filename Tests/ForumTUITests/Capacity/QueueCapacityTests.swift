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

    @Test("The detail says free units, the waiting list and who is next")
    func detail() async {
        var driver = await DecisionsDriver(size: Fixture.large, repository: Self.repository)
        while driver.selectedID != "IND-2026-0155" { await driver.press(.down) }
        await driver.press(.enter)
        #expect(driver.frame.text.contains("Kapacitet      ▲ overbelagt · ledig 0 af 12 · 2 på venteliste"))
    }
}
