import ForumCore

/// Screen 5, the meeting (DOMAIN §9). Between meetings: the next meeting's draft agenda with its
/// size and combined effect per sector, where the chair adds free items, reorders and postpones.
/// The chair opens the meeting (date, participants); during it the agenda shows done and left,
/// the effect decided so far against proposed, and each item opens in place — a request with
/// screen 1's own detail and keys, its decisions carrying the meeting's id — and `]` `[` step
/// through the agenda. The chair closes the meeting, which writes the minutes.
struct MeetingScreen: Screen {
    let id = ScreenID.meeting
    /// The time stamp of a command: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    /// Nil until the first load arrives.
    var overview: AgendaOverview?
    var users: [User] = []
    var selected = 0
    var scroll = 0
    /// Screen 1, kept for the requests opened in place: what its session decided is what `u` undoes.
    var decisions: DecisionsScreen
    /// The agenda item opened in place.
    var opened: AgendaKey?

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
        decisions = DecisionsScreen(clock: clock)
    }

    var rows: [AgendaOverview.Row] { overview?.rows ?? [] }
    var selectedRow: AgendaOverview.Row? { rows.indices.contains(selected) ? rows[selected] : nil }
    var meeting: Meeting? { overview?.meeting }

    /// The request an opened item shows with screen 1's detail.
    static func request(of key: AgendaKey) -> RequestID? {
        switch key {
        case .request(let id), .followUp(let id): id
        case .offer, .deviation, .free: nil
        }
    }

    var showsRequest: Bool { opened.flatMap(Self.request) != nil }

    var hasUnsavedInput: Bool { showsRequest && decisions.hasUnsavedInput }
    var isEditingText: Bool { showsRequest && decisions.isEditingText }

    func bindings(_ context: ScreenContext) -> [KeyBinding<MeetingAction>] {
        let chair = Permissions.check(context.user, .chairMeeting).reason
        if let opened {
            let item = [
                KeyBinding(MeetingAction.toggleDone, keys: [.character("x")], title: Strings.actionToggleDone,
                           footer: Strings.footerToggleDone, disabledReason: chair ?? (meeting == nil ? Strings.noMeetingOpen : nil)),
            ]
            guard Self.request(of: opened) != nil else {
                return [KeyBinding(.back, keys: [.escape, .left], title: Strings.actionBackToAgenda, footer: Strings.footerAgenda),
                        KeyBinding(.step(1), keys: [.character("]"), .character("J")], title: Strings.actionNextItem),
                        KeyBinding(.step(-1), keys: [.character("["), .character("K")], title: Strings.actionPreviousItem),
                        KeyBinding(.postpone, keys: [.character("p")], title: Strings.actionPostpone, footer: Strings.footerPostpone,
                                   disabledReason: chair ?? postponeRefusal)] + item
            }
            // Screen 1's detail keys, except that back leads to the agenda and ] [ step through it.
            let inner: [KeyBinding<MeetingAction>] = decisions.bindings(context).map { binding in
                binding.map { action -> MeetingAction in
                    switch action {
                    case .back: .back
                    case .document(.nextItem): .step(1)
                    case .document(.previousItem): .step(-1)
                    default: .request(action)
                    }
                }
            }
            // In the split editor every key is the editor's.
            if case .detail = decisions.mode { return inner + item }
            return inner
        }
        let none: Phrase? = selectedRow == nil ? Strings.nothingSelected : nil
        let draftOnly: Phrase? = meeting != nil ? Strings.meetingIsOpen : nil
        let notOpen: Phrase? = meeting == nil ? Strings.noMeetingOpen : nil
        let open: Phrase? = chair ?? draftOnly
        let close: Phrase? = chair ?? notOpen
        let done: Phrase? = chair ?? notOpen ?? none
        let postpone: Phrase? = chair ?? none ?? postponeRefusal
        let reorder: Phrase? = chair ?? none ?? draftOnly
        let moving: [KeyBinding<MeetingAction>] = [
            KeyBinding(.move(-1), keys: [.up, .character("k")], title: Strings.actionMoveUp, inPalette: false),
            KeyBinding(.move(1), keys: [.down, .character("j")], title: Strings.actionMoveDown, inPalette: false),
            KeyBinding(.move(-10), keys: [.pageUp], title: Strings.actionPageUp, inPalette: false),
            KeyBinding(.move(10), keys: [.pageDown], title: Strings.actionPageDown, inPalette: false),
            KeyBinding(.top, keys: [.character("g"), .home], title: Strings.actionTop),
            KeyBinding(.bottom, keys: [.character("G"), .end], title: Strings.actionBottom),
        ]
        let chairing: [KeyBinding<MeetingAction>] = [
            KeyBinding(.open, keys: [.enter, .right], title: Strings.actionOpenItem, footer: Strings.footerOpenItem, disabledReason: none),
            KeyBinding(.openMeeting, keys: [.character("o")], title: Strings.actionOpenMeeting, footer: Strings.footerOpenMeeting,
                       disabledReason: open),
            KeyBinding(.closeMeeting, keys: [.character("c")], title: Strings.actionCloseMeeting, footer: Strings.footerCloseMeeting,
                       disabledReason: close),
            KeyBinding(.toggleDone, keys: [.character("x")], title: Strings.actionToggleDone, footer: Strings.footerToggleDone,
                       disabledReason: done),
            KeyBinding(.addItem, keys: [.character("n")], title: Strings.actionAddItem, footer: Strings.footerAddItem,
                       disabledReason: chair),
            KeyBinding(.postpone, keys: [.character("p")], title: Strings.actionPostpone, footer: Strings.footerPostpone,
                       disabledReason: postpone),
            KeyBinding(.reorder(-1), keys: [.character("<")], title: Strings.actionMoveItemUp, disabledReason: reorder),
            KeyBinding(.reorder(1), keys: [.character(">")], title: Strings.actionMoveItemDown, disabledReason: reorder),
        ]
        return moving + chairing
    }

    /// Why the selected item cannot be postponed: in the meeting only a pending one can.
    private var postponeRefusal: Phrase? {
        guard let row = selectedRow, let state = row.state, state != .pending else { return nil }
        return Strings.itemNotPending(row.key.description, state)
    }

    mutating func perform(_ action: MeetingAction, context: ScreenContext) -> ScreenResponse {
        switch action {
        case .move(let offset):
            select(selected + offset)
        case .top:
            select(0)
        case .bottom:
            select(rows.count - 1)
        case .open:
            return open(context)
        case .back:
            opened = nil
            decisions.mode = .queue
        case .step(let offset):
            guard rows.indices.contains(selected + offset) else {
                return ScreenResponse(status: (.info, offset > 0 ? Strings.lastInList : Strings.firstInList))
            }
            select(selected + offset)
            return open(context)
        case .request(let inner):
            var screen = decisions
            let response = screen.perform(inner, context: context)
            decisions = screen
            return Self.lift(response)
        case .addItem, .openMeeting, .closeMeeting:
            return ask(action, context: context)
        case .postpone:
            return postpone(context)
        case .reorder(let offset):
            return reorder(by: offset, context: context)
        case .toggleDone:
            return toggleDone(context)
        }
        return .none
    }

    mutating func select(_ index: Int) {
        selected = Swift.max(0, Swift.min(index, rows.count - 1))
    }

    /// Opens the selected item in place; a request with screen 1's detail, loaded now.
    mutating func open(_ context: ScreenContext) -> ScreenResponse {
        guard let row = selectedRow else { return .none }
        opened = row.key
        guard let request = Self.request(of: row.key) else { return .none }
        decisions.mode = .detail(DetailState(id: request))
        return Self.lift(ScreenResponse(effects: decisions.reload(context)))
    }

    mutating func confirm(_ continuation: MeetingDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        confirmed(continuation, dialog: dialog, context: context)
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        if showsRequest {
            let response = decisions.mouse(event, context: context)
            return Self.lift(response)
        }
        switch event.kind {
        case .wheelUp: select(selected - 3)
        case .wheelDown: select(selected + 3)
        case .click:
            let row = event.at.y - MeetingView.listTop(context.area) + scroll
            if opened == nil, rows.indices.contains(row) { select(row) }
        }
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        guard showsRequest else { return nil }
        return decisions.edit(key, context: context).map(Self.lift)
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        var effects = [loadAgenda(today: context.today)]
        if showsRequest { effects += Self.lift(ScreenResponse(effects: decisions.reload(context))).effects }
        return effects
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        if showsRequest {
            decisions.render(into: &frame, context: context)
        } else {
            MeetingView(screen: self, context: context).render(into: &frame)
        }
    }
}
