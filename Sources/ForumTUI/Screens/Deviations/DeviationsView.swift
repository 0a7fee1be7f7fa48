import ForumCore

/// Draws screen 4: a heading, the deviations table, and under it the forecast bridge of the
/// selected sector (last month's forecast, a line per cause, the unexplained remainder, this
/// month's forecast).
struct DeviationsView {
    let screen: DeviationsScreen
    let context: ScreenContext

    /// The bridge's rows: a title, last month's forecast, six causes, this month's forecast.
    static let bridgeHeight = 9

    static func tableContext(_ context: ScreenContext) -> ScreenContext {
        var inner = context
        let area = context.area
        inner.area = Rect(x: area.x, y: area.y + 1, width: area.width, height: Swift.max(0, area.height - 1 - bridgeHeight))
        return inner
    }

    static let query = QueryLanguage<DeviationRow>(fields: [
        .code(Phrase(da: "sektor", en: "sector"), example: Phrase(da: "BUF", en: "BUF"), known: nil) { row, code in
            row.item.sector.rawValue == code
        },
    ]) { row in [row.item.code, row.item.line.name, row.item.note?.explanation ?? "", row.item.note?.owner ?? ""] }

    var table: TableView {
        let language = context.language
        let columns = DeviationColumn.allCases
        let empty = screen.data == nil ? Strings.loading : screen.report == nil ? Strings.burnNoPostings : Strings.noDeviations
        return screen.table.tableView(columns, specs: columns.map { $0.column(language) }, width: context.area.width,
                                      emptyText: empty.text(language)) { $0.cell($1, width: $2, language: language) }
    }

    func render(into frame: inout Frame) {
        let language = context.language
        let area = context.area
        guard area.height > DeviationsView.bridgeHeight + 4 else { return }
        let report = screen.report
        let heading = report.map { Strings.deviationsHeading(month: $0.month, year: $0.year, through: $0.through) }
            ?? Strings.screenDeviations
        frame.put(TextLayout.truncate(heading.text(language), to: area.width), at: Point(x: area.x, y: area.y),
                  style: Style(.title, .bold))
        let tolerance = screen.data?.settings.tolerance ?? .standard
        let inner = DeviationsView.tableContext(context)
        let cursor = frame.cursor
        renderBridge(into: &frame, area: Rect(x: area.x, y: inner.area.maxY, width: area.width, height: DeviationsView.bridgeHeight))
        frame.cursor = cursor
        TableScreenView(state: screen.table, columns: DeviationColumn.allCases, table: table,
                        scope: Strings.burnScope(tolerance).text(language),
                        summary: Strings.deviationsCount(screen.table.rows.count).text(language), hint: DeviationsView.query.hint,
                        context: inner)
            .render(into: &frame)
    }

    private func renderBridge(into frame: inout Frame, area: Rect) {
        let language = context.language
        guard let bridge = screen.bridge, let report = screen.report else {
            let text = screen.report?.month == 1 ? Strings.bridgeNotInJanuaryShort : Strings.bridgeNone
            frame.put(TextLayout.truncate(text.text(language), to: area.width), at: Point(x: area.x, y: area.y), style: Style(.muted))
            return
        }
        let title = Strings.bridgeTitle(bridge.sector.rawValue, from: Strings.monthName(report.month - 1),
                                        to: Strings.monthName(report.month))
        frame.put(TextLayout.truncate(title.text(language), to: area.width), at: Point(x: area.x, y: area.y),
                  style: Style(.title, .bold))
        var rows: [(String, Money, StyleRole)] = [(Strings.bridgePrevious.text(language), bridge.previousForecast, .plain)]
        rows += bridge.lines.map { ($0.cause.phrase.text(language), $0.amount, $0.cause == .unexplained ? .warning : .plain) }
        rows.append((Strings.bridgeCurrent.text(language), bridge.forecast, .title))
        for (offset, row) in rows.enumerated() where offset + 1 < area.height {
            let isChange = offset > 0 && offset < rows.count - 1
            let amount = (isChange && !row.1.isNegative ? "+" : "") + row.1.formatted(.kroner)
            StyledLine.columns([(row.0, 34, .left, row.2), (amount, 20, .right, row.2)])
                .render(into: &frame, at: Point(x: area.x, y: area.y + 1 + offset), width: area.width)
        }
    }
}
