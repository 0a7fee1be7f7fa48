import ForumCore

/// Screen 1, the decision queue: the requests the competence policy routes to the forum (or,
/// toggled, every request), a request's detail, the decisions on it and the split editor.
///
/// The screen is a value: keys arrive as action ids (`DecisionsScreen+Actions`), text keys of
/// the filter and the split editor through `edit`, and every read and command runs as an effect
/// (`DecisionsScreen+Commands`) whose result comes back to the screen through the console's
/// loop. Rendering is a pure function of this state (`QueueView`, `DetailView`, `SplitEditorView`).
struct DecisionsScreen: Screen {
    let id = ScreenID.decisions
    /// The time stamp of a decision: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    /// What the last load brought; nil until the first load arrives.
    var data: QueueData?
    /// The requests listed, in the order shown.
    var items: [QueueItem] = []
    /// Every request instead of only the forum's queue.
    var showAll = false
    /// The filter in force (the last one that parsed).
    var query = RequestQuery.everything
    /// The filter field, while `/` has it open.
    var filter: FilterEditor?
    var sort = QueueSort(column: .age, ascending: false)
    var table = TableState()
    var mode: DecisionsMode = .queue
    /// The command a confirmation dialog is asking about.
    var pending: PendingCommand?
    /// The decisions made in this console session, newest last: what `u` undoes.
    var undoStack: [UndoEntry] = []

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
    }

    /// The filter field takes every printable key while it is open.
    var isEditingText: Bool {
        if case .queue = mode { return filter != nil }
        return false
    }

    /// Shares typed into the split editor and not stored yet.
    var hasUnsavedInput: Bool {
        if case .split(let editor) = mode { return editor.isEdited }
        return false
    }

    func actions(_ context: ScreenContext) -> [ConsoleAction] {
        switch mode {
        case .queue: filter == nil ? queueActions(context) : filterActions
        case .detail(let detail): detailActions(detail, context: context)
        case .split(let editor): splitActions(editor, context: context)
        }
    }

    mutating func perform(_ action: String, context: ScreenContext) -> ScreenResponse {
        switch mode {
        case .queue: return performInQueue(action, context: context)
        case .detail(var detail):
            if let response = performInDetail(action, detail: &detail, context: context) {
                if case .detail = mode { mode = .detail(detail) }
                return response
            }
            return performDecision(action, on: detail.id, context: context)
        case .split(var editor):
            let response = performInSplit(action, editor: &editor, context: context)
            if case .split = mode { mode = .split(editor) }
            return response
        }
    }

    mutating func confirm(_ action: String, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        confirmed(action, dialog: dialog, context: context)
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        switch mode {
        case .queue: return mouseInQueue(event, context: context)
        case .detail(var detail):
            mouseInDetail(event, detail: &detail, context: context)
            mode = .detail(detail)
            return .none
        case .split(var editor):
            editor.mouse(event, layout: splitLayout(editor, context: context))
            mode = .split(editor)
            return .none
        }
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        switch mode {
        case .queue: return editFilter(key, context: context)
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
}

/// What the decision screen shows: the queue, one request's detail, or the split editor.
enum DecisionsMode: Sendable {
    case queue
    case detail(DetailState)
    case split(SplitEditorState)
}

/// Everything one load of the queue brings, read together so that it is consistent.
struct QueueData: Sendable {
    var requests: [GrantRequest]
    var settings: ForumSettings
    var sectors: [Sector]
    var budget: BudgetSnapshot

    static func load(from repository: any ForumRepository) async throws -> QueueData {
        let settings = try await repository.settings()
        return QueueData(requests: try await repository.requests(), settings: settings,
                         sectors: try await repository.sectors(),
                         budget: try await repository.budget(year: settings.budgetYear))
    }

    func request(_ id: RequestID) -> GrantRequest? { requests.first { $0.id == id } }
}

/// A command waiting for the user to confirm its dialog.
enum PendingCommand: Sendable {
    case decide(GrantRequest, Decision)
    case changeSplit(GrantRequest, PaymentSplit, from: Month)
    /// A decision that still needs the text of its dialog (a reason, a date, a note).
    case ask(GrantRequest, DecisionKind)
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
