import ForumCore

/// Screen 6, transitions (*overgange*, DOMAIN §12): the young people who may move from the
/// children's to the adult area, by expected transition date, with colour (glyph and colour),
/// probability, the expected cost this year and next, the receiving sector, flags and when last
/// discussed; under the table the selected youth's expected amount per month of both years and
/// the case's grants in the children's area now.
struct TransitionsScreen: Screen {
    let id = ScreenID.transitions
    var data: TransitionsData?
    var table = TableScreenState<TransitionColumn>(sort: ColumnSort(column: .date, ascending: true))

    var isEditingText: Bool { table.filter != nil }

    func bindings(_ context: ScreenContext) -> [KeyBinding<TransitionsAction>] {
        table.bindings(TransitionsAction.table, extra: [])
    }

    mutating func perform(_ action: TransitionsAction, context: ScreenContext) -> ScreenResponse {
        guard case .table(let key) = action else { return .none }
        if let warning = table.perform(key, columns: TransitionColumn.allCases, context: TransitionsView.tableContext(context)) {
            return ScreenResponse(status: (.warning, warning))
        }
        return .none
    }

    func confirm(_ continuation: Never, dialog: DialogState, context: ScreenContext) -> ScreenResponse { switch continuation {} }

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
