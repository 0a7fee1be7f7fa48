import ForumCore

/// Screen 2, the capacity board: the capacity-limited offers with their occupancy (their
/// placements), quota, waiting list and price, filtered and sorted as on screen 1. A team leader
/// opens on the offers they run (`v` shows every offer); Enter opens an offer's detail.
struct CapacityScreen: Screen {
    let id = ScreenID.capacity
    /// The time stamp of a command: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    /// What the last load brought; nil until the first load arrives.
    var data: CapacityData?
    var board = TableScreenState<CapacityColumn>(sort: ColumnSort(column: .name, ascending: true))
    /// Only the offers this person runs; nil until the first load decides it from who is looking.
    var ownOnly: Bool?
    /// The offer whose detail is shown, and how far it is scrolled; nil on the board.
    var detail: (id: OfferID, document: DocumentState)?

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
    }

    var isEditingText: Bool { detail == nil && board.filter != nil }

    func bindings(_ context: ScreenContext) -> [KeyBinding<CapacityAction>] {
        if detail != nil {
            return [KeyBinding(.back, keys: [.escape, .left], title: Strings.actionBack, footer: Strings.footerBack)]
                + commandBindings(context) + DocumentAction.bindings.map { $0.map(CapacityAction.document) }
        }
        guard !board.isEditing else { return board.bindings(CapacityAction.table) }
        var extra: [KeyBinding<CapacityAction>] = [
            KeyBinding(.open, keys: [.enter, .right], title: Strings.actionOpenOffer, footer: Strings.footerDetail,
                       disabledReason: board.selected == nil ? Strings.noOfferChosen : nil),
        ] + commandBindings(context)
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
        case .open:
            guard let selected = board.selected else { return .none }
            detail = (selected.id, DocumentState())
        case .back:
            detail = nil
        case .document(.nextItem): return step(by: 1, context: context)
        case .document(.previousItem): return step(by: -1, context: context)
        case .document(let key):
            guard var shown = detail else { return .none }
            shown.document.apply(key, lineCount: detailLines(context).count, area: context.area)
            detail = shown
        case .allocate, .quota, .end, .priority, .addWaiting:
            return performCommand(action, context: context)
        }
        return .none
    }

    /// Shows the detail of the offer `offset` rows from this one; the board's selection follows.
    private mutating func step(by offset: Int, context: ScreenContext) -> ScreenResponse {
        guard let next = board.step(by: offset, context: context) else {
            return ScreenResponse(status: (.info, offset > 0 ? Strings.lastInList : Strings.firstInList))
        }
        detail = (next.id, DocumentState())
        return .none
    }

    /// The offer whose detail is shown, as the last load has it.
    func shownStatus(_ context: ScreenContext) -> OfferStatus? {
        guard let id = detail?.id, let data, let offer = data.offers.first(where: { $0.id == id }) else { return nil }
        return OfferStatus(offer: offer, waiting: data.waiting, today: context.today)
    }

    func detailLines(_ context: ScreenContext) -> [StyledLine] {
        shownStatus(context).map { OfferDocument(status: $0, today: context.today, language: context.language).lines } ?? []
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        if var shown = detail {
            switch event.kind {
            case .wheelUp: shown.document.scroll(by: -3, lineCount: detailLines(context).count, area: context.area)
            case .wheelDown: shown.document.scroll(by: 3, lineCount: detailLines(context).count, area: context.area)
            case .click: break
            }
            detail = shown
            return .none
        }
        let view = CapacityView(screen: self, context: context)
        board.mouse(event, columns: view.columns, view: view.table, context: context)
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        guard detail == nil else { return nil }
        return board.editFilter(key, language: queryLanguage, context: context) ? ScreenResponse.none : nil
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        [load("load capacity board", { try await CapacityData.load(from: $0) }) { screen, data, context in
            screen.data = data
            screen.relist(context)
            return .none
        }]
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        guard let shown = detail else {
            CapacityView(screen: self, context: context).render(into: &frame)
            return
        }
        guard let status = shownStatus(context) else {
            frame.cursor = Point(x: context.area.x, y: context.area.y)
            frame.put(shown.id.rawValue + "  " + Strings.loading.text(context.language),
                      at: Point(x: context.area.x, y: context.area.y), style: Style(.title))
            return
        }
        let document = OfferDocument(status: status, today: context.today, language: context.language)
        DocumentView.render(title: document.title, lines: document.lines, state: shown.document, language: context.language,
                            into: &frame, area: context.area)
    }

    func helpNotes(_ context: ScreenContext) -> [Phrase] { detail == nil ? queryLanguage.help : [] }

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
    /// The meeting open now: the chair manages offers only in it (DOMAIN §10).
    var meeting: Meeting?

    static func load(from repository: any ForumRepository) async throws -> CapacityData {
        CapacityData(offers: try await repository.offers(), waiting: try await repository.waitingLists(),
                     sectors: try await repository.sectors(), meeting: try await repository.currentMeeting())
    }
}
