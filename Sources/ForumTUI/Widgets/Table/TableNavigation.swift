import ForumCore

/// Moving in a table: row by row, page by page, first and last. Every table screen binds these.
public enum TableNavigation: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last

    /// The keys every table offers, in the order help lists them.
    public static let bindings: [KeyBinding<TableNavigation>] = [
        KeyBinding(.up, keys: [.up, .character("k")], title: Strings.actionMoveUp, inPalette: false),
        KeyBinding(.down, keys: [.down, .character("j")], title: Strings.actionMoveDown, inPalette: false),
        KeyBinding(.pageUp, keys: [.pageUp], title: Strings.actionPageUp, inPalette: false),
        KeyBinding(.pageDown, keys: [.pageDown, .character(" ")], title: Strings.actionPageDown, inPalette: false),
        KeyBinding(.first, keys: [.character("g"), .home], title: Strings.actionFirstRow),
        KeyBinding(.last, keys: [.character("G"), .end], title: Strings.actionLastRow),
    ]
}

extension TableState {
    /// Moves the selection as the navigation key says.
    public mutating func apply(_ navigation: TableNavigation, rowCount: Int, visibleRows: Int) {
        switch navigation {
        case .up: move(by: -1, rowCount: rowCount, visibleRows: visibleRows)
        case .down: move(by: 1, rowCount: rowCount, visibleRows: visibleRows)
        case .pageUp: page(down: false, rowCount: rowCount, visibleRows: visibleRows)
        case .pageDown: page(down: true, rowCount: rowCount, visibleRows: visibleRows)
        case .first: select(0, rowCount: rowCount, visibleRows: visibleRows)
        case .last: select(rowCount - 1, rowCount: rowCount, visibleRows: visibleRows)
        }
    }
}
