import ForumCore

/// Draws the burn: a heading naming the month and the last posting date the figures include,
/// then the table screen (the rows, and a footer with the tolerance and the count beyond it).
struct BudgetView {
    let screen: BudgetScreen
    let context: ScreenContext

    /// The table's context: the area under the heading row.
    static func tableContext(_ context: ScreenContext) -> ScreenContext {
        var inner = context
        let area = context.area
        inner.area = Rect(x: area.x, y: area.y + 1, width: area.width, height: Swift.max(0, area.height - 1))
        return inner
    }

    var columns: [BurnColumn] { BurnColumn.shown(width: context.area.width) }

    var table: TableView {
        let language = context.language
        let empty = screen.data == nil ? Strings.loading : screen.report == nil ? Strings.burnNoPostings : Strings.queueNoMatch
        let shown = columns
        return screen.table.tableView(shown, specs: shown.map { $0.column(language) }, width: context.area.width,
                                      emptyText: empty.text(language)) { $0.cell($1, width: $2, language: language) }
    }

    func render(into frame: inout Frame) {
        let language = context.language
        let area = context.area
        guard area.height > 4 else { return }
        let report = screen.report
        let heading = report.map { Strings.burnHeading(month: $0.month, year: $0.year, through: $0.through) } ?? Strings.screenBudget
        frame.put(TextLayout.truncate(heading.text(language), to: area.width), at: Point(x: area.x, y: area.y),
                  style: Style(.title, .bold))
        let beyond = report?.sectors.filter(\.sector.burn.beyondTolerance).count ?? 0
        let tolerance = screen.data?.settings.tolerance ?? .standard
        TableScreenView(state: screen.table, columns: columns, table: table,
                        scope: Strings.burnScope(tolerance).text(language),
                        summary: Strings.burnSummary(beyond: beyond).text(language), hint: BurnQuery.language.hint,
                        context: BudgetView.tableContext(context))
            .render(into: &frame)
    }
}
