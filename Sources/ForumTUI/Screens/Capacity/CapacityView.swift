import ForumCore

/// Draws the capacity board as a table screen: the offers in the columns that fit, and under
/// them the scope, the filter, and the totals of places, occupied and waiting of what is listed.
struct CapacityView {
    let screen: CapacityScreen
    let context: ScreenContext

    var columns: [CapacityColumn] { CapacityColumn.shown(width: context.area.width) }

    var table: TableView {
        let language = context.language
        let empty = screen.data == nil ? Strings.loading : screen.board.query.isEmpty ? Strings.boardEmpty : Strings.boardNoMatch
        let shown = columns
        return screen.board.tableView(shown, specs: shown.map { $0.column(language) }, width: context.area.width,
                                      emptyText: empty.text(language)) { $0.cell($1, width: $2, language: language) }
    }

    func render(into frame: inout Frame) {
        let language = context.language
        let rows = screen.board.rows
        let summary = Strings.boardSummary(offers: rows.count, capacity: rows.reduce(0) { $0 + $1.occupancy.capacity },
                                           occupied: rows.reduce(0) { $0 + $1.occupancy.occupied },
                                           waiting: rows.reduce(0) { $0 + $1.waiting.count })
        TableScreenView(state: screen.board, columns: columns, table: table,
                        scope: (screen.showsOwnOnly(context) ? Strings.boardOwn : Strings.boardAll).text(language),
                        summary: summary.text(language), hint: screen.queryLanguage.hint, context: context)
            .render(into: &frame)
    }
}
