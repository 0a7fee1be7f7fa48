/// Where a table is scrolled and which row is selected, by index.
///
/// After a reload (another terminal decided something) the screen calls `reconcile`, which puts
/// the selection back on the same item by its id, even when that item moved or rows above it
/// disappeared.
public struct TableState: Hashable, Sendable {
    /// The index of the selected row (0 when the table is empty).
    public private(set) var selected: Int = 0
    /// The index of the first visible row.
    public private(set) var top: Int = 0

    public init() {}

    /// Moves the selection by `delta` rows (negative is up), scrolling to keep it in view.
    public mutating func move(by delta: Int, rowCount: Int, visibleRows: Int) {
        select(selected + delta, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// One page down or up: the selection moves by a screenful less one row, for context.
    public mutating func page(down: Bool, rowCount: Int, visibleRows: Int) {
        let step = Swift.max(1, visibleRows - 1)
        move(by: down ? step : -step, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Selects a row by index (clamped to the rows there are), scrolling to keep it in view.
    public mutating func select(_ index: Int, rowCount: Int, visibleRows: Int) {
        selected = Swift.max(0, Swift.min(index, rowCount - 1))
        top = TableState.top(keeping: selected, from: top, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Scrolls by `delta` rows and drags the selection along only as far as needed to keep it in
    /// view (the mouse wheel).
    public mutating func scroll(by delta: Int, rowCount: Int, visibleRows: Int) {
        guard visibleRows > 0, rowCount > 0 else { return }
        top = Swift.max(0, Swift.min(top + delta, rowCount - visibleRows))
        selected = Swift.max(top, Swift.min(selected, top + visibleRows - 1, rowCount - 1))
    }

    /// After the rows changed: selects the row with `id` (the id that was selected before the
    /// reload); when it is gone, keeps the same position, clamped to the new rows, so that the
    /// selection lands on the item that took its place.
    public mutating func reconcile<ID: Equatable>(selecting id: ID?, in ids: [ID], visibleRows: Int) {
        let index = id.flatMap { ids.firstIndex(of: $0) } ?? selected
        select(index, rowCount: ids.count, visibleRows: visibleRows)
    }

    /// The first visible row that keeps `selected` in view, moving as little as possible from
    /// `top`, and never leaving empty rows at the bottom while there are rows above.
    static func top(keeping selected: Int, from top: Int, rowCount: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var result = top
        if selected < result { result = selected }
        if selected >= result + visibleRows { result = selected - visibleRows + 1 }
        return Swift.max(0, Swift.min(result, rowCount - visibleRows))
    }
}
