import ForumCore

// What `e` exports on each table screen: its table as listed, in all its columns.

// An open detail is exported in place of the table: it is what is shown. A detail still loading
// has nothing to export yet.

extension DecisionsScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        if case .detail(let state) = mode {
            guard let detail = state.detail else { return nil }
            let wide = Rect(x: 0, y: 0, width: 200, height: context.area.height)
            return ExportSheet(name: state.id.rawValue, title: DetailView.title(detail.request, language: context.language).text,
                               lines: DetailView.lines(state, language: context.language, area: wide))
        }
        return queue.exportSheet(id.title, columns: QueueColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension CapacityScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        if let shown = detail {
            guard let status = shownStatus(context) else { return nil }
            let document = OfferDocument(status: status, today: context.today, language: context.language)
            return ExportSheet(name: shown.id.rawValue, title: document.title.text, lines: document.lines)
        }
        return board.exportSheet(id.title, columns: CapacityColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension BudgetScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        if let drill {
            guard let report else { return nil }
            let name = report.sectors.first { $0.sector.code == drill.sector.rawValue }?.sector.name ?? ""
            return ExportSheet(name: drill.sector.rawValue, title: "\(drill.sector.rawValue) \(name)",
                               lines: DrillDocument.lines(drill, report: report, language: context.language))
        }
        return table.exportSheet(id.title, columns: BurnColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension DeviationsScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        table.exportSheet(id.title, columns: DeviationColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension TransitionsScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        table.exportSheet(id.title, columns: TransitionColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension MeetingScreen {
    /// The item opened in place exports as its own screen does; the agenda, a row per item.
    func export(_ context: ScreenContext) -> ExportSheet? {
        switch inner {
        case .decisions?: return decisions.export(context)
        case .capacity?: return capacity.export(context)
        case .deviations?: return deviations.export(context)
        default: break
        }
        guard let overview, opened == nil else { return nil }
        let language = context.language
        return ExportSheet(
            name: id.title.text(language),
            headers: [Strings.exportColumnState, Strings.exportColumnNumber, Strings.exportColumnSection,
                      Strings.exportColumnSubject, Strings.exportColumnTitle, Strings.exportColumnReasons,
                      Strings.exportColumnAmount].map { $0.text(language) },
            rows: overview.rows.enumerated().map { number, row in
                [MeetingView.glyph(row), String(number + 1), Strings.sectionShort(row.section).text(language), row.key.subject ?? "",
                 row.title, row.reasons.map { Strings.agendaReason($0).text(language) }.joined(separator: "; "),
                 row.amount.map { $0.formatted(.kroner, unit: false) } ?? ""]
            })
    }
}

extension BurnColumn {
    var isExported: Bool { self != .meter && self != .sparkline }
}

extension CapacityColumn {
    var isExported: Bool { self != .meter }
}
