import ForumCore
import Testing
@testable import ForumTUI

/// The table every list screen is built on: header, alignment, sorting, virtual rows, selection.
struct TableTests {
    static let columns = [
        TableColumn("Id", width: .fixed(13)),
        TableColumn("Tilbud", width: .flexible(minimum: 14)),
        TableColumn("Sektor", width: .fixed(6)),
        TableColumn.money("Beløb (kr.)"),
        TableColumn("Status", width: .fixed(14)),
    ]

    static let rows: [TableRow] = [
        TableRow(["IND-2026-0141", "Mentor, 12 t./uge", "BEV", .money(Money(kroner: 37_500)), TableCell("● på dagsorden", .accent)]),
        TableRow(["IND-2026-0142", "Botilbud Skovly (§108)", "VOK", .money(Money(kroner: 1_234_567, ore: 89)), "✓ godkendt"]),
        TableRow(["IND-2026-0143", "Familiebehandling", "FAM", .money(Money(kroner: 9_800)), TableCell("✗ afvist", .bad)]),
        TableRow(["IND-2026-0144", "Særlig støtte ½ år", "BUF", .money(Money(kroner: 250_000)), "! udsat"]),
    ]

    func render(size: Size, state: TableState = TableState(), sort: TableSort? = TableSort(column: 3, ascending: false),
                rowCount: Int = rows.count) -> Frame {
        var frame = Frame(size: size)
        let view = TableView(columns: Self.columns, rowCount: rowCount, sort: sort, emptyText: "Ingen indstillinger") {
            Self.rows[$0 % Self.rows.count]
        }
        view.render(state, into: &frame, area: frame.bounds)
        return frame
    }

    @Test("Header, right-aligned money and the sort indicator at 80 and 120 columns")
    func golden() {
        var state = TableState()
        state.select(1, rowCount: 4, visibleRows: 5)
        GoldenFrame.assert(render(size: Size(width: 80, height: 6), state: state), matches: "table-80")
        GoldenFrame.assert(render(size: Size(width: 120, height: 6), state: state), matches: "table-120")
    }

    @Test("Columns that do not fit are left out from the right")
    func narrow() {
        GoldenFrame.assert(render(size: Size(width: 40, height: 3), sort: nil), matches: "table-40")
    }

    @Test("An empty table shows its header and says it is empty")
    func empty() {
        GoldenFrame.assert(render(size: Size(width: 80, height: 4), rowCount: 0), matches: "table-empty")
    }

    @Test("The selected row is highlighted and holds the terminal cursor")
    func selection() {
        var state = TableState()
        state.select(2, rowCount: 4, visibleRows: 5)
        let frame = render(size: Size(width: 80, height: 6), state: state)
        #expect(frame.cursor == Point(x: 0, y: 3))
        #expect(frame[0, 3].style == Style(.selection))
        #expect(frame[79, 3].style == Style(.selection))
        #expect(frame[0, 2].style != Style(.selection))
        #expect(frame[0, 0].style == Style(.columnHeader))
    }

    @Test("Only visible rows are built: 100.000 rows draw and jump to the end at once")
    func virtualRows() {
        var built: [Int] = []
        var state = TableState()
        let area = Rect(x: 0, y: 0, width: 80, height: 21)
        let visible = TableView.visibleRows(in: area)
        func draw() -> Frame {
            var frame = Frame(size: Size(width: 80, height: 21))
            TableView(columns: Self.columns, rowCount: 100_000) { index in
                built.append(index)
                return TableRow([TableCell("R-\(index)"), "x", "BEV", .money(Money(kroner: Int64(index))), ""])
            }.render(state, into: &frame, area: area)
            return frame
        }
        _ = draw()
        #expect(built == Array(0..<20))
        built = []
        state.apply(.last, rowCount: 100_000, visibleRows: visible)
        let frame = draw()
        #expect(built == Array(99_980..<100_000))
        #expect(frame.line(20).hasPrefix("R-99999"))
        #expect(frame.cursor == Point(x: 0, y: 20))
        built = []
        state.apply(.pageUp, rowCount: 100_000, visibleRows: visible)
        _ = draw()
        #expect(built.count == 20)
        #expect(state.selected == 99_980)
    }

    @Test("A click on a column title or a row is found; below the rows is nothing")
    func hitTesting() {
        let view = TableView(columns: Self.columns, rowCount: 4) { Self.rows[$0] }
        let area = Rect(x: 0, y: 2, width: 80, height: 10)
        let state = TableState()
        #expect(view.hit(Point(x: 0, y: 2), state: state, area: area) == .header(column: 0))
        #expect(view.hit(Point(x: 60, y: 2), state: state, area: area) == .header(column: 3))
        #expect(view.hit(Point(x: 5, y: 4), state: state, area: area) == .row(1))
        #expect(view.hit(Point(x: 5, y: 9), state: state, area: area) == nil)
        #expect(view.hit(Point(x: 5, y: 1), state: state, area: area) == nil)
    }

    @Test("The sort indicator: ▲ ascending, ▼ descending")
    func sortIndicator() {
        #expect(TableSort(column: 3, ascending: false).indicator == "▼")
        #expect(TableSort(column: 3, ascending: true).indicator == "▲")
    }
}
