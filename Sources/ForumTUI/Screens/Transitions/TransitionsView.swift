import ForumCore

/// Draws screen 6: a heading, the youth table, and under it the selected youth's expected amount
/// per month of the budget year and the next, and the case's children's-area grants.
struct TransitionsView {
    let screen: TransitionsScreen
    let context: ScreenContext

    /// The detail's rows: a title, two years of monthly amounts, the grants line, the handover and closing.
    static let detailHeight = 5

    static func tableContext(_ context: ScreenContext) -> ScreenContext {
        var inner = context
        let area = context.area
        inner.area = Rect(x: area.x, y: area.y + 1, width: area.width, height: Swift.max(0, area.height - 1 - detailHeight))
        return inner
    }

    static let query = QueryLanguage<TransitionRow>(fields: [
        .code(Phrase(da: "sektor", en: "sector"), example: Phrase(da: "VOK", en: "VOK"), known: nil) { row, code in
            row.youth.receivingSector.rawValue == code || row.youth.childrenSector.rawValue == code
        },
        .code(Phrase(da: "farve", en: "colour"), example: Phrase(da: "rød", en: "red"), known: nil) { row, code in
            (try? YouthColour(parsing: code)) == row.youth.colour
        },
    ]) { row in [row.youth.caseID.rawValue, row.youth.expectedMeasure, row.youth.law] }

    var table: TableView {
        let language = context.language
        let columns = TransitionColumn.allCases
        let empty = screen.data == nil ? Strings.loading : Strings.transitionsNone
        return screen.table.tableView(columns, specs: columns.map { $0.column(language) }, width: context.area.width,
                                      emptyText: empty.text(language)) { $0.cell($1, width: $2, language: language) }
    }

    func render(into frame: inout Frame) {
        let language = context.language
        let area = context.area
        guard area.height > TransitionsView.detailHeight + 4 else { return }
        frame.put(TextLayout.truncate(Strings.transitionsHeading.text(language), to: area.width), at: Point(x: area.x, y: area.y),
                  style: Style(.title, .bold))
        let inner = TransitionsView.tableContext(context)
        let cursor = frame.cursor
        renderDetail(into: &frame, area: Rect(x: area.x, y: inner.area.maxY, width: area.width, height: TransitionsView.detailHeight))
        frame.cursor = cursor
        let flagged = screen.table.rows.filter { !$0.flags.isEmpty }.count
        TableScreenView(state: screen.table, columns: TransitionColumn.allCases, table: table,
                        scope: Strings.transitionsScope.text(language),
                        summary: Strings.transitionsCount(screen.table.rows.count, flagged: flagged).text(language),
                        hint: TransitionsView.query.hint, context: inner)
            .render(into: &frame)
    }

    private func renderDetail(into frame: inout Frame, area: Rect) {
        let language = context.language
        guard let row = screen.table.selected, let data = screen.data else { return }
        let youth = row.youth
        let title = Strings.transitionsDetailTitle(youth.caseID.rawValue, youth.expectedMeasure, youth.law, youth.annualCost)
        frame.put(TextLayout.truncate(title.text(language), to: area.width), at: Point(x: area.x, y: area.y), style: Style(.title, .bold))
        for (offset, year) in [data.budgetYear, data.budgetYear + 1].enumerated() where offset + 1 < area.height {
            // Whole kroner a month, so that twelve fit beside the year; the year's total is exact.
            let months: [String] = ExpectedTransition.byMonth(youth, year: year).map { String(Rounding.divide($0.ore, by: 100_000)) }
            let total: String = ExpectedTransition.total(youth, year: year).formatted(.exact)
            let unit: String = Strings.thousandsUnit.text(language)
            let text = "\(year): \(months.joined(separator: " ")) \(unit) = \(total)"
            frame.put(TextLayout.truncate(text, to: area.width), at: Point(x: area.x, y: area.y + 1 + offset), style: Style(.plain))
        }
        let grants = data.childrenGrants(youth, today: context.today)
        let named: [String] = grants.map { grant in
            let monthly: String = grant.amount.perMonth.formatted(MoneyStyle.kroner)
            return "\(grant.id) \(grant.offer) \(monthly)"
        }
        let text = Strings.transitionsChildrenGrants(youth.childrenSector.rawValue, named).text(language)
        if area.height > 3 {
            frame.put(TextLayout.truncate(text, to: area.width), at: Point(x: area.x, y: area.y + 3), style: Style(.muted))
        }
        if area.height > 4 {
            let handover = Strings.transitionsHandoverLine(handedOver: youth.handedOver, closed: youth.closed).text(language)
            frame.put(TextLayout.truncate(handover, to: area.width), at: Point(x: area.x, y: area.y + 4), style: Style(.muted))
        }
    }
}
