import ForumCore

/// A column a table screen lists and sorts by.
public protocol TableScreenColumn: Hashable, Sendable {
    associatedtype Row
    func title(_ language: Language) -> String
    /// Whether the column sorts first the way it reads best, largest first (amounts, waiting).
    var startsDescending: Bool { get }
    /// Whether `a` comes before `b` in this column, ascending; nil when they are equal here.
    func ascending(_ a: Row, _ b: Row, language: Language) -> Bool?
    /// Whether an export carries the column: a meter or a sparkline is a picture, not a value.
    var isExported: Bool { get }
}

extension TableScreenColumn {
    public var isExported: Bool { true }
}

/// Which column a table screen is sorted by, and which way.
public struct ColumnSort<Column: TableScreenColumn>: Hashable, Sendable {
    public var column: Column
    public var ascending: Bool

    public init(column: Column, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }

    /// A column sorts first the way it reads best (largest amounts and longest waits first).
    public static func starting(_ column: Column) -> ColumnSort {
        ColumnSort(column: column, ascending: !column.startsDescending)
    }

    /// After a click on a column's title (or choosing it in the picker): the same column turns
    /// around, another starts its own way.
    public func choosing(_ column: Column) -> ColumnSort {
        column == self.column ? ColumnSort(column: column, ascending: !ascending) : .starting(column)
    }
}
