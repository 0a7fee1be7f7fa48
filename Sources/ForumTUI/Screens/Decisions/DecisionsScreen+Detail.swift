import ForumCore

/// The detail's own keys and the wheel: back to the queue, and scrolling through the document.
/// The decision keys work here as in the queue (`DecisionsScreen+Decisions`).
extension DecisionsScreen {
    /// Back to the queue and scrolling; nil for the decision keys, which `performDecision` takes.
    mutating func performInDetail(_ action: String, detail: inout DetailState, context: ScreenContext) -> ScreenResponse? {
        let count = DetailView.lines(detail, language: context.language, area: context.area).count
        let page = DetailView.pageHeight(context.area)
        switch action {
        case "back":
            mode = .queue
            relist(context)
        case "scroll.up": detail.scroll(by: -1, lineCount: count, area: context.area)
        case "scroll.down": detail.scroll(by: 1, lineCount: count, area: context.area)
        case "scroll.pageUp": detail.scroll(by: -Swift.max(1, page - 1), lineCount: count, area: context.area)
        case "scroll.pageDown": detail.scroll(by: Swift.max(1, page - 1), lineCount: count, area: context.area)
        case "scroll.top": detail.scroll(by: -count, lineCount: count, area: context.area)
        case "scroll.bottom": detail.scroll(by: count, lineCount: count, area: context.area)
        default: return nil
        }
        return ScreenResponse.none
    }

    func mouseInDetail(_ event: MouseEvent, detail: inout DetailState, context: ScreenContext) {
        let count = DetailView.lines(detail, language: context.language, area: context.area).count
        switch event.kind {
        case .wheelUp: detail.scroll(by: -3, lineCount: count, area: context.area)
        case .wheelDown: detail.scroll(by: 3, lineCount: count, area: context.area)
        case .click: break
        }
    }
}
