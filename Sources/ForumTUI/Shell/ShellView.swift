import ForumCore

/// Draws the whole console from its state: header, tabs, the current screen, status line,
/// footer, and the topmost overlay (a question over a dialog hides the dialog until answered). A pure function: the same state always gives the same frame.
enum ShellView {
    static func render(_ state: ShellState) -> Frame {
        var frame = Frame(size: state.size)
        guard state.fits else {
            renderTooSmall(state, into: &frame)
            return frame
        }
        let width = state.size.width
        HeaderView.render(state, into: &frame, area: Rect(x: 0, y: 0, width: width, height: 1))
        let tabs = TabBar(titles: ScreenID.allCases.map { state.text($0.title) }, active: state.active.rawValue - 1)
        let tabRow = Rect(x: 0, y: 1, width: width, height: 1)
        tabs.render(into: &frame, area: tabRow)
        DatabaseLabelView.render(state, into: &frame, area: tabRow, after: tabs.width)
        state.activeScreen.render(into: &frame, context: state.context(for: state.active))
        state.status.render(into: &frame, area: Rect(x: 0, y: state.size.height - 2, width: width, height: 1))
        KeyHintBar(state.footerHints)
            .render(into: &frame, area: Rect(x: 0, y: state.size.height - 1, width: width, height: 1))
        if let overlay = state.overlays.last {
            frame.cursor = renderOverlay(overlay, state: state, into: &frame)
        }
        return frame
    }

    private static func renderOverlay(_ overlay: Overlay, state: ShellState, into frame: inout Frame) -> Point {
        let body = state.bodyArea
        switch overlay {
        case .help(let help):
            let area = Rect(x: body.x + 2, y: body.y, width: body.width - 4, height: body.height)
            return HelpOverlay.render(help, lines: state.helpLines(help), language: state.language,
                                      into: &frame, area: area)
        case .palette(let palette):
            return PaletteOverlay.render(palette, matches: state.paletteMatches(palette), language: state.language,
                                         into: &frame, area: body)
        case .dialog(let dialog, _):
            return DialogView.render(dialog, into: &frame, area: body)
        }
    }

    /// Below 80×24 the console says so, centred, instead of drawing a squashed screen.
    private static func renderTooSmall(_ state: ShellState, into frame: inout Frame) {
        let size = state.size
        let message = state.text(Strings.terminalTooSmall(need: Size.minimum.description, have: size.description))
        let hint = state.text(Strings.terminalTooSmallHint)
        let lines = TextLayout.wrap(message, to: size.width) + [""] + TextLayout.wrap(hint, to: size.width)
        let top = Swift.max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let x = Swift.max(0, (size.width - DisplayWidth.of(line)) / 2)
            frame.put(line, at: Point(x: x, y: top + offset), style: Style(offset == 0 ? .warning : .plain))
        }
        frame.cursor = Point(x: 0, y: Swift.min(top, Swift.max(0, size.height - 1)))
    }
}
