import ForumCore

/// The `?` overlay: every key of the current screen and the console, filtered as you type.
struct HelpState: Hashable, Sendable {
    var filter = TextFieldState()
    var scroll = 0
}

/// One line of help.
enum HelpLine: Hashable, Sendable {
    case section(String)
    case key(keys: String, text: String, muted: Bool)
    case note(String)
}

enum HelpOverlay {
    /// The lines of help for these sections of actions and notes, keeping those that match the
    /// filter; notes are wrapped to `width`.
    static func lines(sections: [(title: String, actions: [ConsoleAction])], notes: [String],
                      filter: String, language: Language, width: Int) -> [HelpLine] {
        var lines: [HelpLine] = []
        for section in sections {
            let matching = section.actions.filter { action in
                let text = action.keyLabel + " " + action.title.text(language)
                return FuzzyMatch.containsWords(filter, in: text)
            }
            guard !matching.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.note("")) }
            lines.append(.section(section.title))
            for action in matching {
                var text = action.title.text(language)
                if let reason = action.disabledReason { text += " – " + reason.text(language) }
                lines.append(.key(keys: action.keyLabel, text: text, muted: action.disabledReason != nil))
            }
        }
        let shownNotes = notes.filter { FuzzyMatch.containsWords(filter, in: $0) }
            .flatMap { TextLayout.wrap($0, to: width) }
        if !shownNotes.isEmpty {
            if !lines.isEmpty { lines.append(.note("")) }
            lines += shownNotes.map(HelpLine.note)
        }
        return lines
    }

    /// The rows of the list that the box shows at `area`.
    static func listHeight(in area: Rect) -> Int { Swift.max(0, area.height - 4) }

    /// Draws help in a box over `area`; returns the cursor (in the filter field).
    static func render(_ help: HelpState, lines: [HelpLine], language: Language, into frame: inout Frame,
                       area: Rect) -> Point {
        let inside = Box.draw(area, title: Strings.helpTitle.text(language), into: &frame)
        guard inside.height > 2, inside.width > 10 else { return Point(x: inside.x, y: inside.y) }
        let label = Strings.helpFilter.text(language) + " "
        let labelWidth = frame.put(label, at: Point(x: inside.x + 1, y: inside.y), style: Style(.dialog, .bold))
        let cursor = TextFieldView.render(help.filter, into: &frame,
                                          row: Rect(x: inside.x + 1 + labelWidth, y: inside.y,
                                                    width: inside.width - 2 - labelWidth, height: 1))
        let list = Rect(x: inside.x + 1, y: inside.y + 2, width: inside.width - 2, height: inside.height - 2)
        guard !lines.isEmpty else {
            frame.put(Strings.helpNoMatch.text(language), at: Point(x: list.x, y: list.y), style: Style(.muted))
            return cursor
        }
        let keyWidth = Swift.min(22, lines.reduce(0) { widest, line in
            if case .key(let keys, _, _) = line { return Swift.max(widest, DisplayWidth.of(keys)) }
            return widest
        })
        let top = Swift.max(0, Swift.min(help.scroll, lines.count - list.height))
        for (offset, line) in lines.dropFirst(top).prefix(list.height).enumerated() {
            let point = Point(x: list.x, y: list.y + offset)
            switch line {
            case .section(let title):
                frame.put(TextLayout.truncate(title, to: list.width), at: point, style: Style(.title))
            case .key(let keys, let text, let muted):
                frame.put(TextLayout.fit(keys, to: keyWidth), at: point, style: Style(.keyHint))
                frame.put(TextLayout.truncate(text, to: list.width - keyWidth - 2),
                          at: Point(x: point.x + keyWidth + 2, y: point.y), style: Style(muted ? .muted : .dialog))
            case .note(let text):
                frame.put(TextLayout.truncate(text, to: list.width), at: point, style: Style(.muted))
            }
        }
        if top + list.height < lines.count {
            frame.put("▼", at: Point(x: list.maxX - 1, y: list.maxY - 1), style: Style(.marker))
        }
        if top > 0 { frame.put("▲", at: Point(x: list.maxX - 1, y: list.y), style: Style(.marker)) }
        return cursor
    }
}
