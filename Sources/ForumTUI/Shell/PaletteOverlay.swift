import ForumCore

/// The `:` palette: type part of an action's name, pick it with ↑ ↓ and run it with Enter.
/// It reaches every action of the current screen and of the console, including those without a key.
struct PaletteState: Hashable, Sendable {
    var query = TextFieldState()
    var selected = 0
}

enum PaletteOverlay {
    /// The actions that match the query, best first.
    static func matches(_ actions: [ConsoleAction], query: String, language: Language) -> [ConsoleAction] {
        FuzzyMatch.filter(actions.filter(\.inPalette), query: query) { $0.title.text(language) + " " + $0.keyLabel }
    }

    /// The box the palette takes in a body area: near the top, at most 72 columns wide.
    static func box(in area: Rect, itemCount: Int) -> Rect {
        let width = Swift.min(72, area.width - 4)
        let height = Swift.min(area.height - 2, Swift.max(itemCount, 1) + 4)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
    }

    /// Draws the palette; returns the cursor (in the query field).
    static func render(_ palette: PaletteState, matches: [ConsoleAction], language: Language,
                       into frame: inout Frame, area: Rect) -> Point {
        let box = box(in: area, itemCount: matches.count)
        let inside = Box.draw(box, title: Strings.paletteTitle.text(language), into: &frame)
        guard inside.height > 2, inside.width > 6 else { return Point(x: inside.x, y: inside.y) }
        frame.put(":", at: Point(x: inside.x + 1, y: inside.y), style: Style(.keyHint))
        let cursor = TextFieldView.render(palette.query, into: &frame,
                                          row: Rect(x: inside.x + 3, y: inside.y, width: inside.width - 4, height: 1))
        let list = Rect(x: inside.x + 1, y: inside.y + 2, width: inside.width - 2, height: inside.height - 2)
        guard !matches.isEmpty else {
            frame.put(Strings.paletteNoMatch.text(language), at: Point(x: list.x, y: list.y), style: Style(.muted))
            return cursor
        }
        let top = Swift.max(0, Swift.min(palette.selected - list.height + 1, matches.count - list.height))
        for (offset, action) in matches.dropFirst(top).prefix(list.height).enumerated() {
            let y = list.y + offset
            let keys = action.keyLabel
            let keysWidth = DisplayWidth.of(keys)
            var title = action.title.text(language)
            if let reason = action.disabledReason { title += " – " + reason.text(language) }
            let role: StyleRole = action.disabledReason == nil ? .dialog : .muted
            frame.put(TextLayout.truncate(title, to: list.width - keysWidth - 2), at: Point(x: list.x, y: y),
                      style: Style(role))
            frame.put(keys, at: Point(x: list.maxX - keysWidth, y: y), style: Style(.keyHint))
            if top + offset == palette.selected {
                frame.restyle(Rect(x: list.x - 1, y: y, width: list.width + 2, height: 1), style: Style(.selection))
            }
        }
        return cursor
    }
}
