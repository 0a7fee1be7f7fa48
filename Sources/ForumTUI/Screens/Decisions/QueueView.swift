import ForumCore

/// Draws the queue as a table screen: the requests in the columns that fit, and under them the
/// scope (`Forummets kø`), the filter, and the count and total of what is listed.
struct QueueView {
    let screen: DecisionsScreen
    let context: ScreenContext

    var columns: [QueueColumn] { QueueColumn.shown(width: context.area.width) }

    var table: TableView {
        let language = context.language
        let shown = columns
        let fullSet = shown.count == QueueColumn.allCases.count
        let specs = shown.map { $0.column(language, fullSet: fullSet) }
        let widths = TableView.layout(specs, width: context.area.width).map { $0?.width ?? 0 }
        let items = screen.items
        let queue = screen.queue
        let empty = screen.data == nil ? Strings.loading : queue.query.isEmpty ? Strings.queueEmpty : Strings.queueNoMatch
        return TableView(columns: specs, rowCount: items.count,
                         sort: shown.firstIndex(of: queue.sort.column).map { TableSort(column: $0, ascending: queue.sort.ascending) },
                         emptyText: empty.text(language)) { index in
            TableRow(shown.enumerated().map { column, kind in
                kind.cell(items[index], width: widths[column], language: language)
            })
        }
    }

    func render(into frame: inout Frame) {
        let language = context.language
        let summary = RequestQueue.summary(screen.items)
        TableScreenView(state: screen.queue, columns: columns, table: table,
                        scope: (screen.showAll ? Strings.queueAll : Strings.queueForum).text(language),
                        summary: Strings.queueSummary(count: summary.count, total: summary.total).text(language),
                        hint: screen.queryLanguage.hint, context: context)
            .render(into: &frame)
    }
}
