import ForumCore

/// Draws a document: its title stays on the first row, with the lines shown (`1–19 af 42`) at
/// its right when the rest scrolls under it. The terminal cursor stays on the title.
enum DocumentView {
    static func render(title: StyledLine, lines: [StyledLine], state: DocumentState, language: Language,
                       into frame: inout Frame, area: Rect) {
        guard area.height > 2 else { return }
        frame.cursor = Point(x: area.x, y: area.y)
        let page = DocumentState.pageHeight(area)
        let top = Swift.max(0, Swift.min(state.scroll, lines.count - page))
        var titleWidth = area.width
        if lines.count > page {
            let position = Strings.scrollPosition(top + 1, Swift.min(top + page, lines.count), of: lines.count).text(language)
            let width = DisplayWidth.of(position)
            frame.put(position, at: Point(x: area.maxX - width, y: area.y), style: Style(.muted))
            titleWidth -= width + 2
        }
        title.render(into: &frame, at: Point(x: area.x, y: area.y), width: titleWidth)
        for (offset, line) in lines.dropFirst(top).prefix(page).enumerated() {
            line.render(into: &frame, at: Point(x: area.x, y: area.y + 1 + offset), width: area.width)
        }
    }
}
