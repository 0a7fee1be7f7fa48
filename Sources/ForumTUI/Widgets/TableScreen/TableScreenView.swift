import ForumCore

/// Draws a table screen: the table, whose selected row holds the terminal cursor, and under it
/// a footer with the screen's scope, the filter in force and the count of what is listed. While
/// `/` is open the footer is the filter field and, under it, the live count or what is wrong
/// with the filter; while `o` is open the sort picker is drawn over the table.
struct TableScreenView<Column: TableScreenColumn> where Column.Row: Identifiable & Sendable {
    let state: TableScreenState<Column>
    let columns: [Column]
    let table: TableView
    /// The left of the footer: what the screen lists (`Forummets kø`).
    let scope: String
    /// The right of the footer, and the live result under the filter field: `12 indstillinger, i alt … kr.`.
    let summary: String
    /// Under an empty filter field: the language's examples.
    let hint: Phrase
    let context: ScreenContext

    var tableArea: Rect { TableScreenState<Column>.tableArea(context.area, editingFilter: state.filter != nil) }

    func render(into frame: inout Frame) {
        let area = context.area
        guard area.height > 3 else { return }
        let language = context.language
        table.render(state.table, into: &frame, area: tableArea)
        if let editor = state.filter {
            renderResult(editor, into: &frame)
            let row = area.maxY - 2
            let label = Strings.filterLabel.text(language) + " "
            let labelWidth = frame.put(label, at: Point(x: area.x, y: row), style: Style(.title))
            frame.cursor = TextFieldView.render(editor.field, into: &frame,
                                                row: Rect(x: area.x + labelWidth, y: row, width: area.width - labelWidth,
                                                          height: 1))
        } else {
            renderFooter(into: &frame)
        }
        if let picker = state.sortPicker {
            let sorted = columns.firstIndex(of: state.sort.column).map {
                (index: $0, indicator: TableSort(column: $0, ascending: state.sort.ascending).indicator)
            }
            frame.cursor = SortPickerView.render(picker, titles: columns.map { $0.title(language) }, sorted: sorted,
                                                 language: language, into: &frame, area: tableArea)
        }
    }

    /// The scope and the filter on the left, the summary on the right.
    private func renderFooter(into frame: inout Frame) {
        let area = context.area
        let row = area.row(area.height - 1)
        frame.fill(row, style: Style(.footer))
        var left = scope
        // Which rows are in view when not all of them fit, as the detail says of its lines.
        let visible = TableView.visibleRows(in: tableArea)
        if table.rowCount > visible, visible > 0 {
            let top = TableState.top(keeping: state.table.selected, from: state.table.top, rowCount: table.rowCount,
                                     visibleRows: visible)
            left += " · " + Strings.scrollPosition(top + 1, Swift.min(top + visible, table.rowCount), of: table.rowCount)
                .text(context.language)
        }
        if !state.query.isEmpty { left += " · " + Strings.filterShown(state.query.source).text(context.language) }
        let summaryWidth = DisplayWidth.of(summary)
        let leftWidth = frame.put(TextLayout.truncate(left, to: area.width - summaryWidth - 2), at: Point(x: row.x, y: row.y),
                                  style: Style(.footer, .bold))
        guard leftWidth + summaryWidth + 2 <= area.width else { return }
        frame.put(summary, at: Point(x: row.maxX - summaryWidth, y: row.y), style: Style(.footer))
    }

    /// Under the field: the live result, what is wrong with the filter, or (while the field is
    /// empty) the language's hint.
    private func renderResult(_ editor: FilterEditor<Column.Row>, into frame: inout Frame) {
        let area = context.area
        let language = context.language
        let y = area.maxY - 1
        let text = Point(x: area.x + 2, y: y)
        if let error = editor.error {
            frame.put("✗", at: Point(x: area.x, y: y), style: Style(.bad, .bold))
            frame.put(TextLayout.truncate(error.text(language), to: area.width - 2), at: text, style: Style(.bad))
        } else if editor.field.text.isEmpty {
            frame.put(TextLayout.truncate(hint.text(language), to: area.width - 2), at: text, style: Style(.muted))
        } else {
            frame.put("✓", at: Point(x: area.x, y: y), style: Style(.good, .bold))
            frame.put(TextLayout.truncate(summary, to: area.width - 2), at: text, style: Style(.plain))
        }
    }
}
