import ForumCore

/// The detail's own keys: back to the queue, scrolling through the document, and `]` `[` to
/// the next or previous request of the queue without going back. The decision keys work here as
/// in the queue (`DecisionsScreen+Decisions`).
extension DecisionsScreen {
    mutating func performInDetail(_ action: DecisionsAction, detail: inout DetailState,
                                  context: ScreenContext) -> ScreenResponse {
        switch action {
        case .back:
            mode = .queue
            relist(context)
        case .document(.nextItem): return step(by: 1, context: context)
        case .document(.previousItem): return step(by: -1, context: context)
        case .document(let key):
            let count = DetailView.lines(detail, language: context.language, area: context.area).count
            detail.document.apply(key, lineCount: count, area: context.area)
        default:
            break
        }
        return .none
    }

    /// Opens the detail of the request `offset` rows from this one in the queue; the queue's
    /// selection follows, so that going back lands on it.
    private mutating func step(by offset: Int, context: ScreenContext) -> ScreenResponse {
        guard let item = queue.step(by: offset, context: context) else {
            return ScreenResponse(status: (.info, offset > 0 ? Strings.lastInList : Strings.firstInList))
        }
        mode = .detail(DetailState(id: item.id))
        return ScreenResponse(effects: [loadDetail(item.id, today: context.today)])
    }
}
