import ForumCore
import Testing
@testable import ForumTUI

/// The queue driven by keys: what it lists, toggling, sorting, filtering, drilling in and out,
/// and the selection staying on its request when the data changes.
struct DecisionsQueueTests {
    @Test("The forum's queue: pending requests routed to the forum, longest waiting first, with count and total")
    func queue() async {
        let driver = await DecisionsDriver()
        #expect(driver.listedIDs == ["IND-2026-0142", "IND-2026-0150", "IND-2026-0155", "IND-2026-0158"])
        #expect(driver.frame.line(21).hasSuffix("4 indstillinger, i alt 1.444.500 kr."))
        #expect(driver.frame.cursor == Point(x: 0, y: 3))
    }

    @Test("v shows every request and back; the footer says which")
    func toggle() async {
        var driver = await DecisionsDriver()
        #expect(driver.state.footerHints.contains(KeyHint("v", "alle")))
        await driver.type("v")
        #expect(driver.listedIDs.count == 7)
        #expect(driver.listedIDs.contains("IND-2026-0161"))
        #expect(driver.frame.line(21).hasPrefix("Alle indstillinger"))
        #expect(driver.state.footerHints.contains(KeyHint("v", "kun forum")))
        await driver.type("v")
        #expect(driver.listedIDs.count == 4)
    }

    @Test("s moves the sort to the next shown column, S turns it; the selection stays on its request")
    func sort() async {
        var driver = await DecisionsDriver()
        await driver.press(.down)
        #expect(driver.selectedID == "IND-2026-0150")
        await driver.type("s")
        #expect(driver.screen?.queue.sort == ColumnSort(column: QueueColumn.status, ascending: true))
        #expect(driver.listedIDs == ["IND-2026-0155", "IND-2026-0142", "IND-2026-0150", "IND-2026-0158"])
        #expect(driver.selectedID == "IND-2026-0150")
        await driver.type("S")
        #expect(driver.listedIDs == ["IND-2026-0158", "IND-2026-0142", "IND-2026-0150", "IND-2026-0155"])
        #expect(driver.frame.line(2).contains("Status ▼"))
    }

    @Test("A click on a column's title sorts by it (amounts largest first); a second click turns it")
    func clickHeader() async {
        var driver = await DecisionsDriver()
        let total = InputEvent.mouse(MouseEvent(.click, at: Point(x: 30, y: 2)))
        await driver.type([total])
        #expect(driver.listedIDs == ["IND-2026-0158", "IND-2026-0150", "IND-2026-0155", "IND-2026-0142"])
        await driver.type([total])
        #expect(driver.listedIDs.first == "IND-2026-0142")
        await driver.type([.mouse(MouseEvent(.click, at: Point(x: 3, y: 5)))])
        #expect(driver.selectedID == "IND-2026-0150")
    }

    @Test("/ filters live in the queue language; Enter keeps the filter, Esc clears it")
    func filter() async {
        var driver = await DecisionsDriver()
        await driver.type("/beløb:>280000")
        #expect(driver.listedIDs == ["IND-2026-0150", "IND-2026-0158"])
        #expect(driver.frame.line(21).hasPrefix("✓ 2 indstillinger, i alt 912.000 kr."))
        await driver.press(.enter)
        #expect(driver.screen?.queue.filter == nil)
        #expect(driver.frame.line(21).hasPrefix("Forummets kø · filter: beløb:>280000"))
        #expect(driver.state.footerHints.contains(KeyHint("Esc", "ryd filter")))
        await driver.press(.escape)
        #expect(driver.listedIDs.count == 4)
    }

    @Test("A filter that does not parse says why; the queue keeps the last one that did")
    func badFilter() async {
        var driver = await DecisionsDriver()
        await driver.type("/sektor:BUF alder:>1x")
        #expect(driver.frame.line(21) == "✗ «>1x» er ikke en alder (skriv fx alder:>14d eller alder:>2u)")
        #expect(Set(driver.listedIDs) == ["IND-2026-0142", "IND-2026-0150", "IND-2026-0158"])
        await driver.press(.enter)
        #expect(driver.screen?.queue.filter != nil)
        #expect(driver.status == "«>1x» er ikke en alder (skriv fx alder:>14d eller alder:>2u)")
        await driver.type([.key(.backspace), .key(.backspace)] + keys("4d"))
        #expect(driver.listedIDs == ["IND-2026-0142", "IND-2026-0150", "IND-2026-0158"])
        await driver.press(.escape)
        #expect(driver.listedIDs.count == 4)
        #expect(driver.screen?.queue.query.isEmpty == true)
    }

    @Test("In the filter field q, ? and 1–5 are text, not quit, help or another screen")
    func filterTakesText() async {
        var driver = await DecisionsDriver()
        await driver.type("/q?2")
        #expect(!driver.state.quitRequested)
        #expect(driver.state.overlays.isEmpty)
        #expect(driver.state.active == .decisions)
        #expect(driver.screen?.queue.filter?.field.text == "q?2")
        #expect(driver.frame.cursor == Point(x: 11, y: 20))
    }

    @Test("Enter or → opens the detail; Esc or ← goes back to the same row")
    func drill() async {
        var driver = await DecisionsDriver()
        await driver.press(.down)
        await driver.press(.enter)
        guard case .detail(let detail)? = driver.screen?.mode else {
            Issue.record("no detail")
            return
        }
        #expect(detail.detail?.request.id == "IND-2026-0150")
        #expect(driver.frame.line(2).hasPrefix("IND-2026-0150 · på dagsorden · Familiekoordinator (SEL52)"))
        await driver.press(.escape)
        #expect(driver.selectedID == "IND-2026-0150")
        await driver.press(.right)
        await driver.press(.left)
        if case .queue? = driver.screen?.mode {} else { Issue.record("← did not go back") }
    }

    @Test("The detail scrolls: G to the end, g to the top, j a line, PgDn a page (no further than the end)")
    func detailScroll() async {
        var driver = await DecisionsDriver()
        await driver.press(.enter)
        await driver.type("G")
        #expect(driver.frame.text.contains("Historik"))
        #expect(driver.frame.line(2).hasSuffix("14–32 af 32"))
        await driver.type("g")
        #expect(driver.frame.line(2).hasSuffix("1–19 af 32"))
        await driver.type("j")
        #expect(driver.frame.line(2).hasSuffix("2–20 af 32"))
        await driver.press(.pageDown)
        #expect(driver.frame.line(2).hasSuffix("14–32 af 32"))
    }

    @Test("After another terminal's decision the selection stays on the request it was on")
    func selectionKept() async throws {
        var driver = await DecisionsDriver()
        await driver.type([.key(.down), .key(.down)])
        #expect(driver.selectedID == "IND-2026-0155")
        let other = CommandContext(user: Fixture.chiefBEV, at: DecisionsFixture.now, today: Fixture.today)
        _ = try await driver.repository.decide("IND-2026-0142", expectedVersion: 1,
                                               decision: Decision(kind: .approve, split: DecisionsFixture.mentor.proposedSplit),
                                               context: other)
        await driver.refresh()
        #expect(driver.listedIDs == ["IND-2026-0150", "IND-2026-0155", "IND-2026-0158"])
        #expect(driver.selectedID == "IND-2026-0155")
    }

    @Test("The wheel scrolls the detail")
    func wheel() async {
        var driver = await DecisionsDriver()
        await driver.press(.enter)
        await driver.type([.mouse(MouseEvent(.wheelDown, at: Point(x: 5, y: 10)))])
        #expect(driver.frame.line(2).hasSuffix("4–22 af 32"))
    }
}

/// The decision screen in the console's loop: another terminal's decision appears within a second.
@MainActor
struct DecisionsLiveTests {
    @Test("Another terminal's decision appears at the next poll, with the selection on its request")
    func liveRefresh() async throws {
        let device = FakeTerminal(size: Fixture.small)
        let repository = DecisionsFixture.repository()
        let clock = ManualClock()
        let state = Fixture.state(size: device.size, screens: DecisionsFixture.screens)
        let loop = ConsoleLoop(state: state, device: device, repository: repository) { clock.now }
        func settle() async { await loop.settle(device) }
        loop.begin()
        await settle()
        device.pending = [.key(.down), .key(.down)]
        await settle()
        #expect(device.lastFrame?.line(5).hasPrefix("IND-2026-0155") == true)
        _ = try await repository.decide("IND-2026-0150", expectedVersion: 1,
                                        decision: Decision(kind: .defer, split: DecisionsFixture.coordinator.proposedSplit,
                                                           note: "Mangler plan"),
                                        context: DecisionsCommandTests.otherTerminal)
        _ = try await repository.decide("IND-2026-0142", expectedVersion: 1,
                                        decision: Decision(kind: .reject, split: .single("BEV"), note: "Nej"),
                                        context: DecisionsCommandTests.otherTerminal)
        clock.now += .milliseconds(600)
        await settle()
        let frame = try #require(device.lastFrame)
        #expect(frame.line(3).hasPrefix("IND-2026-0150"))
        #expect(frame.line(3).contains("udsat"))
        #expect(frame.line(4).hasPrefix("IND-2026-0155"))
        #expect(frame.cursor == Point(x: 0, y: 4))
    }
}
