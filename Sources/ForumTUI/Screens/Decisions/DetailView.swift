import ForumCore

/// The detail of one request: which, what the repository told about it, and how far it is scrolled.
struct DetailState: Sendable {
    var id: RequestID
    /// Nil until the load arrives.
    var detail: RequestDetail?
    /// The first document line shown under the title.
    var scroll = 0

    init(id: RequestID) {
        self.id = id
    }

    /// Scrolls by `delta` lines, never past the ends of the document.
    mutating func scroll(by delta: Int, lineCount: Int, area: Rect) {
        let page = DetailView.pageHeight(area)
        scroll = Swift.max(0, Swift.min(scroll + delta, lineCount - page))
    }
}

/// Draws the detail: the request's title stays on the first row, with the lines shown (`1–19
/// af 42`) at its right when the rest (`DetailDocument`) scrolls under it. The terminal cursor
/// stays on the title.
enum DetailView {
    /// The rows the scrolling part of the detail shows.
    static func pageHeight(_ area: Rect) -> Int { Swift.max(1, area.height - 1) }

    /// The scrolling document, as it is drawn in `area`.
    static func lines(_ state: DetailState, language: Language, area: Rect) -> [StyledLine] {
        guard let detail = state.detail else { return [] }
        return DetailDocument(detail: detail, language: language, width: area.width).lines
    }

    static func render(_ state: DetailState, into frame: inout Frame, context: ScreenContext) {
        let area = context.area
        guard area.height > 2 else { return }
        frame.cursor = Point(x: area.x, y: area.y)
        guard let detail = state.detail else {
            frame.put(state.id.rawValue + "  " + Strings.loading.text(context.language), at: Point(x: area.x, y: area.y),
                      style: Style(.title))
            return
        }
        let lines = lines(state, language: context.language, area: area)
        let page = pageHeight(area)
        let top = Swift.max(0, Swift.min(state.scroll, lines.count - page))
        var titleWidth = area.width
        if lines.count > page {
            let position = Strings.scrollPosition(top + 1, Swift.min(top + page, lines.count), of: lines.count)
                .text(context.language)
            let width = DisplayWidth.of(position)
            frame.put(position, at: Point(x: area.maxX - width, y: area.y), style: Style(.muted))
            titleWidth -= width + 2
        }
        title(detail.request, language: context.language).render(into: &frame, at: Point(x: area.x, y: area.y),
                                                                  width: titleWidth)
        for (offset, line) in lines.dropFirst(top).prefix(page).enumerated() {
            line.render(into: &frame, at: Point(x: area.x, y: area.y + 1 + offset), width: area.width)
        }
    }

    /// `IND-2026-0142 · på dagsorden · Mentor (LAB)`: the status before the offer, so that a
    /// long offer is what gets cut.
    static func title(_ request: GrantRequest, language: Language) -> StyledLine {
        StyledLine(request.id.rawValue + " · ", .title)
            .adding(Strings.status(request.status).text(language), QueueColumn.role(of: request.status), .bold)
            .adding(" · " + request.offer + " (" + request.law + ")", .title)
    }
}
