import ForumCore

/// Screen 3, budget burn: a row per sector, expandable into its sub-areas, at the end of a month
/// (`←` `→` step back to how it stood at the end of an earlier month), and a sector's drill.
///
/// One load reads the year's budget rows (monthly totals and commitments, never postings); every
/// month's figures are then computed from them in the core (`BurnReport`), so stepping the month
/// reads nothing again.
struct BudgetScreen: Screen {
    let id = ScreenID.budget
    var data: BudgetData?
    /// The month shown; nil follows the last month with postings.
    var month: Int?
    var expanded: Set<SectorCode> = []
    var table = TableScreenState<BurnColumn>(sort: ColumnSort(column: .name, ascending: true))
    /// The drill into a sector, while it is open.
    var drill: DrillState?
    /// The view shown, and what the views other than the burn show (read when first shown).
    var pane = BudgetPane.burn
    var paneData: BudgetPaneData?
    var paneDocument = DocumentState()

    var isEditingText: Bool { drill == nil && table.filter != nil }

    /// The burn at the month shown, from the rows loaded.
    var report: BurnReport? {
        guard let data else { return nil }
        return BurnReport.make(data.rows, sectors: data.sectors, subAreas: data.subAreas, month: month,
                               tolerance: data.settings.tolerance)
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding<BudgetAction>] {
        let months = [
            KeyBinding(BudgetAction.previousMonth, keys: [.left], title: Strings.actionPreviousMonth, footer: Strings.footerMonth),
            KeyBinding(BudgetAction.nextMonth, keys: [.right], title: Strings.actionNextMonth),
        ]
        let nextPane = KeyBinding(BudgetAction.nextPane, keys: [.character("v")], title: Strings.actionNextPane,
                                  footer: Strings.footerPane(pane.next))
        if pane != .burn {
            // Activity is per month: ← → step it as they step the burn.
            return [nextPane] + (pane == .activity ? months : []) + DocumentAction.bindings.map { $0.map(BudgetAction.document) }
        }
        if drill != nil {
            return [KeyBinding(.back, keys: [.escape, .backspace], title: Strings.actionBack, footer: Strings.footerBack)]
                + months + DocumentAction.bindings.map { $0.map(BudgetAction.document) }
        }
        let selected = table.selected
        let noSector = selected == nil ? Strings.nothingSelected : nil
        let extra = [
            KeyBinding(BudgetAction.drill, keys: [.enter], title: Strings.actionDrill, footer: Strings.footerDrill,
                       disabledReason: noSector),
            KeyBinding(BudgetAction.toggle, keys: [.character("+"), .character(" ")], title: Strings.actionToggleSubAreas,
                       footer: Strings.footerSubAreas, disabledReason: noSector),
        ] + months + [nextPane]
        return table.bindings(BudgetAction.table, extra: table.isEditing ? [] : extra)
    }

    mutating func perform(_ action: BudgetAction, context: ScreenContext) -> ScreenResponse {
        let inner = BudgetView.tableContext(context)
        switch action {
        case .table(let key):
            if let warning = table.perform(key, columns: BurnColumn.shown(width: context.area.width), context: inner) {
                return ScreenResponse(status: (.warning, warning))
            }
        case .toggle:
            guard let row = table.selected else { return .none }
            if expanded.contains(row.sector) { expanded.remove(row.sector) } else { expanded.insert(row.sector) }
            relist(inner)
        case .previousMonth, .nextMonth:
            return step(action == .nextMonth ? 1 : -1, context: inner)
        case .drill:
            guard let row = table.selected else { return .none }
            drill = DrillState(sector: row.sector)
            return ScreenResponse(effects: [loadDrill(row.sector)])
        case .back:
            drill = nil
        case .nextPane:
            pane = pane.next
            drill = nil
            paneDocument = DocumentState()
            return pane == .burn ? .none : ScreenResponse(effects: [loadPanes()])
        case .document(let key) where pane != .burn:
            let count = BudgetPaneDocument.lines(pane, data: paneData, month: month, language: context.language).count
            paneDocument.apply(key, lineCount: count, area: context.area)
        case .document(let key):
            guard var shown = drill, let report else { return .none }
            let count = DrillDocument.lines(shown, report: report, language: context.language).count
            shown.document.apply(key, lineCount: count, area: context.area)
            drill = shown
        }
        return .none
    }

    /// Steps the month shown, within January and the last month with postings.
    private mutating func step(_ offset: Int, context: ScreenContext) -> ScreenResponse {
        guard let report else { return .none }
        let target = report.month + offset
        guard report.months.contains(target) else {
            return ScreenResponse(status: (.info, offset > 0 ? Strings.noLaterMonth : Strings.noEarlierMonth))
        }
        month = target == report.months.upperBound ? nil : target
        relist(context)
        return .none
    }

    mutating func relist(_ context: ScreenContext) {
        table.show(report.map { BurnRow.rows($0, expanded: expanded) } ?? [], context: context)
    }

    func confirm(_ continuation: Never, dialog: DialogState, context: ScreenContext) -> ScreenResponse {}

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        guard drill == nil, pane == .burn else { return .none }
        let inner = BudgetView.tableContext(context)
        table.mouse(event, columns: BurnColumn.shown(width: context.area.width), view: BudgetView(screen: self, context: context).table,
                    context: inner)
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        guard drill == nil, pane == .burn else { return nil }
        return table.editFilter(key, language: BurnQuery.language, context: BudgetView.tableContext(context)) ? ScreenResponse.none : nil
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        var effects = [load("budget", BudgetData.load) { screen, data, context in
            screen.data = data
            screen.relist(BudgetView.tableContext(context))
            return .none
        }]
        if let drill { effects.append(loadDrill(drill.sector)) }
        if pane != .burn { effects.append(loadPanes()) }
        return effects
    }

    private func loadPanes() -> Effect {
        load("panes", BudgetPaneData.load) { screen, data, _ in
            screen.paneData = data
            return .none
        }
    }

    private func loadDrill(_ sector: SectorCode) -> Effect {
        load("drill", { repository in
            let year = try await repository.settings().budgetYear
            return DrillData(commitments: try await repository.largestCommitments(sector: sector, year: year, limit: 8),
                             families: try await repository.familyDraws(year: year))
        }, apply: { screen, data, _ in
            if screen.drill?.sector == sector { screen.drill?.data = data }
            return .none
        })
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        if pane != .burn {
            let title = StyledLine(pane.title.text(context.language), .title, .bold)
            DocumentView.render(title: title, lines: BudgetPaneDocument.lines(pane, data: paneData, month: month,
                                                                                language: context.language),
                                state: paneDocument, language: context.language, into: &frame, area: context.area)
        } else if let drill, let report {
            DrillDocument.render(drill, report: report, into: &frame, context: context)
        } else {
            BudgetView(screen: self, context: context).render(into: &frame)
        }
    }

    func helpNotes(_ context: ScreenContext) -> [Phrase] {
        drill == nil ? [Strings.burnLegend, Strings.signConvention] + BurnQuery.language.help : [Strings.signConvention]
    }
}

/// What one load of the budget screen brings.
struct BudgetData: Sendable {
    var rows: BudgetInput
    var settings: ForumSettings
    var sectors: [Sector]
    var subAreas: [SubArea]

    static func load(from repository: any ForumRepository) async throws -> BudgetData {
        let settings = try await repository.settings()
        return BudgetData(rows: try await repository.forecastRows(year: settings.budgetYear), settings: settings,
                          sectors: try await repository.sectors(), subAreas: try await repository.subAreas())
    }
}

/// The burn table's filter: `sektor:BUF`, `afvigelse:>500000`, and free words in code and name.
enum BurnQuery {
    static let language = QueryLanguage<BurnRow>(fields: [
        .code(Phrase(da: "sektor", en: "sector"), example: Phrase(da: "BUF", en: "BUF"), known: nil) { row, code in
            row.sector.rawValue == code
        },
        .comparing(Phrase(da: "afvigelse", en: "deviation"), aliases: ["afv"], example: Phrase(da: ">500000", en: ">500000"),
                   wholeFirst: true, value: { $0.line.burn.deviation }, read: { try? Money(parsing: $0) },
                   invalid: QueryError.badAmount),
    ]) { row in [row.line.code, row.line.name, row.sector.rawValue] }
}
