import ForumCore
import Testing
@testable import ForumTUI

/// Keys become state changes: switching screens, help, the palette, quitting.
struct ShellInputTests {
    func typing(_ events: [InputEvent], into state: inout ShellState) -> [Effect] {
        events.flatMap { state.handle($0) }
    }

    @Test("1–6 show the screens; Tab and Shift-Tab go round")
    func switching() {
        var state = Fixture.state()
        _ = typing(keys("3"), into: &state)
        #expect(state.active == .budget)
        _ = typing([.key(.tab), .key(.tab), .key(.tab), .key(.tab)], into: &state)
        #expect(state.active == .decisions)
        _ = typing([.key(.backTab)], into: &state)
        #expect(state.active == .transitions)
        _ = typing(keys("1"), into: &state)
        #expect(state.active == .decisions)
    }

    @Test("A click on a tab shows its screen")
    func clickTab() {
        var state = Fixture.state()
        _ = state.handle(.mouse(MouseEvent(.click, at: Point(x: 19, y: 1))))
        #expect(state.active == .capacity)
    }

    @Test("Showing a screen loads it; before the first change token, the token's arrival loads it instead")
    func showingLoads() {
        let screens: [any Screen] = ScreenID.allCases.map { id in
            id == .capacity ? RequestListScreen(id: .capacity) as any Screen : NotBuiltScreen(id: id)
        }
        var state = Fixture.state(screens: screens)
        // A key pressed while the console starts: nothing loaded twice.
        #expect(typing(keys("2"), into: &state).isEmpty)
        #expect(state.receive(.changeToken(1)).map(\.label) == ["load settings", "load requests"])
        _ = typing(keys("1"), into: &state)
        #expect(typing(keys("2"), into: &state).map(\.label) == ["load requests"])
        #expect(typing(keys("2"), into: &state).isEmpty)
    }

    @Test("A status message clears at the next action and does not follow to another screen; a dialog's typing keeps it")
    func statusClears() {
        var state = Fixture.state()
        state.post(.warning, "noget gik galt", now: .zero)
        _ = typing([.key(.down)], into: &state)
        #expect(state.status.current == nil)
        state.post(.success, "gemt", now: .zero)
        _ = typing(keys("2"), into: &state)
        #expect(state.status.current == nil)
        state.post(.warning, "skriv et tal", now: .zero)
        _ = typing(keys("?"), into: &state)
        #expect(state.status.current == nil, "opening help is an action too")
        state.post(.warning, "skriv et tal", now: .zero)
        _ = typing(keys("x"), into: &state)
        #expect(state.status.current?.text == "skriv et tal", "typed into the open help's filter")
    }

    @Test("Help opens with ?, filters as you type, and closes with Esc")
    func help() throws {
        var state = Fixture.state()
        _ = typing(keys("?"), into: &state)
        guard case .help(let help)? = state.overlays.last else { Issue.record("help is not open"); return }
        let all = state.helpLines(help)
        #expect(all.contains(.key(keys: "q Ctrl-C", text: "Afslut", muted: false)))
        _ = typing(keys("afsl"), into: &state)
        guard case .help(let filtered)? = state.overlays.last else { Issue.record("help closed"); return }
        let keysShown = state.helpLines(filtered).compactMap { line -> String? in
            if case .key(let keys, _, _) = line { return keys } else { return nil }
        }
        #expect(keysShown == ["q Ctrl-C"])
        #expect(state.active == .decisions)
        _ = state.handle(.key(.escape))
        #expect(state.overlays.isEmpty)
    }

    @Test("Help lists the current screen's keys first, under the screen's name")
    func helpForScreen() {
        let screens: [any Screen] = [RequestListScreen()] + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }
        var state = Fixture.state(screens: screens)
        _ = typing(keys("?"), into: &state)
        guard case .help(let help)? = state.overlays.last else { Issue.record("help is not open"); return }
        let lines = state.helpLines(help)
        #expect(lines.prefix(3) == [.section("Beslutninger"), .key(keys: "↑ k", text: "Op en række", muted: false),
                                    .key(keys: "↓ j", text: "Ned en række", muted: false)])
        #expect(lines.contains(.key(keys: "r", text: "Afvis", muted: false)))
        #expect(lines.contains(.section("Overalt")))
    }

    @Test("The palette reaches actions without a key: switching the theme")
    func paletteTheme() {
        var state = Fixture.state()
        _ = typing(keys(":farvetema") + [.key(.enter)], into: &state)
        #expect(state.overlays.isEmpty)
        #expect(state.theme == .light)
        #expect(state.status.current?.text == "Tema: lys")
    }

    @Test("The palette moves with ↑ ↓ and runs the chosen action")
    func paletteChoose() {
        var state = Fixture.state()
        _ = typing(keys(":vis") + [.key(.down), .key(.down), .key(.up), .key(.down), .key(.enter)], into: &state)
        #expect(state.active == .budget)
    }

    @Test("q quits at once when nothing is unsaved; q typed into help is text")
    func quit() {
        var state = Fixture.state()
        _ = typing(keys("?q"), into: &state)
        #expect(!state.quitRequested)
        _ = state.handle(.key(.escape))
        _ = typing(keys("q"), into: &state)
        #expect(state.quitRequested)
    }

    @Test("Ctrl-C over a dialog with typed input asks first; Fortryd goes back to the dialog")
    func quitAsks() {
        let screens: [any Screen] = [RequestListScreen(requests: [Fixture.request("IND-1", kroner: 37_500)])]
            + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }
        var state = Fixture.state(screens: screens)
        _ = typing(keys("rmangler"), into: &state)
        #expect(state.hasUnsavedInput)
        _ = state.handle(.key(.control("c")))
        #expect(!state.quitRequested)
        guard case .dialog(_, .quit)? = state.overlays.last else { Issue.record("no quit question"); return }
        _ = state.handle(.key(.enter))
        #expect(!state.quitRequested)
        guard case .dialog(let dialog, .screen(.decisions, _))? = state.overlays.last else {
            Issue.record("the reject dialog is gone")
            return
        }
        #expect(dialog.field?.text == "mangler")
        _ = state.handle(.key(.control("c")))
        _ = typing([.key(.tab), .key(.enter)], into: &state)
        #expect(state.quitRequested)
    }

    @Test("q in a dialog types into its field; on the buttons it asks before quitting")
    func quitFromDialogButtons() {
        let screens: [any Screen] = [RequestListScreen(requests: [Fixture.request("IND-1", kroner: 37_500)])]
            + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }
        var state = Fixture.state(screens: screens)
        _ = typing(keys("rq"), into: &state)
        guard case .dialog(let dialog, _)? = state.overlays.last else { Issue.record("no dialog"); return }
        #expect(dialog.field?.text == "q")
        _ = typing([.key(.tab)] + keys("q"), into: &state)
        #expect(!state.quitRequested)
        guard case .dialog(_, .quit)? = state.overlays.last else { Issue.record("no quit question"); return }
        _ = typing([.key(.tab), .key(.enter)], into: &state)
        #expect(state.quitRequested)
    }

    @Test("Confirming a screen's dialog hands the screen its typed continuation and the input")
    func confirmDialog() {
        let screens: [any Screen] = [RequestListScreen(requests: [Fixture.request("IND-1", kroner: 37_500)])]
            + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }
        var state = Fixture.state(screens: screens)
        _ = typing(keys("rSøg først §107") + [.key(.enter)], into: &state)
        #expect(state.overlays.isEmpty)
        #expect((state.screens[0] as? RequestListScreen)?.confirmed == ["IND-1: Søg først §107"])
    }

    @Test("A disabled action says why on the status line instead of running")
    func disabled() {
        var state = Fixture.state()
        let action = ConsoleAction(.global(.show(.capacity)), keys: [], title: Strings.actionQuit,
                                   disabledReason: Phrase(da: "kun formanden kan det", en: "only the chair can do that"))
        _ = state.run(action)
        #expect(state.active == .decisions)
        #expect(state.status.current?.kind == .warning)
        #expect(state.status.current?.text == "kun formanden kan det")
    }

    @Test("Resizing changes the size the next frame is drawn at; too small takes only q and Ctrl-C")
    func resize() {
        var state = Fixture.state()
        _ = state.handle(.resize(Size(width: 70, height: 20)))
        #expect(!state.fits)
        _ = typing(keys("3?"), into: &state)
        #expect(state.active == .decisions)
        #expect(state.overlays.isEmpty)
        _ = state.handle(.resize(Fixture.large))
        #expect(ShellView.render(state).size == Fixture.large)
        _ = state.handle(.resize(Size(width: 70, height: 20)))
        _ = typing(keys("q"), into: &state)
        #expect(state.quitRequested)
    }

    @Test("Ctrl-L asks the driver to write the whole screen again")
    func redraw() {
        var state = Fixture.state()
        _ = state.handle(.key(.control("l")))
        #expect(state.redrawRequested)
    }

    @Test("The footer shows the keys that apply in each place")
    func footer() {
        var state = Fixture.state()
        #expect(state.footerHints.last == KeyHint("?", "hjælp"))
        _ = typing(keys(":"), into: &state)
        #expect(state.footerHints.map(\.keys) == ["↑↓", "Enter", "Esc"])
    }
}
