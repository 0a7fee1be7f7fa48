import ForumCore

/// How far a scrolling document is scrolled: the first line shown under its title.
public struct DocumentState: Hashable, Sendable {
    public var scroll = 0

    public init() {}

    /// The rows the scrolling part shows in `area`: all but the title's.
    public static func pageHeight(_ area: Rect) -> Int { Swift.max(1, area.height - 1) }

    /// Scrolls by `delta` lines, never past the ends of the document.
    public mutating func scroll(by delta: Int, lineCount: Int, area: Rect) {
        scroll = Swift.max(0, Swift.min(scroll + delta, lineCount - DocumentState.pageHeight(area)))
    }

    /// Carries out a scrolling key; the next and previous item are the screen's to do.
    public mutating func apply(_ action: DocumentAction, lineCount: Int, area: Rect) {
        let step = Swift.max(1, DocumentState.pageHeight(area) - 1)
        switch action {
        case .up: scroll(by: -1, lineCount: lineCount, area: area)
        case .down: scroll(by: 1, lineCount: lineCount, area: area)
        case .pageUp: scroll(by: -step, lineCount: lineCount, area: area)
        case .pageDown: scroll(by: step, lineCount: lineCount, area: area)
        case .top: scroll(by: -lineCount, lineCount: lineCount, area: area)
        case .bottom: scroll(by: lineCount, lineCount: lineCount, area: area)
        case .nextItem, .previousItem: break
        }
    }
}

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
