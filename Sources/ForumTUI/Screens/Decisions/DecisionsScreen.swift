import ForumCore

/// Screen 1, the decision queue: the requests the competence policy routes to the forum (or,
/// toggled, every request), a request's detail, the decisions on it and the split editor.
///
/// The screen is a value: keys arrive as `DecisionsAction`s (`DecisionsScreen+Actions`), text
/// keys of the filter and the split editor through `edit`, and every read and command runs as an
/// effect (`DecisionsScreen+Commands`) whose result comes back to the screen through the
/// console's loop. Rendering is a pure function of this state (`QueueView`, `DetailView`,
/// `SplitEditorView`).
struct DecisionsScreen: Screen {
    let id = ScreenID.decisions
    /// The time stamp of a decision: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    /// What the last load brought; nil until the first load arrives.
    var data: QueueData?
    /// The queue's table: the requests listed, the selection, the sort and the filter.
    var queue = TableScreenState<QueueColumn>(sort: ColumnSort(column: .age, ascending: false))
    /// Every request instead of only the forum's queue.
    var showAll = false
    var mode: DecisionsMode = .queue
    /// The decisions made in this console session, newest last: what `u` undoes.
    var undoStack: [UndoEntry] = []

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
    }

    /// The requests listed, in the order shown.
    var items: [QueueItem] { queue.rows }

    /// The filter field takes every printable key while it is open.
    var isEditingText: Bool {
        if case .queue = mode { return queue.filter != nil }
        return false
    }

    /// Shares typed into the split editor and not stored yet.
    var hasUnsavedInput: Bool {
        if case .split(let editor) = mode { return editor.isEdited }
        return false
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding<DecisionsAction>] {
        switch mode {
        case .queue: queueBindings(context)
        case .detail(let detail): detailBindings(detail, context: context)
        case .split(let editor): splitBindings(editor, context: context)
        }
    }

    mutating func perform(_ action: DecisionsAction, context: ScreenContext) -> ScreenResponse {
        switch action {
        case .decide(let kind):
            guard let request = target else { return .none }
            return ask(kind, request, context: context)
        case .approveWithConditions:
            guard let request = target else { return .none }
            return askConditions(request, context: context)
        case .split:
            guard let request = target else { return .none }
            return openSplit(request, context: context)
        case .undo:
            return askUndo(context)
        case .reopen:
            guard let request = target else { return .none }
            return openDialog(Strings.reopenTitle(request.id.rawValue), Strings.reopenQuestion(request.id.rawValue),
                              field: (TextFieldState(), Strings.fieldReopenReason), confirm: Strings.reopenConfirm,
                              then: .reopen(request), context: context)
        case .table, .open, .toggleScope:
            guard case .queue = mode else { return .none }
            return performInQueue(action, context: context)
        case .back, .document:
            guard case .detail(var detail) = mode else { return .none }
            let response = performInDetail(action, detail: &detail, context: context)
            if case .detail(let shown) = mode, shown.id == detail.id { mode = .detail(detail) }
            return response
        case .splitEditor(let key):
            guard case .split(var editor) = mode else { return .none }
            let response = performInSplit(key, editor: &editor, context: context)
            if case .split = mode { mode = .split(editor) }
            return response
        }
    }

    mutating func confirm(_ continuation: DecisionsDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        confirmed(continuation, dialog: dialog, context: context)
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        switch mode {
        case .queue:
            let view = QueueView(screen: self, context: context)
            queue.mouse(event, columns: view.columns, view: view.table, context: context)
        case .detail(var detail):
            let count = DetailView.lines(detail, language: context.language, area: context.area).count
            switch event.kind {
            case .wheelUp: detail.document.scroll(by: -3, lineCount: count, area: context.area)
            case .wheelDown: detail.document.scroll(by: 3, lineCount: count, area: context.area)
            case .click: break
            }
            mode = .detail(detail)
        case .split(var editor):
            editor.mouse(event, layout: splitLayout(editor, context: context))
            mode = .split(editor)
        }
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        switch mode {
        case .queue:
            return queue.editFilter(key, language: queryLanguage, context: context) ? ScreenResponse.none : nil
        case .detail: return nil
        case .split(var editor):
            guard editor.edit(key) else { return nil }
            mode = .split(editor)
            return ScreenResponse.none
        }
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        var effects = [loadQueue()]
        switch mode {
        case .queue, .split: break
        case .detail(let detail): effects.append(loadDetail(detail.id, today: context.today))
        }
        return effects
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        switch mode {
        case .queue: QueueView(screen: self, context: context).render(into: &frame)
        case .detail(let detail): DetailView.render(detail, into: &frame, context: context)
        case .split(let editor):
            SplitEditorView.render(editor, layout: splitLayout(editor, context: context), into: &frame, context: context)
        }
    }

    /// In the queue, the filter's syntax with the queue's fields.
    func helpNotes(_ context: ScreenContext) -> [Phrase] {
        if case .queue = mode { return queryLanguage.help }
        return []
    }

    /// The queue's filter language, reporting sectors that do not exist once they are loaded.
    var queryLanguage: QueryLanguage<QueueItem> { RequestQuery.language(sectors: data?.sectors.map(\.code)) }

    /// The request a decision key acts on: the detail's, or the one selected in the queue.
    var target: GrantRequest? {
        switch mode {
        case .queue: selectedItem.flatMap { data?.request($0.id) }
        case .detail(let detail): data?.request(detail.id)
        case .split: nil
        }
    }
}

/// What the decision screen shows: the queue, one request's detail, or the split editor.
enum DecisionsMode: Sendable {
    case queue
    case detail(DetailState)
    case split(SplitEditorState)
}

/// Everything one load of the queue brings. The reads are separate, not one snapshot: a
/// decision between them can show in one and not yet in another, and the next change token
/// reloads them all.
struct QueueData: Sendable {
    var requests: [GrantRequest]
    var settings: ForumSettings
    var sectors: [Sector]
    var budget: BudgetSnapshot
    /// The capacity-limited offers, so that a request for a full one is marked.
    var offers: [Offer] = []
    /// The meeting open now: decisions taken while it is open carry its id (DOMAIN §9), and the
    /// forum's requests are decided only in it, by those taking part (§10).
    var meeting: Meeting?

    static func load(from repository: any ForumRepository) async throws -> QueueData {
        let settings = try await repository.settings()
        return QueueData(requests: try await repository.requests(), settings: settings,
                         sectors: try await repository.sectors(),
                         budget: try await repository.budget(year: settings.budgetYear),
                         offers: try await repository.offers(), meeting: try await repository.currentMeeting())
    }

    func request(_ id: RequestID) -> GrantRequest? { requests.first { $0.id == id } }
}

/// A change made in this session: the request and its version just after the change, which
/// the undo must still find (else someone changed it since, and the undo is a conflict).
struct UndoEntry: Hashable, Sendable {
    enum Change: Hashable, Sendable {
        /// Undone by `undoDecision`.
        case decision(DecisionKind)
        /// Undone by changing the split back, from the same month.
        case split(previous: PaymentSplit, from: Month)
    }

    var id: RequestID
    var version: Int
    var change: Change
}
