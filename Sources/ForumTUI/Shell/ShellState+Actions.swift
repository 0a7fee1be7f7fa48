import ForumCore

extension ShellState {
    /// The console's own actions, the same on every screen. Their keys win over a screen's, but
    /// for `e`: where a screen has its own `e` (end a placement, edit a note), it keeps it, and
    /// export is in the palette there.
    var globalActions: [ConsoleAction] {
        let screens = ScreenID.allCases.map { id in
            KeyBinding(GlobalAction.show(id), keys: [.character(Character(String(id.rawValue)))],
                       title: Strings.actionShowScreen(id.title))
        }
        let bindings = screens + [
            KeyBinding(.nextScreen, keys: [.tab], title: Strings.actionNextScreen, footer: Strings.footerNext),
            KeyBinding(.previousScreen, keys: [.backTab], title: Strings.actionPreviousScreen),
            KeyBinding(.help, keys: [.character("?"), .function(1)], title: Strings.actionHelp, footer: Strings.footerHelp),
            KeyBinding(.palette, keys: [.character(":")], title: Strings.actionPalette, footer: Strings.footerPalette),
            KeyBinding(.redraw, keys: [.control("l")], title: Strings.actionRedraw),
            KeyBinding(.theme, keys: [], title: Strings.actionTheme),
            KeyBinding(.export, keys: [.character("e")], title: Strings.actionExport),
            KeyBinding(.quit, keys: [.character("q"), .control("c")], title: Strings.actionQuit, footer: Strings.footerQuit),
        ]
        return bindings.map { $0.map(ConsoleCommand.global) }
    }

    /// The current screen's actions.
    var screenActions: [ConsoleAction] { activeScreen.consoleActions(context(for: active)) }

    /// What help lists: the screen's keys, then the console's.
    var helpSections: [(title: String, actions: [ConsoleAction])] {
        [(text(active.title), screenActions), (text(Strings.helpEverywhere), globalActions)]
    }

    /// The notes under the keys in help.
    var helpNotes: [String] {
        activeScreen.helpNotes(context(for: active)).map(text) + [text(Strings.helpTextKeys), text(Strings.helpMouse)]
    }

    /// The help lines for the current filter.
    func helpLines(_ help: HelpState) -> [HelpLine] {
        HelpOverlay.lines(sections: helpSections, notes: helpNotes, filter: help.filter.text, language: language,
                          width: Swift.max(20, bodyArea.width - 8))
    }

    /// The palette's matches for the current query: the screen's actions first, then the console's.
    func paletteMatches(_ palette: PaletteState) -> [ConsoleAction] {
        PaletteOverlay.matches(screenActions + globalActions, query: palette.query.text, language: language)
    }

    /// The keys that apply here, for the footer; the last (help or close) is always shown.
    var footerHints: [KeyHint] {
        switch overlays.last {
        case .help:
            return [KeyHint("↑↓", text(Strings.footerScroll)), KeyHint("Esc", text(Strings.footerClose))]
        case .palette:
            return [KeyHint("↑↓", text(Strings.footerChoose)), KeyHint("Enter", text(Strings.footerRun)),
                    KeyHint("Esc", text(Strings.footerClose))]
        case .dialog:
            return [KeyHint("Enter", text(Strings.footerConfirm)), KeyHint("Tab", text(Strings.footerSwitchButton)),
                    KeyHint("Esc", text(Strings.footerCancel))]
        case nil:
            let screen = screenActions.compactMap { action in
                action.footer.map { KeyHint(action.keys.first?.label ?? "", text($0)) }
            }
            if activeScreen.isEditingText { return screen }
            return screen + [
                KeyHint("1–6", text(Strings.footerScreens)), KeyHint("Tab", text(Strings.footerNext)),
                KeyHint(":", text(Strings.footerPalette)), KeyHint("q", text(Strings.footerQuit)),
                KeyHint("?", text(Strings.footerHelp)),
            ]
        }
    }
}
