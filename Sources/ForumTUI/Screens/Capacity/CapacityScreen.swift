import ForumCore

/// Screen 2, the capacity board: the capacity-limited offers with their occupancy (their
/// placements), quota, waiting list and price, filtered and sorted as on screen 1. A team leader
/// opens on the offers they run (`v` shows every offer).
struct CapacityScreen: Screen {
    typealias Continuation = Never

    let id = ScreenID.capacity
    /// What the last load brought; nil until the first load arrives.
    var data: CapacityData?
    var board = TableScreenState<CapacityColumn>(sort: ColumnSort(column: .name, ascending: true))
    /// Only the offers this person runs; nil until the first load decides it from who is looking.
    var ownOnly: Bool?

    var isEditingText: Bool { board.filter != nil }

    func bindings(_ context: ScreenContext) -> [KeyBinding<CapacityAction>] {
        guard !board.isEditing else { return board.bindings(CapacityAction.table) }
        var extra: [KeyBinding<CapacityAction>] = []
        if runsOffers(context) {
            let own = ownOnly ?? true
            extra.append(KeyBinding(.toggleScope, keys: [.character("v")],
                                    title: own ? Strings.actionCapacityShowAll : Strings.actionCapacityShowOwn,
                                    footer: own ? Strings.footerAllOffers : Strings.footerOwnOffers))
        }
        return board.bindings(CapacityAction.table, extra: extra)
    }

    mutating func perform(_ action: CapacityAction, context: ScreenContext) -> ScreenResponse {
        switch action {
        case .table(let key):
            if let warning = board.perform(key, columns: CapacityColumn.shown(width: context.area.width), context: context) {
                return ScreenResponse(status: (.warning, warning))
            }
        case .toggleScope:
            ownOnly = !(ownOnly ?? true)
            relist(context)
        }
        return .none
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        let view = CapacityView(screen: self, context: context)
        board.mouse(event, columns: view.columns, view: view.table, context: context)
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        board.editFilter(key, language: queryLanguage, context: context) ? ScreenResponse.none : nil
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        [load("load capacity board", { try await CapacityData.load(from: $0) }) { screen, data, context in
            screen.data = data
            screen.relist(context)
            return .none
        }]
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        CapacityView(screen: self, context: context).render(into: &frame)
    }

    func helpNotes(_ context: ScreenContext) -> [Phrase] { queryLanguage.help }

    /// The board's filter language, reporting sectors that do not exist once they are loaded.
    var queryLanguage: QueryLanguage<OfferStatus> { CapacityQuery.language(sectors: data?.sectors.map(\.code)) }

    /// Whether the person at the keyboard leads any offer (only then is there an "own" scope).
    func runsOffers(_ context: ScreenContext) -> Bool {
        data?.offers.contains { $0.leaderLogin == context.user.login } ?? false
    }

    /// Lists the loaded offers again under the scope, filter and sort, keeping the selection.
    mutating func relist(_ context: ScreenContext) {
        guard let data else {
            board.show([], context: context)
            return
        }
        let statuses = OfferStatus.board(data.offers, waiting: data.waiting, today: context.today)
        let own = runsOffers(context) && (ownOnly ?? true)
        board.show(own ? statuses.filter { $0.offer.leaderLogin == context.user.login } : statuses, context: context)
    }

    /// Whether the board lists only the offers this person runs.
    func showsOwnOnly(_ context: ScreenContext) -> Bool { runsOffers(context) && (ownOnly ?? true) }
}

/// Everything one load of the board brings.
struct CapacityData: Sendable {
    var offers: [Offer]
    var waiting: [WaitingListEntry]
    var sectors: [Sector]

    static func load(from repository: any ForumRepository) async throws -> CapacityData {
        CapacityData(offers: try await repository.offers(), waiting: try await repository.waitingLists(),
                     sectors: try await repository.sectors())
    }
}
