import ForumCore

/// A column of a table: its title, how wide it is, and how its text aligns.
public struct TableColumn: Hashable, Sendable {
    /// Fixed columns keep their width; flexible ones share what is left, never below `minimum`.
    public enum Width: Hashable, Sendable {
        case fixed(Int)
        case flexible(minimum: Int)
    }

    public var title: String
    public var width: Width
    public var alignment: TextLayout.Alignment

    public init(_ title: String, width: Width, alignment: TextLayout.Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// A right-aligned amount column, by default wide enough for `999.999.999` and for a title like
    /// `Beløb (kr.)` with its sort indicator. The title names the unit, so the cells leave ` kr.`
    /// out (see `TableCell.money`).
    public static func money(_ title: String, width: Int = 13) -> TableColumn {
        TableColumn(title, width: .fixed(width), alignment: .right)
    }
}

/// One cell's text and how it looks.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .plain) {
        self.text = text
        self.role = role
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// An amount in whole kroner the Danish way, without the unit: `1.234.567`.
    public static func money(_ amount: Money, _ role: StyleRole = .plain) -> TableCell {
        TableCell(amount.formatted(.kroner, unit: false), role)
    }
}

/// One row of a table, built only when it is visible.
public struct TableRow: Hashable, Sendable {
    public var cells: [TableCell]

    public init(_ cells: [TableCell]) {
        self.cells = cells
    }
}

/// Which column the rows are sorted by, and which way.
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }

    /// `▲` ascending, `▼` descending: shown after the sorted column's title.
    public var indicator: String { ascending ? "▲" : "▼" }
}
