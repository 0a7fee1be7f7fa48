import ForumCore
import Testing
@testable import ForumTUI

/// Going through the queue: `]` `[` from the detail, the sort picker, the filter's live count and
/// its messages, the filter syntax in help, and keys as typed actions whose permission is the core's.
struct DecisionsBrowsingTests {
    var detailID: (DecisionsDriver) -> String? = { driver in
        if case .detail(let detail)? = driver.screen?.mode { return detail.id.rawValue }
        return nil
    }

    @Test("] and J open the next request's detail, [ and K the previous; the queue's selection follows")
    func nextAndPrevious() async {
        var driver = await DecisionsDriver()
        await driver.press(.enter)
        #expect(detailID(driver) == "IND-2026-0142")
        await driver.type("]")
        #expect(detailID(driver) == "IND-2026-0150")
        #expect(driver.frame.line(2).hasPrefix("IND-2026-0150 · på dagsorden · Familiekoordinator"))
        await driver.type("J")
        #expect(detailID(driver) == "IND-2026-0155")
        await driver.type("K[")
        #expect(detailID(driver) == "IND-2026-0142")
        await driver.type("[")
        #expect(detailID(driver) == "IND-2026-0142")
        #expect(driver.status == "Det er den første i listen.")
        await driver.type("]]")
        await driver.press(.escape)
        #expect(driver.selectedID == "IND-2026-0155")
    }

    @Test("o opens the sort picker on the current column; ↓ and Enter sort by another, Esc changes nothing")
    func sortPicker() async {
        var driver = await DecisionsDriver()
        await driver.type("o")
        #expect(driver.frame.text.contains("Sortér efter"))
        #expect(driver.screen?.queue.sortPicker?.selected == 4)
        #expect(driver.state.footerHints.first == KeyHint("Enter", "sortér"))
        await driver.press(.escape)
        #expect(driver.screen?.queue.sortPicker == nil)
        #expect(driver.screen?.queue.sort == ColumnSort(column: QueueColumn.age, ascending: false))
        await driver.type("o")
        await driver.type([.key(.up), .key(.up), .key(.enter)])
        #expect(driver.screen?.queue.sort == ColumnSort(column: QueueColumn.total, ascending: false))
        #expect(driver.listedIDs == ["IND-2026-0158", "IND-2026-0150", "IND-2026-0155", "IND-2026-0142"])
        #expect(driver.frame.line(2).contains("I alt ▼"))
        #expect(!driver.frame.line(2).contains("Venter ▼"))
    }

    @Test("The filter's count follows each key, negation and alternatives included")
    func liveCount() async {
        var driver = await DecisionsDriver()
        await driver.type("/sektor:BUF")
        #expect(driver.frame.line(21).hasPrefix("✓ 3 indstillinger"))
        await driver.type(",VOK")
        #expect(driver.frame.line(21).hasPrefix("✓ 4 indstillinger"))
        await driver.type(" -status:udsat")
        #expect(driver.listedIDs == ["IND-2026-0142", "IND-2026-0150", "IND-2026-0155"])
        #expect(driver.frame.line(21).hasPrefix("✓ 3 indstillinger"))
    }

    @Test("An unknown field or an unknown sector is reported under the field, and Enter will not take it")
    func unknownField() async {
        var driver = await DecisionsDriver()
        await driver.type("/farve:rød")
        #expect(driver.frame.line(21) == "✗ ukendt filter «farve:» (brug sektor:, beløb:, md:, status:, alder: eller lov:)")
        await driver.type([.key(.control("u"))] + keys("sektor:XYZ"))
        #expect(driver.frame.line(21) == "✗ ukendt sektor «XYZ» (kendte: BEV, BUF, SUN, VOK)")
        await driver.press(.enter)
        #expect(driver.screen?.queue.filter != nil)
        #expect(driver.status == "ukendt sektor «XYZ» (kendte: BEV, BUF, SUN, VOK)")
    }

    @Test("? help shows the filter syntax with the queue's fields")
    func helpShowsSyntax() async {
        var driver = await DecisionsDriver()
        await driver.type("?")
        guard case .help(let help)? = driver.state.overlays.last else {
            Issue.record("help is not open")
            return
        }
        let notes = driver.state.helpLines(help).compactMap { line -> String? in
            if case .note(let text) = line { return text } else { return nil }
        }.joined(separator: " ")
        #expect(notes.contains("sektor:BUF beløb:>25000 md:>10000 status:afventer alder:>14d lov:SEL52"))
        #expect(notes.contains("-sektor:BUF"))
        #expect(notes.contains("sektor:BUF,…"))
    }

    @Test("Each decision key is a typed action whose reason is the core's CommandRules answer")
    func permissionFromCore() async throws {
        for user in [Fixture.chair, Fixture.chiefBEV, DecisionsFixture.chiefBUF, DecisionsFixture.reader] {
            let driver = await DecisionsDriver(user: user)
            let screen = try #require(driver.screen)
            let request = try #require(screen.target)
            let context = driver.state.context(for: .decisions)
            let settings = try await driver.repository.settings()
            for binding in screen.bindings(context) {
                guard case .decide(let kind) = binding.action else { continue }
                let core = CommandRules.permission(user, toDecide: kind, on: request, policy: settings.policy,
                                                   meeting: try await driver.repository.currentMeeting())
                #expect(binding.disabledReason == core.reason, "\(user.login) \(kind)")
            }
        }
    }

    @Test("The palette runs a screen's typed action; a disabled one says why and opens nothing")
    func palette() async {
        var driver = await DecisionsDriver()
        await driver.type(":tidsbegræns")
        await driver.press(.enter)
        #expect(driver.dialog?.title == Strings.dialogTitle(.approveTimeLimited, id: "IND-2026-0142").danish)
        await driver.press(.escape)
        var reader = await DecisionsDriver(user: DecisionsFixture.reader)
        await reader.type(":tidsbegræns")
        await reader.press(.enter)
        #expect(reader.dialog == nil)
        #expect(reader.status == Strings.readOnly.danish)
    }

    @Test("A list longer than the screen says which rows are in view, as the detail says of its lines")
    func listPosition() async {
        var driver = await DecisionsDriver(repository: DecisionsFixture.repository(extraRequests: 30))
        let footer = { (frame: Frame) in (0..<frame.size.height).map(frame.line).first { $0.hasPrefix("Forummets kø") } ?? "" }
        let count = driver.listedIDs.count
        // 18 rows fit at 80×24.
        #expect(footer(driver.frame).hasPrefix("Forummets kø · 1–18 af \(count) "))
        await driver.press(.end)
        #expect(footer(driver.frame).hasPrefix("Forummets kø · \(count - 17)–\(count) af \(count) "))
        await driver.press(.home)
        #expect(footer(driver.frame).hasPrefix("Forummets kø · 1–18 af \(count) "))
        let fitting = await DecisionsDriver()
        #expect(!footer(fitting.frame).contains(" af "), "a list that fits says nothing")
    }
}
