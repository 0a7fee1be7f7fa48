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
