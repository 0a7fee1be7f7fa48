import ForumCore

/// What the keys of a table screen do: move, filter with `/`, sort with `s`/`S` or the picker.
/// A screen's own action enum wraps these (`case table(TableScreenAction)`).
public enum TableScreenAction: Hashable, Sendable {
    case navigate(TableNavigation)
    case openFilter, applyFilter, cancelFilter, clearFilter
    /// `s`: sort by the next shown column; `S`: turn the sort around.
    case sortNext, sortReverse
    case openSortPicker
    case sortPicker(SortPickerAction)
}

/// A column a table screen lists and sorts by.
public protocol TableScreenColumn: Hashable, Sendable {
    associatedtype Row
    func title(_ language: Language) -> String
    /// Whether the column sorts first the way it reads best, largest first (amounts, waiting).
    var startsDescending: Bool { get }
    /// Whether `a` comes before `b` in this column, ascending; nil when they are equal here.
    func ascending(_ a: Row, _ b: Row, language: Language) -> Bool?
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

extension TableScreenAction {
    /// `/`, and Esc to clear a filter in force.
    static func filterBindings(filtered: Bool) -> [KeyBinding<TableScreenAction>] {
        var bindings = [KeyBinding(TableScreenAction.openFilter, keys: [.character("/")], title: Strings.actionFilter,
                                   footer: Strings.footerFilter)]
        if filtered {
            bindings.append(KeyBinding(.clearFilter, keys: [.escape], title: Strings.actionClearFilter,
                                       footer: Strings.footerClearFilter))
        }
        return bindings
    }

    /// While `/` is open: Enter keeps the filter, Esc goes back to the one before; the arrows
    /// still move in the table. Every other key is text.
    static var editingFilterBindings: [KeyBinding<TableScreenAction>] {
        [
            KeyBinding(.applyFilter, keys: [.enter], title: Strings.actionApplyFilter, footer: Strings.footerApply),
            KeyBinding(.cancelFilter, keys: [.escape], title: Strings.actionCancelFilter, footer: Strings.footerCancel),
        ] + navigationBindings
    }

    /// `s`, `S` and `o` (the picker).
    static var sortBindings: [KeyBinding<TableScreenAction>] {
        [
            KeyBinding(.sortNext, keys: [.character("s")], title: Strings.actionSort, footer: Strings.footerSort),
            KeyBinding(.sortReverse, keys: [.character("S")], title: Strings.actionReverseSort),
            KeyBinding(.openSortPicker, keys: [.character("o")], title: Strings.actionSortPicker),
        ]
    }

    static var navigationBindings: [KeyBinding<TableScreenAction>] {
        TableNavigation.bindings.map { $0.map(TableScreenAction.navigate) }
    }
}
