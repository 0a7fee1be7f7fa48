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
        let queue = screen.queue
        let empty = screen.data == nil ? Strings.loading : queue.query.isEmpty ? Strings.queueEmpty : Strings.queueNoMatch
        return queue.tableView(shown, specs: shown.map { $0.column(language, fullSet: fullSet) }, width: context.area.width,
                               emptyText: empty.text(language)) { $0.cell($1, width: $2, language: language) }
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
