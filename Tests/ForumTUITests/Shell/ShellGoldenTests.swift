import ForumCore
import Testing
@testable import ForumTUI

/// The console's frames at 80×24 and 120×40 with a pinned day, compared with golden text.
struct ShellGoldenTests {
    /// The state after typing `events` into a fresh console.
    static func state(size: Size, language: Language = .danish, after events: [InputEvent] = [],
                      screens: [any Screen]? = nil) -> ShellState {
        var state = Fixture.state(size: size, language: language, screens: screens)
        for event in events { _ = state.handle(event) }
        return state
    }

    static func assertBothSizes(_ name: String, language: Language = .danish, after events: [InputEvent] = [],
                                sourceLocation: SourceLocation = #_sourceLocation) {
        for size in [Fixture.small, Fixture.large] {
            let frame = ShellView.render(state(size: size, language: language, after: events))
            GoldenFrame.assert(frame, matches: "shell-\(name)-\(size.width)x\(size.height)",
                               sourceLocation: sourceLocation)
        }
    }

    @Test("Start: header, tabs, the first screen saying it is not built yet, footer")
    func start() {
        Self.assertBothSizes("start")
    }

    @Test("Screen 2 after pressing 2")
    func capacity() {
        Self.assertBothSizes("capacity", after: keys("2"))
    }

    @Test("Help lists every key of the screen and the console")
    func help() {
        Self.assertBothSizes("help", after: keys("?"))
    }

    @Test("Help filtered by typing")
    func helpFiltered() {
        Self.assertBothSizes("help-filtered", after: keys("?skærm"))
    }

    @Test("The palette, filtered")
    func palette() {
        Self.assertBothSizes("palette", after: keys(":vis"))
    }

    @Test("English")
    func english() {
        Self.assertBothSizes("english", language: .english, after: keys("5"))
    }

    @Test("Before the settings have loaded the header says it is loading")
    func loading() {
        var state = Fixture.state()
        state.settings = nil
        GoldenFrame.assert(ShellView.render(state), matches: "shell-loading-80x24")
    }

    @Test("Below 80×24 the console says so instead of drawing garbage")
    func tooSmall() {
        let frame = ShellView.render(Self.state(size: Size(width: 60, height: 20)))
        GoldenFrame.assert(frame, matches: "shell-too-small-60x20")
        #expect(frame.text.contains("kræver 80×24, har 60×20"))
    }

    @Test("A list screen with a table and its selection; Ctrl-C over a dialog with input asks first")
    func listAndQuitDialog() {
        let requests = [Fixture.request("IND-1", kroner: 37_500), Fixture.request("IND-2", kroner: 12_000)]
        let screen = RequestListScreen(requests: requests)
        let screens: [any Screen] = [screen] + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }
        let list = Self.state(size: Fixture.small, after: [.key(.down)], screens: screens)
        GoldenFrame.assert(ShellView.render(list), matches: "shell-list-80x24")
        let asking = Self.state(size: Fixture.large, after: [.key(.down)] + keys("rmangler") + [.key(.control("c"))],
                                screens: screens)
        GoldenFrame.assert(ShellView.render(asking), matches: "shell-quit-dialog-120x40")
    }

    @Test("Every size from 80×24 to 250×80 keeps header, tabs and footer in place", arguments: [
        Size(width: 80, height: 24), Size(width: 81, height: 25), Size(width: 100, height: 30),
        Size(width: 160, height: 48), Size(width: 250, height: 80),
    ])
    func sizes(size: Size) {
        for events in [[], keys("?"), keys(":")] {
            let frame = ShellView.render(Self.state(size: size, after: events))
            #expect(frame.line(0).hasPrefix(" Skovby Kommune · budgetår 2026 · 25.11.2026"))
            #expect(frame.line(0).hasSuffix("Hanne Formand (formand)"))
            #expect(frame.line(1).contains("[1 Beslutninger]"))
            // Six tabs fill 80 columns: the database label shows where there is room beside them.
            if size.width >= 100 { #expect(frame.line(1).hasSuffix("demo.sqlite")) }
            #expect(frame.line(size.height - 1).hasSuffix(events.isEmpty ? "? hjælp" : "Esc luk"))
        }
    }

    @Test("Frames are the same for the same state: rendering is pure")
    func pure() {
        let state = Self.state(size: Fixture.large, after: keys("?"))
        #expect(ShellView.render(state) == ShellView.render(state))
    }
}
