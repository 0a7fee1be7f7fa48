import ForumCore

/// Screen 4, deviations: every sector and sub-area beyond the tolerance at the last month with
/// postings, each with its own explanation, action plan, owner and status, written in place by
/// the economist or the sector's chief; the manual forecast set or cleared with a note; and
/// under the table the forecast bridge of the selected sector, whose lines sum to the change.
struct DeviationsScreen: Screen {
    let id = ScreenID.deviations
    /// The time stamp of a command: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    var data: BudgetData?
    var notes: [DeviationNote] = []
    var table = TableScreenState<DeviationColumn>(sort: ColumnSort(column: .name, ascending: true))
    /// Only this sector's lines: screen 5 opens a deviation item with them.
    var focus: SectorCode?

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
    }

    var isEditingText: Bool { table.filter != nil }

    var report: BurnReport? {
        guard let data else { return nil }
        return BurnReport.make(data.rows, sectors: data.sectors, subAreas: data.subAreas, tolerance: data.settings.tolerance)
    }

    /// The month the notes and forecasts are written for.
    var month: Month? { report.flatMap { try? Month(year: $0.year, month: $0.month) } }

    /// The bridge of the selected row's sector into the month shown.
    var bridge: ForecastBridge? {
        guard let data, let report, let sector = table.selected?.item.sector else { return nil }
        return ForecastBridge.of(data.rows, sector: sector, month: report.month, tolerance: data.settings.tolerance)
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding<DeviationsAction>] {
        let sector = table.selected?.item.sector
        let none = sector == nil ? Strings.nothingSelected : nil
        let note = sector.map { Permissions.check(context.user, .writeDeviationNote($0)).reason } ?? none
        let forecast = sector.map { Permissions.check(context.user, .setForecast($0)).reason } ?? none
        let noManual = sector.flatMap { manualForecast($0) } == nil ? Strings.noManualForecast : nil
        let extra = [
            KeyBinding(DeviationsAction.editNote, keys: [.character("e"), .enter], title: Strings.actionEditNote,
                       footer: Strings.footerNote, disabledReason: note),
            KeyBinding(DeviationsAction.nextStatus, keys: [.character("t")], title: Strings.actionNextStatus,
                       footer: Strings.footerStatus, disabledReason: note),
            KeyBinding(DeviationsAction.setForecast, keys: [.character("m")], title: Strings.actionSetForecast,
                       footer: Strings.footerForecast, disabledReason: forecast),
            KeyBinding(DeviationsAction.clearForecast, keys: [.character("x")], title: Strings.actionClearForecast,
                       disabledReason: forecast ?? noManual),
        ]
        return table.bindings(DeviationsAction.table, extra: table.isEditing ? [] : extra)
    }

    mutating func perform(_ action: DeviationsAction, context: ScreenContext) -> ScreenResponse {
        let inner = DeviationsView.tableContext(context)
        guard case .table(let key) = action else {
            guard let item = table.selected?.item, let month else { return .none }
            return ask(action, item: item, month: month, context: context)
        }
        if let warning = table.perform(key, columns: DeviationColumn.allCases, context: inner) {
            return ScreenResponse(status: (.warning, warning))
        }
        return .none
    }

    /// The note of the sector (`subArea` nil) or sub-area for the month as stored, or a new one.
    func note(_ sector: SectorCode, subArea: String?, month: Month) -> DeviationNote {
        notes.first { $0.isFor(sector, subArea: subArea, month: month) }
            ?? DeviationNote(sector: sector, subArea: subArea, month: month, explanation: "", actionPlan: "", owner: "")
    }

    func manualForecast(_ sector: SectorCode) -> ManualForecast? {
        guard let report else { return nil }
        return data?.rows.forecasts.first { $0.sector == sector && $0.month == report.month }?.forecast
    }

    /// A note is the selected line's own; a manual forecast is always the sector's.
    private func ask(_ action: DeviationsAction, item: DeviationList.Item, month: Month, context: ScreenContext) -> ScreenResponse {
        let t = { (phrase: Phrase) in phrase.text(context.language) }
        let sector = item.sector
        let current = note(sector, subArea: item.subArea?.code, month: month)
        let manual = manualForecast(sector)
        switch action {
        case .editNote:
            return dialog(DialogState(title: t(Strings.noteTitle(current.line, month.description)),
                                      message: t(Strings.noteExplanationQuestion), field: TextFieldState(current.explanation),
                                      fieldLabel: t(Strings.colExplanation), confirmLabel: t(Strings.dialogNext),
                                      cancelLabel: t(Strings.dialogCancel)),
                          then: .explanation(current))
        case .nextStatus:
            var next = current
            let all = DeviationStatus.allCases
            next.status = all[((all.firstIndex(of: current.status) ?? 0) + 1) % all.count]
            return ScreenResponse(effects: [write(next, context: context)])
        case .setForecast:
            let shown = table.selected?.item.sector == sector ? table.selected?.item.line.burn.forecast : nil
            return dialog(DialogState(title: t(Strings.forecastTitle(sector.rawValue, month.description)),
                                      message: t(Strings.forecastAmountQuestion),
                                      field: TextFieldState((manual?.amount ?? shown ?? .zero).formatted(.natural, unit: false)),
                                      fieldLabel: t(Strings.colForecast), confirmLabel: t(Strings.dialogNext),
                                      cancelLabel: t(Strings.dialogCancel)),
                          then: .forecastAmount(sector, month, version: manual?.version ?? 0))
        case .clearForecast:
            return dialog(DialogState(title: t(Strings.forecastTitle(sector.rawValue, month.description)),
                                      message: t(Strings.forecastClearQuestion), confirmLabel: t(Strings.forecastClearLabel),
                                      cancelLabel: t(Strings.dialogCancel)),
                          then: .clearForecast(sector, month, version: manual?.version ?? 0))
        case .table:
            return .none
        }
    }

    mutating func confirm(_ continuation: DeviationsDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        let t = { (phrase: Phrase) in phrase.text(context.language) }
        let text = dialog.field?.text ?? ""
        func next(_ message: Phrase, _ value: String, _ label: Phrase, then: DeviationsDialog, confirm: Phrase = Strings.dialogNext)
            -> ScreenResponse {
            var state = DialogState(title: dialog.title, message: t(message), field: TextFieldState(value), fieldLabel: t(label),
                                    confirmLabel: t(confirm), cancelLabel: t(Strings.dialogCancel))
            state.title = dialog.title
            return self.dialog(state, then: then)
        }
        switch continuation {
        case .explanation(var note):
            note.explanation = text
            return next(Strings.notePlanQuestion, note.actionPlan, Strings.colPlan, then: .plan(note))
        case .plan(var note):
            note.actionPlan = text
            return next(Strings.noteOwnerQuestion, note.owner.isEmpty ? context.user.login : note.owner, Strings.colOwner,
                        then: .owner(note), confirm: Strings.dialogSave)
        case .owner(var note):
            note.owner = text
            if note.status == .open && !note.explanation.allSatisfy(\.isWhitespace) { note.status = .explained }
            return ScreenResponse(effects: [write(note, context: context)])
        case .forecastAmount(let sector, let month, let version):
            do {
                let amount = try Money(parsing: text)
                return next(Strings.forecastNoteQuestion, manualForecast(sector)?.note ?? "", Strings.fieldNote,
                            then: .forecastNote(sector, month, version: version, amount: amount), confirm: Strings.dialogSave)
            } catch {
                var response = self.dialog(dialog, then: continuation)
                response.status = (.warning, error.phrase)
                return response
            }
        case .forecastNote(let sector, let month, let version, let amount):
            return ScreenResponse(effects: [setForecast(sector, month, ManualForecast(amount: amount, note: text), version: version,
                                                        context: context)])
        case .clearForecast(let sector, let month, let version):
            return ScreenResponse(effects: [setForecast(sector, month, nil, version: version, context: context)])
        }
    }

    private func commandContext(_ context: ScreenContext) -> CommandContext {
        CommandContext(user: context.user, at: clock(), today: context.today)
    }

    private func write(_ note: DeviationNote, context: ScreenContext) -> Effect {
        let commandContext = commandContext(context)
        return command("note \(note.line)", { try await $0.writeDeviationNote(note, context: commandContext) }) { screen, stored, context in
            ScreenResponse(effects: screen.reload(context),
                           status: (.success, Strings.noteSaved(stored.line, stored.status.phrase)))
        }
    }

    private func setForecast(_ sector: SectorCode, _ month: Month, _ forecast: ManualForecast?, version: Int,
                             context: ScreenContext) -> Effect {
        let commandContext = commandContext(context)
        return command("forecast \(sector)", {
            try await $0.setForecast(sector, month: month, forecast: forecast, expectedVersion: version, context: commandContext)
        }) { screen, stored, context in
            ScreenResponse(effects: screen.reload(context),
                           status: (.success, stored == nil ? Strings.forecastClearedShort(sector.rawValue)
                                        : Strings.forecastSavedShort(sector.rawValue)))
        }
    }

    mutating func relist(_ context: ScreenContext) {
        let rows = report.map { DeviationList.items($0, notes: notes).filter { focus == nil || $0.sector == focus }.map(DeviationRow.init) } ?? []
        table.show(rows, context: DeviationsView.tableContext(context))
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        table.mouse(event, columns: DeviationColumn.allCases, view: DeviationsView(screen: self, context: context).table,
                    context: DeviationsView.tableContext(context))
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        table.editFilter(key, language: DeviationsView.query, context: DeviationsView.tableContext(context)) ? ScreenResponse.none : nil
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        [load("deviations", { repository in
            let data = try await BudgetData.load(from: repository)
            return (data, try await repository.deviationNotes(year: data.settings.budgetYear))
        }, apply: { screen, loaded, context in
            screen.data = loaded.0
            screen.notes = loaded.1
            screen.relist(context)
            return .none
        })]
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        DeviationsView(screen: self, context: context).render(into: &frame)
    }

    func helpNotes(_ context: ScreenContext) -> [Phrase] { [Strings.signConvention] + DeviationsView.query.help }
}
