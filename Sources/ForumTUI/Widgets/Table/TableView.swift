/// A scrolling table with a fixed header row, a sort indicator and virtual rows: `row` is asked
/// only for the rows on screen, so a table of 100.000 rows draws as fast as one of ten.
///
/// The header stays on the first line of the area; the selected row is highlighted and the
/// terminal cursor is put on it. Columns that do not fit the width are left out from the right.
public struct TableView {
    /// Where a mouse click landed.
    public enum Hit: Hashable, Sendable {
        case header(column: Int)
        case row(Int)
    }

    public var columns: [TableColumn]
    public var rowCount: Int
    public var sort: TableSort?
    /// Shown (muted) when there are no rows.
    public var emptyText: String
    public var row: (Int) -> TableRow

    public init(columns: [TableColumn], rowCount: Int, sort: TableSort? = nil, emptyText: String = "",
                row: @escaping (Int) -> TableRow) {
        self.columns = columns
        self.rowCount = rowCount
        self.sort = sort
        self.emptyText = emptyText
        self.row = row
    }

    /// How many rows an area shows below the header.
    public static func visibleRows(in area: Rect) -> Int { Swift.max(0, area.height - 1) }

    public func render(_ state: TableState, into frame: inout Frame, area: Rect) {
        guard !area.isEmpty else { return }
        let widths = TableView.layout(columns, width: area.width)
        frame.fill(area.row(0), style: Style(.columnHeader))
        for (index, column) in columns.enumerated() {
            guard let (x, width) = widths[index] else { continue }
            var title = column.title
            if let sort, sort.column == index {
                title = TextLayout.truncate(title, to: width - 2) + " " + sort.indicator
            }
            let text = TextLayout.fit(title, to: width, alignment: column.alignment)
            frame.put(text, at: Point(x: area.x + x, y: area.y), style: Style(.columnHeader))
        }

        let visible = TableView.visibleRows(in: area)
        guard rowCount > 0 else {
            if visible > 0 {
                frame.put(TextLayout.truncate(emptyText, to: area.width), at: Point(x: area.x, y: area.y + 1),
                          style: Style(.muted))
            }
            return
        }
        let top = TableState.top(keeping: state.selected, from: state.top, rowCount: rowCount, visibleRows: visible)
        for offset in 0..<Swift.min(visible, rowCount - top) {
            let index = top + offset
            let y = area.y + 1 + offset
            let cells = row(index).cells
            for (column, spec) in columns.enumerated() {
                guard let (x, width) = widths[column], column < cells.count else { continue }
                let cell = cells[column]
                let text = TextLayout.fit(cell.text, to: width, alignment: spec.alignment)
                frame.put(text, at: Point(x: area.x + x, y: y), style: Style(cell.role))
            }
            if index == state.selected {
                frame.restyle(Rect(x: area.x, y: y, width: area.width, height: 1), style: Style(.selection))
                frame.cursor = Point(x: area.x, y: y)
            }
        }
    }

    /// What is under a point: a column title or a row (by index).
    public func hit(_ point: Point, state: TableState, area: Rect) -> Hit? {
        guard area.contains(point) else { return nil }
        if point.y == area.y {
            let widths = TableView.layout(columns, width: area.width)
            let x = point.x - area.x
            for (index, slot) in widths.enumerated() {
                if let (start, width) = slot, x >= start, x < start + width { return .header(column: index) }
            }
            return nil
        }
        let visible = TableView.visibleRows(in: area)
        let top = TableState.top(keeping: state.selected, from: state.top, rowCount: rowCount, visibleRows: visible)
        let index = top + point.y - area.y - 1
        return index < rowCount ? .row(index) : nil
    }

    /// Each column's start and width within `width`, with one space between columns; nil for a
    /// column that does not fit. Flexible columns share the space the fixed ones leave.
    static func layout(_ columns: [TableColumn], width: Int) -> [(x: Int, width: Int)?] {
        var minimums: [Int] = []
        var used = 0
        for column in columns {
            let minimum = switch column.width {
            case .fixed(let fixed): fixed
            case .flexible(let least): least
            }
            let needed = minimum + (minimums.isEmpty ? 0 : 1)
            if used + needed > width { break }
            used += needed
            minimums.append(minimum)
        }
        let flexible = minimums.indices.filter {
            if case .flexible = columns[$0].width { return true } else { return false }
        }
        var widths = minimums
        if !flexible.isEmpty {
            let spare = width - used
            for (order, index) in flexible.enumerated() {
                widths[index] += spare / flexible.count + (order < spare % flexible.count ? 1 : 0)
            }
        }
        var result: [(x: Int, width: Int)?] = []
        var x = 0
        for index in columns.indices {
            guard index < widths.count else { result.append(nil); continue }
            result.append((x, widths[index]))
            x += widths[index] + 1
        }
        return result
    }
}
