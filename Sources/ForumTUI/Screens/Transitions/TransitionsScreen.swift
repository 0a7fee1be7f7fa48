import ForumCore

/// Screen 6, transitions (*overgange*, DOMAIN §12): the young people who may move from the
/// children's to the adult area, by expected transition date, with colour (glyph and colour),
/// probability, the expected cost this year and next, the receiving sector, flags and when last
/// discussed; under the table the selected youth's expected amount per month of both years and
/// the case's grants in the children's area now.
struct TransitionsScreen: Screen {
    let id = ScreenID.transitions
    /// The time stamp of a command: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    var data: TransitionsData?
    var table = TableScreenState<TransitionColumn>(sort: ColumnSort(column: .date, ascending: true))

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
    }

    var isEditingText: Bool { table.filter != nil }

    func bindings(_ context: ScreenContext) -> [KeyBinding<TransitionsAction>] {
        // The economist and the chiefs of the youth's two sectors (CommandRules.setYouth).
        let refusal = table.selected.map { CommandRules.permission(context.user, toEdit: $0.youth).reason } ?? Strings.nothingSelected
        // A refused key says so in the footer too (✗), not only when pressed.
        let footer = { (phrase: Phrase) in refusal == nil ? phrase : Strings.footerNotAllowed(phrase) }
        let extra = [
            KeyBinding(TransitionsAction.setProbability, keys: [.character("p")], title: Strings.actionSetProbability,
                       footer: footer(Strings.footerProbability), disabledReason: refusal),
            KeyBinding(TransitionsAction.nextColour, keys: [.character("c")], title: Strings.actionNextColour,
                       footer: footer(Strings.footerColour), disabledReason: refusal),
            KeyBinding(TransitionsAction.discussedToday, keys: [.character("d")], title: Strings.actionDiscussedToday,
                       footer: footer(Strings.footerDiscussed), disabledReason: refusal),
            KeyBinding(TransitionsAction.toggleHandedOver, keys: [.character("h")], title: Strings.actionToggleHandedOver,
                       footer: footer(Strings.footerHandedOver), disabledReason: refusal),
            KeyBinding(TransitionsAction.toggleClosed, keys: [.character("l")], title: Strings.actionToggleClosed,
                       footer: footer(Strings.footerClosed), disabledReason: refusal),
        ]
        return table.bindings(TransitionsAction.table, extra: table.isEditing ? [] : extra)
    }

    mutating func perform(_ action: TransitionsAction, context: ScreenContext) -> ScreenResponse {
        guard case .table(let key) = action else {
            guard let youth = table.selected?.youth else { return .none }
            return change(action, youth, context: context)
        }
        if let warning = table.perform(key, columns: TransitionColumn.allCases, context: TransitionsView.tableContext(context)) {
            return ScreenResponse(status: (.warning, warning))
        }
        return .none
    }

    private func change(_ action: TransitionsAction, _ youth: Youth, context: ScreenContext) -> ScreenResponse {
        var changed = youth
        switch action {
        case .setProbability:
            let t = { (phrase: Phrase) in phrase.text(context.language) }
            return dialog(DialogState(title: t(Strings.probabilityTitle(youth.caseID.rawValue)), message: t(Strings.probabilityQuestion),
                                      field: TextFieldState(youth.probability.description), fieldLabel: t(Strings.colProbability),
                                      confirmLabel: t(Strings.dialogSave), cancelLabel: t(Strings.dialogCancel)),
                          then: .probability(youth))
        case .nextColour:
            let all = YouthColour.allCases
            changed.colour = all[((all.firstIndex(of: youth.colour) ?? 0) + 1) % all.count]
        case .discussedToday:
            changed.lastDiscussed = context.today
        case .toggleHandedOver:
            changed.handedOver = youth.handedOver == nil ? context.today : nil
        case .toggleClosed:
            changed.closed = youth.closed == nil ? context.today : nil
        case .table:
            return .none
        }
        return ScreenResponse(effects: [save(changed, context: context)])
    }

    mutating func confirm(_ continuation: TransitionsDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        switch continuation {
        case .probability(var youth):
            do {
                youth.probability = try Probability(parsing: dialog.field?.text ?? "")
                return ScreenResponse(effects: [save(youth, context: context)])
            } catch {
                var response = self.dialog(dialog, then: continuation)
                response.status = (.warning, error.phrase)
                return response
            }
        }
    }

    /// Stores the youth over the version that was read; another person's change meanwhile is a conflict.
    private func save(_ youth: Youth, context: ScreenContext) -> Effect {
        let commandContext = CommandContext(user: context.user, at: clock(), today: context.today)
        return command("youth \(youth.caseID)", {
            try await $0.setYouth(youth, expectedVersion: youth.version, context: commandContext)
        }) { screen, stored, context in
            ScreenResponse(effects: screen.reload(context), status: (.success, Strings.youthSaved(stored.caseID.rawValue)))
        }
    }

    mutating func relist(_ context: ScreenContext) {
        guard let data else { return }
        let year = data.budgetYear
        let rows = data.youths.map { youth in
            TransitionRow(youth: youth, thisYear: ExpectedTransition.total(youth, year: year),
                          nextYear: ExpectedTransition.total(youth, year: year + 1),
                          flags: YouthFlag.flags(youth, today: context.today, settings: data.settings,
                                                 hasAdultGrant: data.adultGrantCases.contains(youth.caseID)))
        }
        table.show(rows, context: TransitionsView.tableContext(context))
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        table.mouse(event, columns: TransitionColumn.allCases, view: TransitionsView(screen: self, context: context).table,
                    context: TransitionsView.tableContext(context))
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        table.editFilter(key, language: TransitionsView.query, context: TransitionsView.tableContext(context)) ? ScreenResponse.none : nil
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        [load("transitions", { repository in try await TransitionsData.load(from: repository) }, apply: { screen, loaded, context in
            screen.data = loaded
            screen.relist(context)
            return .none
        })]
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        TransitionsView(screen: self, context: context).render(into: &frame)
    }

    func helpNotes(_ context: ScreenContext) -> [Phrase] { [Strings.transitionsRule] + TransitionsView.query.help }
}

/// What screen 6 reads: the youth list, its settings, the budget year, and the decided requests
/// (which make an adult grant, and which are the case's children's-area grants).
struct TransitionsData: Sendable {
    var youths: [Youth]
    var settings: TransitionSettings
    var budgetYear: Int
    var adultGrantCases: Set<CaseID>
    var requests: [GrantRequest]

    static func load(from repository: any ForumRepository) async throws -> TransitionsData {
        let youths = try await repository.youths()
        let cases = Set(youths.map(\.caseID))
        let requests = try await repository.requests().filter { cases.contains($0.caseID) && $0.status.isApproved }
        return TransitionsData(youths: youths, settings: try await repository.transitionSettings(),
                               budgetYear: try await repository.settings().budgetYear,
                               adultGrantCases: TransitionInflow.adultGrantCases(requests, youths: youths), requests: requests)
    }

    /// The case's approved grants paid by its children's sector that run on `today` or later.
    func childrenGrants(_ youth: Youth, today: Day) -> [GrantRequest] {
        requests.filter { $0.caseID == youth.caseID && $0.currentSplit.sectors.contains(youth.childrenSector) && $0.amount.end >= today }
    }
}
