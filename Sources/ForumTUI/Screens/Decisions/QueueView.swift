import ForumCore

/// Draws the queue: a bar with the scope, the filter and the count and total of what is
/// listed; while `/` is open, the filter field and under it the live result or what is wrong
/// with the filter; then the table, whose selected row holds the terminal cursor.
struct QueueView {
    let screen: DecisionsScreen
    let context: ScreenContext

    /// The table's area: below the bar, and below the filter's second row while it is open.
    static func tableArea(_ area: Rect, editingFilter: Bool) -> Rect {
        let top = editingFilter ? 2 : 1
        return Rect(x: area.x, y: area.y + top, width: area.width, height: area.height - top)
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
        if let editor = screen.filter {
            renderFilter(editor, summary: summaryText, into: &frame)
        } else {
            renderBar(summary: summaryText, into: &frame)
        }
        table.render(screen.table, into: &frame, area: tableArea)
        if let editor = screen.filter {
            let label = Strings.filterLabel.text(language) + " "
            let field = Rect(x: area.x + DisplayWidth.of(label), y: area.y,
                             width: area.width - DisplayWidth.of(label), height: 1)
            frame.cursor = TextFieldView.render(editor.field, into: &frame, row: field)
        }
    }

    /// `Forummets kø · filter: beløb:>25000` on the left, `12 indstillinger, i alt … kr.` on the right.
    private func renderBar(summary: String, into frame: inout Frame) {
        let area = context.area
        let language = context.language
        var left = (screen.showAll ? Strings.queueAll : Strings.queueForum).text(language)
        if !screen.query.isEmpty { left += " · " + Strings.filterShown(screen.query.source).text(language) }
        let summaryWidth = DisplayWidth.of(summary)
        let leftWidth = frame.put(TextLayout.truncate(left, to: area.width - summaryWidth - 2),
                                  at: Point(x: area.x, y: area.y), style: Style(.title))
        guard leftWidth + summaryWidth + 2 <= area.width else { return }
        frame.put(summary, at: Point(x: area.maxX - summaryWidth, y: area.y), style: Style(.plain))
    }

    /// The field on the first row (drawn last, for the cursor); the live result or the error,
    /// or the language's hint while the field is empty, on the second.
    private func renderFilter(_ editor: FilterEditor, summary: String, into frame: inout Frame) {
        let area = context.area
        let language = context.language
        frame.put(Strings.filterLabel.text(language), at: Point(x: area.x, y: area.y), style: Style(.title))
        let line = Point(x: area.x + 2, y: area.y + 1)
        if let error = editor.error {
            frame.put("✗", at: Point(x: area.x, y: line.y), style: Style(.bad, .bold))
            frame.put(TextLayout.truncate(error.text(language), to: area.width - 2), at: line, style: Style(.bad))
        } else if editor.field.text.isEmpty {
            frame.put(TextLayout.truncate(Strings.filterHint.text(language), to: area.width - 2), at: line,
                      style: Style(.muted))
        } else {
            frame.put("✓", at: Point(x: area.x, y: line.y), style: Style(.good, .bold))
            frame.put(TextLayout.truncate(summary, to: area.width - 2), at: line, style: Style(.plain))
        }
    }
}
