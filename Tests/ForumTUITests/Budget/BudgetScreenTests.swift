import ForumCore
import Testing
@testable import ForumTUI

/// The console on one of the budget screens over the decision screen's municipality (postings
/// January to October, a placement approved in January), as `user`: keys in, effects run at once
/// against the repository, their results come back, as the loop does without the waiting.
struct BudgetDriver {
    static let economist = User(login: "okonom", name: "Øjvind Økonom", roles: [.economist])
    var state: ShellState
    let repository: any ForumRepository

    init(_ screen: ScreenID = .budget, size: Size = Fixture.small, language: Language = .danish, user: User = Fixture.chair,
         repository: any ForumRepository = DecisionsFixture.repository()) async {
        let screens: [any Screen] = ScreenID.allCases.map { id in
            switch id {
            case .budget: BudgetScreen()
            case .deviations: DeviationsScreen(clock: { DecisionsFixture.now })
            case .transitions: TransitionsScreen(clock: { DecisionsFixture.now })
            default: NotBuiltScreen(id: id)
            }
        }
        state = Fixture.state(size: size, language: language, user: user, screens: screens)
        self.repository = repository
        // As the console starts: the first change token loads what is shown.
        await run([ShellState.pollChangeToken])
        await type("\(screen.rawValue)")
    }

    mutating func type(_ events: [InputEvent]) async {
        for event in events { await run(state.handle(event)) }
    }

    mutating func type(_ text: String) async { await type(keys(text)) }

    mutating func run(_ effects: [Effect]) async {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            queue += state.receive(await effect.run(repository))
        }
    }

    var screen: BudgetScreen? { state.screens.compactMap { $0 as? BudgetScreen }.first }
    var deviations: DeviationsScreen? { state.screens.compactMap { $0 as? DeviationsScreen }.first }
    var frame: Frame { ShellView.render(state) }
    var status: String? { state.status.current?.text }
}

@Suite("Screen 3: budget burn")
struct BudgetScreenTests {
    static func assertBothSizes(_ name: String, after events: [InputEvent] = [],
                                repository: @autoclosure () -> any ForumRepository = DecisionsFixture.repository(),
                                sourceLocation: SourceLocation = #_sourceLocation) async {
        for size in [Fixture.small, Fixture.large] {
            var driver = await BudgetDriver(size: size, repository: repository())
            await driver.type(events)
            GoldenFrame.assert(driver.frame, matches: "budget-\(name)-\(size.width)x\(size.height)", sourceLocation: sourceLocation)
        }
    }

    @Test("A row per sector at the last posted month, the heading naming its last day")
    func burn() async {
        await Self.assertBothSizes("burn")
    }

    @Test("A sector expanded into its sub-areas, stepped back to how it stood at the end of August")
    func expandedAugust() async {
        await Self.assertBothSizes("expanded-august", after: [.key(.down)] + keys("+") + [.key(.left), .key(.left)])
    }

    @Test("The drill: figures, the manual forecast with author and movement, sub-areas, commitments, families")
    func drill() async throws {
        let repository = DecisionsFixture.repository()
        let economist = User(login: "okonom", name: "Øjvind Økonom", roles: [.economist])
        _ = try await repository.setForecast("BUF", month: month(2026, 10), forecast: ManualForecast(amount: Money(kroner: 50_000_000), note: "Søskendesag"),
                                             expectedVersion: 0,
                                             context: CommandContext(user: economist, at: DecisionsFixture.now, today: Fixture.today))
        await Self.assertBothSizes("drill", after: [.key(.down), .key(.enter)], repository: repository)
    }

    /// The decision screen's municipality with net other inflow for VOK and a target of 490.000 kr.
    static func viewsRepository() async throws -> any ForumRepository {
        let repository = DecisionsFixture.repository()
        let admin = User(login: "admin", name: "Ada Admin", roles: [.administrator])
        let context = CommandContext(user: admin, at: DecisionsFixture.now, today: Fixture.today)
        var settings = TransitionSettings.standard
        settings.netOtherInflow = ["VOK": Money(kroner: 250_000)]
        _ = try await repository.setTransitionSettings(settings, context: context)
        let target = try EfficiencyTarget(year: 2026, amount: Money(kroner: 490_000),
                                          split: try EfficiencyTarget.equalShares(DecisionsFixture.sectors.map(\.code)))
        _ = try await repository.setTarget(target, expectedVersion: 0, context: context)
        return repository
    }

    @Test("v steps through the views: shadow budget, activity, target, and back to the burn", arguments: [
        ("shadow", 1), ("activity", 2), ("targets", 3),
    ])
    func views(name: String, presses: Int) async throws {
        let repository = try await Self.viewsRepository()
        await Self.assertBothSizes("view-\(name)", after: keys(String(repeating: "v", count: presses)),
                                   repository: repository)
    }

    @Test("In the activity view ← → step the month as on the burn: the lines and prices are that month's")
    func activityMonths() async throws {
        let repository = try await Self.viewsRepository()
        var driver = await BudgetDriver(repository: repository)
        await driver.type("vv")
        #expect(driver.frame.text.contains("Ultimo oktober"))
        await driver.type([.key(.left)])
        #expect(driver.frame.text.contains("Ultimo september"))
        #expect(!driver.frame.text.contains("Ultimo oktober"))
        let september = try await repository.activity(year: 2026, through: 10).compactMap { code, months in
            months[8].active + months[8].inflow + months[8].outflow > 0 ? code : nil
        }
        #expect(!september.isEmpty)
        for code in september { #expect(driver.frame.text.contains(code), "\(code)") }
    }

    @Test("The target view in English; a fourth v is the burn again")
    func viewsEnglish() async throws {
        var driver = await BudgetDriver(language: .english, repository: try await Self.viewsRepository())
        await driver.type("vvv")
        GoldenFrame.assert(driver.frame, matches: "budget-english-view-targets-80x24")
        await driver.type("v")
        #expect(driver.screen?.pane == .burn)
    }

    @Test("In English")
    func english() async {
        var driver = await BudgetDriver(language: .english)
        GoldenFrame.assert(driver.frame, matches: "budget-english-80x24")
        await driver.type([.key(.down), .key(.enter)])
        GoldenFrame.assert(driver.frame, matches: "budget-english-drill-80x24")
    }

    @Test("← → step the month within January and the last posted month; the figures are the core's for that month")
    func stepping() async throws {
        var driver = await BudgetDriver()
        let rows = try await driver.repository.budgetRows(year: 2026)
        #expect(driver.screen?.report?.month == 10)
        await driver.type([.key(.right)])
        #expect(driver.status == Strings.noLaterMonth.danish)
        await driver.type([.key(.left)])
        let september = try #require(BurnReport.make(rows, sectors: DecisionsFixture.sectors, subAreas: DecisionsFixture.subAreas,
                                                     month: 9, tolerance: Fixture.settings.tolerance))
        #expect(driver.screen?.report == september)
        #expect(driver.screen?.table.rows.first?.line.burn == september.sectors.first?.sector.burn)
        await driver.type(Array(repeating: InputEvent.key(.left), count: 8))
        #expect(driver.screen?.report?.month == 1)
        await driver.type([.key(.left)])
        #expect(driver.status == Strings.noEarlierMonth.danish)
    }

    @Test("Sub-areas stay under their sector whatever the sort")
    func sortKeepsHierarchy() async {
        var driver = await BudgetDriver(size: Fixture.large)
        for _ in 0..<4 { await driver.type([.key(.down)]) }
        await driver.type("+")
        await driver.type([.key(.home)])
        await driver.type("+")
        await driver.type("sS")
        let ids = driver.screen?.table.rows.map(\.id) ?? []
        for (index, id) in ids.enumerated() where id.contains("/") {
            let sector = String(id.prefix { $0 != "/" })
            #expect(ids[..<index].last { !$0.contains("/") } == sector, "\(id) sorted away from its sector")
        }
    }
}
