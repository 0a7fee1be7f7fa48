import ForumCore
import Testing
@testable import ForumTUI

@Suite("Screen 6: transitions from the children's area")
struct TransitionsScreenTests {
    /// Three youths of the fixture's cases, one of each colour, stored by the economist.
    static func repository() async throws -> any ForumRepository {
        let repository = DecisionsFixture.repository()
        let context = CommandContext(user: BudgetDriver.economist, at: DecisionsFixture.now, today: Fixture.today)
        let youths = [
            Youth(caseID: "P-4F2A91C07E", birthDate: day(2009, 2, 10), childrenSector: "BUF", receivingSector: "VOK",
                  colour: .red, probability: .one, expectedMeasure: "Botilbud", law: "SEL108", annualCost: Money(kroner: 1_200_000),
                  lastDiscussed: day(2026, 10, 1)),
            Youth(caseID: "P-0C9E55A013", birthDate: day(2008, 7, 1), childrenSector: "BUF", receivingSector: "VOK",
                  transitionDate: day(2027, 7, 1), colour: .yellow, probability: try Probability(parsing: "1/3"),
                  expectedMeasure: "Bostøtte", law: "SEL85", annualCost: Money(kroner: 600_000), lastDiscussed: day(2026, 3, 1)),
            Youth(caseID: "P-5A1D7766F0", birthDate: day(2008, 12, 20), childrenSector: "BUF", receivingSector: "BEV",
                  colour: .green, probability: try Probability(parsing: "10 %"), annualCost: Money(kroner: 90_000)),
        ]
        for youth in youths { _ = try await repository.setYouth(youth, expectedVersion: 0, context: context) }
        return repository
    }

    @Test("The youths by transition date with colour glyph, probability, expected cost, flags; the detail by month")
    func table() async throws {
        for size in [Fixture.small, Fixture.large] {
            let driver = await BudgetDriver(.transitions, size: size, repository: try await Self.repository())
            GoldenFrame.assert(driver.frame, matches: "transitions-\(size.width)x\(size.height)")
        }
        let english = await BudgetDriver(.transitions, language: .english, repository: try await Self.repository())
        GoldenFrame.assert(english.frame, matches: "transitions-english-80x24")
    }

    @Test("The filter finds a colour; sorting by this year's cost puts the largest first")
    func filterAndSort() async throws {
        var driver = await BudgetDriver(.transitions, repository: try await Self.repository())
        let screen = { (driver: BudgetDriver) in driver.state.screens.compactMap { $0 as? TransitionsScreen }.first }
        #expect(screen(driver)?.table.rows.map(\.id) == ["P-5A1D7766F0", "P-4F2A91C07E", "P-0C9E55A013"])
        await driver.type(keys("/farve:gul") + [.key(.enter)])
        #expect(screen(driver)?.table.rows.map(\.id) == ["P-0C9E55A013"])
    }

    @Test("Screen 3's drill shows T as its own line where the sector receives youths, and the forecast includes it")
    func drillLine() async throws {
        let repository = try await Self.repository()
        let rows = try await repository.forecastRows(year: 2026)
        let report = try #require(BurnReport.make(rows, sectors: DecisionsFixture.sectors, subAreas: DecisionsFixture.subAreas,
                                                  tolerance: .standard))
        let lines = DrillDocument.lines(DrillState(sector: "VOK"), report: report, language: .danish).map(\.text)
        // VOK's youths move in 2027: no T this year, and no line. BEV's moves on 20.12.2026:
        // 90.000 kr. ÷ 12 × 12/31 × 1/10 = 290,32 kr. in December.
        #expect(!lines.contains { $0.contains(Strings.burnTransitionInflow.danish) })
        let bev = DrillDocument.lines(DrillState(sector: "BEV"), report: report, language: .danish).map(\.text)
        #expect(bev.contains { $0.contains(Strings.burnTransitionInflow.danish) && $0.hasSuffix("290 kr.") })
        let burn = try #require(report.sectors.first { $0.sector.code == "BEV" }?.sector.burn)
        #expect(burn.transitionRest == Money(kroner: 290, ore: 32))
        #expect(burn.forecast == burn.actualToDate + burn.committedRest + burn.uncommittedRest + burn.transitionRest)
    }

    @Test("The economist edits in place: c the colour, d discussed today, p the probability, h handed over, l closed; a reader is told why not")
    func edit() async throws {
        let repository = try await Self.repository()
        var driver = await BudgetDriver(.transitions, user: BudgetDriver.economist, repository: repository)
        await driver.type("c")
        await driver.type("d")
        await driver.type(keys("p") + Array(repeating: InputEvent.key(.backspace), count: 10) + keys("½") + [.key(.enter)])
        let stored = try #require(try await repository.youths().first { $0.caseID == "P-5A1D7766F0" })
        #expect(stored.colour == .red)
        #expect(stored.lastDiscussed == Fixture.today)
        #expect(stored.probability.description == "1/2")
        #expect(stored.version == 4)
        #expect(driver.status == Strings.youthSaved("P-5A1D7766F0").danish)

        // h and l mark the handover and the closing today, and take them back pressed again.
        await driver.type("h")
        await driver.type("l")
        let marked = try #require(try await repository.youths().first { $0.caseID == "P-5A1D7766F0" })
        #expect(marked.handedOver == Fixture.today)
        #expect(marked.closed == Fixture.today)
        GoldenFrame.assert(driver.frame, matches: "transitions-handed-over-80x24")
        await driver.type("h")
        #expect(try await repository.youths().first { $0.caseID == "P-5A1D7766F0" }?.handedOver == nil)

        var reader = await BudgetDriver(.transitions, user: DecisionsFixture.reader, repository: repository)
        await reader.type("c")
        #expect(reader.status == Strings.readOnly.danish)
        #expect(try await repository.youths().first { $0.caseID == "P-5A1D7766F0" }?.version == 7)
    }
}
