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
