import ForumCore

/// Draws the queue: the table, whose selected row holds the terminal cursor, and under it the
/// queue's footer with the scope, the filter and the count and total of what is listed. While
/// `/` is open the footer is the filter field and, under it, the live result or what is wrong
/// with the filter.
struct QueueView {
    let screen: DecisionsScreen
    let context: ScreenContext

    /// The table's area: above the footer, and above the filter's two rows while it is open.
    static func tableArea(_ area: Rect, editingFilter: Bool) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: area.height - (editingFilter ? 2 : 1))
    }

    var tableArea: Rect { QueueView.tableArea(context.area, editingFilter: screen.filter != nil) }

    var columns: [QueueColumn] { QueueColumn.shown(width: context.area.width) }

    var table: TableView {
        let language = context.language
        let shown = columns
        let fullSet = shown.count == QueueColumn.allCases.count
        let specs = shown.map { $0.column(language, fullSet: fullSet) }
        let widths = TableView.layout(specs, width: context.area.width).map { $0?.width ?? 0 }
        let items = screen.items
        let empty = screen.data == nil ? Strings.loading : screen.query.isEmpty ? Strings.queueEmpty : Strings.queueNoMatch
        return TableView(columns: specs, rowCount: items.count,
                         sort: shown.firstIndex(of: screen.sort.column).map { TableSort(column: $0, ascending: screen.sort.ascending) },
                         emptyText: empty.text(language)) { index in
            TableRow(shown.enumerated().map { column, kind in
                kind.cell(items[index], width: widths[column], language: language)
            })
        }
    }

    func render(into frame: inout Frame) {
        let area = context.area
        guard area.height > 3 else { return }
        let language = context.language
        let summary = RequestQueue.summary(screen.items)
        let summaryText = Strings.queueSummary(count: summary.count, total: summary.total).text(language)
        table.render(screen.table, into: &frame, area: tableArea)
        guard let editor = screen.filter else {
            renderFooter(summary: summaryText, into: &frame)
            return
        }
        renderResult(editor, summary: summaryText, into: &frame)
        let row = area.maxY - 2
        let label = Strings.filterLabel.text(language) + " "
        let labelWidth = frame.put(label, at: Point(x: area.x, y: row), style: Style(.title))
        frame.cursor = TextFieldView.render(editor.field, into: &frame,
                                            row: Rect(x: area.x + labelWidth, y: row, width: area.width - labelWidth, height: 1))
    }

    /// `Forummets kø · filter: beløb:>25000` on the left, `12 indstillinger, i alt … kr.` on the right.
    private func renderFooter(summary: String, into frame: inout Frame) {
        let area = context.area
        let row = area.row(area.height - 1)
        frame.fill(row, style: Style(.footer))
        var left = (screen.showAll ? Strings.queueAll : Strings.queueForum).text(context.language)
        if !screen.query.isEmpty { left += " · " + Strings.filterShown(screen.query.source).text(context.language) }
        let summaryWidth = DisplayWidth.of(summary)
        let leftWidth = frame.put(TextLayout.truncate(left, to: area.width - summaryWidth - 2), at: Point(x: row.x, y: row.y),
                                  style: Style(.footer, .bold))
        guard leftWidth + summaryWidth + 2 <= area.width else { return }
        frame.put(summary, at: Point(x: row.maxX - summaryWidth, y: row.y), style: Style(.footer))
    }

    /// Under the field: the live result, what is wrong with the filter, or (while the field is
    /// empty) the language's hint.
    private func renderResult(_ editor: FilterEditor, summary: String, into frame: inout Frame) {
        let area = context.area
        let language = context.language
        let y = area.maxY - 1
        let text = Point(x: area.x + 2, y: y)
        if let error = editor.error {
            frame.put("✗", at: Point(x: area.x, y: y), style: Style(.bad, .bold))
            frame.put(TextLayout.truncate(error.text(language), to: area.width - 2), at: text, style: Style(.bad))
        } else if editor.field.text.isEmpty {
            frame.put(TextLayout.truncate(Strings.filterHint.text(language), to: area.width - 2), at: text,
                      style: Style(.muted))
        } else {
            frame.put("✓", at: Point(x: area.x, y: y), style: Style(.good, .bold))
            frame.put(TextLayout.truncate(summary, to: area.width - 2), at: text, style: Style(.plain))
        }
    }
}
