import ForumCore

/// Something the user can do in the console: bound to keys, listed in help, shown in the footer
/// when it matters most, and reachable from the `:` palette.
public struct ConsoleAction: Hashable, Sendable, Identifiable {
    public var id: String
    public var keys: [Key]
    public var title: Phrase
    /// A short label for the footer; nil keeps the action out of the footer.
    public var footer: Phrase?
    /// Why the action cannot be used now (not permitted, nothing selected); nil when it can.
    /// Help and the palette show the reason, and pressing the key says it on the status line.
    public var disabledReason: Phrase?
    /// Whether the palette lists it; moving a row at a time is left out, everything else is in.
    public var inPalette: Bool

    public init(id: String, keys: [Key], title: Phrase, footer: Phrase? = nil, disabledReason: Phrase? = nil,
                inPalette: Bool = true) {
        self.id = id
        self.keys = keys
        self.title = title
        self.footer = footer
        self.disabledReason = disabledReason
        self.inPalette = inPalette
    }

    /// The keys as help shows them: `j ↓`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }

    /// The actions every table offers: row by row, page by page, first and last.
    public static let tableNavigation: [ConsoleAction] = [
        ConsoleAction(id: "table.up", keys: [.up, .character("k")], title: Strings.actionMoveUp, inPalette: false),
        ConsoleAction(id: "table.down", keys: [.down, .character("j")], title: Strings.actionMoveDown, inPalette: false),
        ConsoleAction(id: "table.pageUp", keys: [.pageUp], title: Strings.actionPageUp, inPalette: false),
        ConsoleAction(id: "table.pageDown", keys: [.pageDown, .character(" ")], title: Strings.actionPageDown,
                      inPalette: false),
        ConsoleAction(id: "table.first", keys: [.character("g"), .home], title: Strings.actionFirstRow),
        ConsoleAction(id: "table.last", keys: [.character("G"), .end], title: Strings.actionLastRow),
    ]

    /// Applies a table navigation action to a table's state; false when `id` is not one.
    public static func navigate(_ id: String, table: inout TableState, rowCount: Int, visibleRows: Int) -> Bool {
        switch id {
        case "table.up": table.move(by: -1, rowCount: rowCount, visibleRows: visibleRows)
        case "table.down": table.move(by: 1, rowCount: rowCount, visibleRows: visibleRows)
        case "table.pageUp": table.page(down: false, rowCount: rowCount, visibleRows: visibleRows)
        case "table.pageDown": table.page(down: true, rowCount: rowCount, visibleRows: visibleRows)
        case "table.first": table.select(0, rowCount: rowCount, visibleRows: visibleRows)
        case "table.last": table.select(rowCount - 1, rowCount: rowCount, visibleRows: visibleRows)
        default: return false
        }
        return true
    }
}
