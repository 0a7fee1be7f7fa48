import ForumCore

/// The update function for input: a key, a mouse event or a resize changes the state and may
/// ask for effects. Pure apart from the state it changes.
extension ShellState {
    mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            return []
        case .mouse(let mouse):
            return fits ? handleMouse(mouse) : []
        case .key(let key):
            return handleKey(key)
        }
    }

    private mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .control("c") { return requestQuit() }
        guard fits else {
            if key == .character("q") { quitRequested = true }
            return []
        }
        if let overlay = overlays.popLast() { return handleOverlay(overlay, key: key) }
        // A message answers the action before; the next action (outside a dialog, whose
        // warning belongs to the answer being typed) starts with a clear status line.
        status.clear()
        let index = activeIndex
        if let response = screens[index].edit(key, context: context(for: active)) { return apply(response, from: active) }
        if let action = globalActions.first(where: { $0.keys.contains(key) }) {
            // A screen's own `e` (end a placement, edit a note) wins over export there.
            if case .global(.export) = action.action, let own = screenActions.first(where: { $0.keys.contains(key) }) {
                return run(own)
            }
            return run(action)
        }
        if let action = screenActions.first(where: { $0.keys.contains(key) }) { return run(action) }
        return []
    }

    /// Runs an action of the console or of the current screen, from its key or from the palette.
    mutating func run(_ action: ConsoleAction) -> [Effect] {
        if let reason = action.disabledReason {
            post(.warning, text(reason), now: now)
            return []
        }
        switch action.action {
        case .global(let global): return run(global)
        case .screen(let id, let perform):
            guard let index = screens.firstIndex(where: { $0.id == id }) else { return [] }
            return apply(perform(&screens[index], context(for: id)), from: id)
        }
    }

    private mutating func run(_ action: GlobalAction) -> [Effect] {
        switch action {
        case .show(let id): return show(id)
        case .nextScreen: return show(ScreenID(rawValue: active.rawValue % ScreenID.allCases.count + 1) ?? active)
        case .previousScreen:
            let count = ScreenID.allCases.count
            return show(ScreenID(rawValue: (active.rawValue + count - 2) % count + 1) ?? active)
        case .help: overlays.append(.help(HelpState()))
        case .palette: overlays.append(.palette(PaletteState()))
        case .redraw: redrawRequested = true
        case .theme:
            theme = theme.next
            post(.info, text(Strings.themeChanged(theme.phrase)), now: now)
        case .export: askExport()
        case .quit: return requestQuit()
        }
        return []
    }

    /// Shows another screen and loads what it shows. Before the first change token has come,
    /// its arrival loads the screen then active: loading here too would load it twice while the
    /// console starts (a key pressed at once, `3`, used to read the budget twice).
    mutating func show(_ id: ScreenID) -> [Effect] {
        guard id != active else { return [] }
        active = id
        status.clear()
        return changeToken == nil ? [] : activeScreen.reload(context(for: id))
    }

    /// Quits, unless a dialog holds unsaved input: then asks first.
    mutating func requestQuit() -> [Effect] {
        let asking = overlays.contains { if case .dialog(_, let purpose) = $0 { return purpose.isQuit } else { return false } }
        guard hasUnsavedInput, !asking else {
            quitRequested = true
            return []
        }
        let dialog = DialogState(title: text(Strings.quitTitle), message: text(Strings.quitUnsavedInput),
                                 confirmLabel: text(Strings.quitConfirm), cancelLabel: text(Strings.dialogCancel),
                                 focus: .cancel)
        overlays.append(.dialog(dialog, .quit))
        return []
    }

    /// Hands a key to the topmost overlay (already taken off the stack) and puts it back unless
    /// the key closed it.
    private mutating func handleOverlay(_ overlay: Overlay, key: Key) -> [Effect] {
        switch overlay {
        case .help(var help):
            let lines = helpLines(help).count
            let page = HelpOverlay.listHeight(in: bodyArea)
            switch key {
            case .escape, .enter: return []
            case .up: help.scroll = Swift.max(0, help.scroll - 1)
            case .down: help.scroll = Swift.max(0, Swift.min(help.scroll + 1, lines - page))
            case .pageUp: help.scroll = Swift.max(0, help.scroll - page)
            case .pageDown: help.scroll = Swift.max(0, Swift.min(help.scroll + page, lines - page))
            default:
                if help.filter.handle(key) { help.scroll = 0 }
            }
            overlays.append(.help(help))
        case .palette(var palette):
            let matches = paletteMatches(palette)
            switch key {
            case .escape: return []
            case .enter:
                guard matches.indices.contains(palette.selected) else { return [] }
                return run(matches[palette.selected])
            case .up: palette.selected = Swift.max(0, palette.selected - 1)
            case .down: palette.selected = Swift.min(Swift.max(0, matches.count - 1), palette.selected + 1)
            default:
                if palette.query.handle(key) { palette.selected = 0 }
            }
            overlays.append(.palette(palette))
        case .dialog(var dialog, let purpose):
            if key == .character("q"), dialog.focus != .field, !purpose.isQuit {
                overlays.append(.dialog(dialog, purpose))
                return requestQuit()
            }
            switch dialog.handle(key) {
            case .open: overlays.append(.dialog(dialog, purpose))
            case .cancelled: break
            case .confirmed:
                switch purpose {
                case .quit: quitRequested = true
                case .export(let sheet): return export(sheet, dialog: dialog)
                case .screen(let id, let confirm):
                    guard let index = screens.firstIndex(where: { $0.id == id }) else { return [] }
                    return apply(confirm(&screens[index], dialog, context(for: id)), from: id)
                }
            }
        }
        return []
    }

    private mutating func handleMouse(_ mouse: MouseEvent) -> [Effect] {
        if let top = overlays.last {
            guard case .help = top, mouse.kind != .click else { return [] }
            return handleOverlay(overlays.removeLast(), key: mouse.kind == .wheelUp ? .up : .down)
        }
        if mouse.at.y == 1, mouse.kind == .click {
            let bar = TabBar(titles: ScreenID.allCases.map { text($0.title) }, active: active.rawValue - 1)
            guard let tab = bar.tab(atColumn: mouse.at.x), let id = ScreenID(rawValue: tab + 1) else { return [] }
            return show(id)
        }
        guard bodyArea.contains(mouse.at) else { return [] }
        let context = context(for: active)
        let index = activeIndex
        return apply(screens[index].mouse(mouse, context: context), from: active)
    }

    /// Carries out what a screen asked for: a dialog, a status message, effects.
    mutating func apply(_ response: ScreenResponse, from id: ScreenID) -> [Effect] {
        if let dialog = response.dialog {
            overlays.append(.dialog(dialog.state, .screen(id, confirm: dialog.confirm)))
        }
        if let (kind, phrase) = response.status {
            post(kind, text(phrase), now: now)
        }
        return response.effects
    }
}

extension ThemeName {
    /// The theme's name in the user's language.
    var phrase: Phrase {
        switch self {
        case .standard: Strings.themeStandard
        case .light: Strings.themeLight
        case .mono: Strings.themeMono
        }
    }
}
