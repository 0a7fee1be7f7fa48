import ForumCore

/// The detail of one request: which, what the repository told about it, and how far it is scrolled.
struct DetailState: Sendable {
    var id: RequestID
    /// Nil until the load arrives.
    var detail: RequestDetail?
    var document = DocumentState()

    init(id: RequestID) {
        self.id = id
    }
}

/// Draws the detail: the request's title on the first row and `DetailDocument` scrolling under it.
enum DetailView {
    /// The scrolling document, as it is drawn in `area`.
    static func lines(_ state: DetailState, language: Language, area: Rect) -> [StyledLine] {
        guard let detail = state.detail else { return [] }
        return DetailDocument(detail: detail, language: language, width: area.width).lines
    }

    static func render(_ state: DetailState, into frame: inout Frame, context: ScreenContext) {
        let area = context.area
        guard area.height > 2 else { return }
        guard let detail = state.detail else {
            frame.cursor = Point(x: area.x, y: area.y)
            frame.put(state.id.rawValue + "  " + Strings.loading.text(context.language), at: Point(x: area.x, y: area.y),
                      style: Style(.title))
            return
        }
        DocumentView.render(title: title(detail.request, language: context.language),
                            lines: lines(state, language: context.language, area: area), state: state.document,
                            language: context.language, into: &frame, area: area)
    }

    /// `IND-2026-0142 · på dagsorden · Mentor (LAB)`: the status before the offer, so that a
    /// long offer is what gets cut.
    static func title(_ request: GrantRequest, language: Language) -> StyledLine {
        StyledLine(request.id.rawValue + " · ", .title)
            .adding(Strings.status(request.status).text(language), QueueColumn.role(of: request.status), .bold)
            .adding(" · " + request.offer + " (" + request.law + ")", .title)
    }
}
