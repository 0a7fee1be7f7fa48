import ForumCore
import Testing
@testable import ForumTUI

/// The capacity board's frames at 80×24 and 120×40 on the pinned day, compared with golden text.
struct CapacityGoldenTests {
    static func assertBothSizes(_ name: String, user: User = Fixture.chair, language: Language = .danish,
                                after events: [InputEvent] = [], sourceLocation: SourceLocation = #_sourceLocation) async {
        for size in [Fixture.small, Fixture.large] {
            var driver = await CapacityFixture.driver(size: size, user: user, language: language)
            await driver.type(events)
            GoldenFrame.assert(driver.frame, matches: "capacity-\(name)-\(size.width)x\(size.height)",
                               sourceLocation: sourceLocation)
        }
    }

    @Test("The board: every offer; over capacity ▲, full ●, quota used !; the footer totals")
    func board() async {
        await Self.assertBothSizes("board")
    }

    @Test("A team leader opens on the offers they run")
    func leader() async {
        await Self.assertBothSizes("leader", user: CapacityFixture.leader)
    }

    @Test("The detail of Egebo: figures, occupancy per month against capacity, placements, the waiting list")
    func detail() async {
        await Self.assertBothSizes("detail", after: [.key(.enter)])
    }

    @Test("The detail of Bostøtten: the recommended next and why (hours, quota), and its end")
    func detailHours() async {
        await Self.assertBothSizes("detail-hours", after: [.key(.down), .key(.enter)])
        await Self.assertBothSizes("detail-hours-end", after: [.key(.down), .key(.enter), .key(.end)])
    }

    @Test("Filtered to free units, in English")
    func filter() async {
        await Self.assertBothSizes("filter-english", language: .english, after: keys("/ledig:>0"))
    }
}

/// What the board lists and how, beside the frames.
struct CapacityBoardTests {
    @Test("A leader sees their own offers, and every offer after v; a chair sees every offer")
    func scope() async {
        var leader = await CapacityFixture.driver(size: Fixture.large, user: CapacityFixture.leader)
        #expect(Self.listed(leader) == ["BO-EGEBO", "BOSTOTTE-85"])
        await leader.type("v")
        #expect(Self.listed(leader) == ["BO-EGEBO", "BOSTOTTE-85", "DOEGN-LYNGHUS", "BO-EKST-FJORD"])
        let chair = await CapacityFixture.driver(size: Fixture.large)
        #expect(Self.listed(chair).count == 4)
    }

    @Test("The filter's fields and a sort by the meter, fullest first")
    func filterAndSort() async {
        var driver = await CapacityFixture.driver(size: Fixture.large)
        await driver.type(keys("/venteliste:>0 sektor:VOK") + [.key(.enter)])
        #expect(Self.listed(driver) == ["BO-EGEBO", "BOSTOTTE-85"])
        await driver.type([.key(.escape)] + keys("o") + Array(repeating: .key(.down), count: 12) + [.key(.enter)])
        #expect(Self.listed(driver) == ["BO-EGEBO", "DOEGN-LYNGHUS", "BOSTOTTE-85", "BO-EKST-FJORD"])
        await driver.type("S")
        #expect(Self.listed(driver).first == "BO-EKST-FJORD")
    }

    static func listed(_ driver: DecisionsDriver) -> [String] {
        (driver.state.screens[1] as? CapacityScreen)?.board.rows.map(\.id.rawValue) ?? []
    }
}
