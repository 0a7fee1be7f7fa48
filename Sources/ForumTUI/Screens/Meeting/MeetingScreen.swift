import ForumCore

/// Screen 5, the meeting (DOMAIN §9). Between meetings: the next meeting's draft agenda with its
/// size and combined effect per sector, where the chair adds free items, reorders and postpones.
/// The chair opens the meeting (date, participants); during it the agenda shows done and left,
/// the effect decided so far against proposed, and each item opens in place with the keys of its
/// own screen — a request with screen 1's detail (its decisions carrying the meeting's id), an
/// offer with screen 2's, a deviation with screen 4's lines of the sector — and `]` `[` step
/// through the agenda. The chair closes the meeting, which writes the minutes.
struct MeetingScreen: Screen {
    let id = ScreenID.meeting
    /// The time stamp of a command: when it was confirmed. The executable reads the clock; tests pin it.
    let clock: @Sendable () -> Timestamp
    /// Nil until the first load arrives.
    var overview: AgendaOverview?
    var users: [User] = []
    var selected = 0
    /// Screens 1, 2 and 4, kept for the items opened in place: what screen 1's session decided
    /// here is what `u` undoes.
    var decisions: DecisionsScreen
    var capacity: CapacityScreen
    var deviations: DeviationsScreen
    /// The agenda item opened in place.
    var opened: AgendaKey?
    /// Open while the chair chooses who takes part in the meeting being opened.
    var picker: ParticipantPicker?

    init(clock: @escaping @Sendable () -> Timestamp) {
        self.clock = clock
        decisions = DecisionsScreen(clock: clock)
        capacity = CapacityScreen(clock: clock)
        deviations = DeviationsScreen(clock: clock)
    }

    var rows: [AgendaOverview.Row] { overview?.rows ?? [] }
    var selectedRow: AgendaOverview.Row? { rows.indices.contains(selected) ? rows[selected] : nil }
    var meeting: Meeting? { overview?.meeting }

    /// The screen whose keys an opened item has; nil for a free item (and on the agenda).
    var inner: ScreenID? { opened.flatMap(Self.screen) }

    static func screen(for key: AgendaKey) -> ScreenID? {
        switch key {
        case .request, .followUp: .decisions
        case .offer: .capacity
        case .deviation: .deviations
        // Targets and youths have screens of their own (3 and 6), not embedded in the meeting.
        case .free, .target, .youth: nil
        }
    }

    /// The embedded screen of `id`, as the console's effects and dialogs address it.
    func embedded(_ id: ScreenID) -> (any Screen)? {
        switch id {
        case .decisions: decisions
        case .capacity: capacity
        case .deviations: deviations
        case .budget, .meeting, .transitions: nil
        }
    }

    mutating func store(_ screen: any Screen) {
        if let typed = screen as? DecisionsScreen { decisions = typed }
        if let typed = screen as? CapacityScreen { capacity = typed }
        if let typed = screen as? DeviationsScreen { deviations = typed }
    }

    var hasUnsavedInput: Bool { inner.flatMap(embedded)?.hasUnsavedInput ?? false }
    var isEditingText: Bool { inner.flatMap(embedded)?.isEditingText ?? false }

    func bindings(_ context: ScreenContext) -> [KeyBinding<MeetingAction>] {
        let chair = Permissions.check(context.user, .chairMeeting).reason
        if let picker {
            let nobody: Phrase? = picker.chosen.isEmpty ? Strings.participantsRequired : nil
            return [
                KeyBinding(.pickerMove(-1), keys: [.up, .character("k")], title: Strings.actionMoveUp, inPalette: false),
                KeyBinding(.pickerMove(1), keys: [.down, .character("j")], title: Strings.actionMoveDown, inPalette: false),
                KeyBinding(.pickerToggle, keys: [.character(" "), .character("x")], title: Strings.actionChooseParticipant,
                           footer: Strings.footerChoose),
                KeyBinding(.pickerConfirm, keys: [.enter], title: Strings.actionOpenMeeting, footer: Strings.footerOpenMeeting,
                           disabledReason: nobody),
                KeyBinding(.pickerCancel, keys: [.escape], title: Strings.dialogCancel, footer: Strings.dialogCancel),
            ]
        }
        guard opened != nil else { return agendaBindings(context, chair: chair) }
        let done = KeyBinding(MeetingAction.toggleDone, keys: [.character("x")], title: Strings.actionToggleDone,
                              footer: Strings.footerToggleDone, disabledReason: chair ?? (meeting == nil ? Strings.noMeetingOpen : nil))
        let back = KeyBinding(MeetingAction.back, keys: [.escape, .left], title: Strings.actionBackToAgenda, footer: Strings.footerAgenda)
        let steps = [KeyBinding(MeetingAction.step(1), keys: [.character("]"), .character("J")], title: Strings.actionNextItem),
                     KeyBinding(MeetingAction.step(-1), keys: [.character("["), .character("K")], title: Strings.actionPreviousItem)]
        // Back leads to the agenda and ] [ step through it; the rest are the item's own screen's keys.
        func step(_ item: DocumentAction) -> MeetingAction? {
            switch item {
            case .nextItem: .step(1)
            case .previousItem: .step(-1)
            default: nil
            }
        }
        switch inner {
        case .decisions:
            let own = decisions.bindings(context).map { binding in
                binding.map { action -> MeetingAction in
                    if case .back = action { return .back }
                    if case .document(let item) = action, let step = step(item) { return step }
                    return .request(action)
                }
            }
            // In the split editor every key is the editor's.
            if case .detail = decisions.mode { return own + [done] }
            return own
        case .capacity:
            return capacity.bindings(context).map { binding in
                binding.map { action -> MeetingAction in
                    if case .back = action { return .back }
                    if case .document(let item) = action, let step = step(item) { return step }
                    return .offer(action)
                }
            } + [done]
        case .deviations:
            let own = deviations.bindings(context).map { $0.map(MeetingAction.deviation) }
            return deviations.isEditingText ? own : [back] + steps + own + [done]
        case .budget, .meeting, .transitions, nil:
            return [back] + steps + [
                KeyBinding(.postpone, keys: [.character("p")], title: Strings.actionPostpone, footer: Strings.footerPostpone,
                           disabledReason: chair ?? postponeRefusal),
                done,
            ]
        }
    }

    private func agendaBindings(_ context: ScreenContext, chair: Phrase?) -> [KeyBinding<MeetingAction>] {
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
        guard let row = opened.flatMap({ key in rows.first { $0.key == key } }) ?? selectedRow,
              let state = row.state, state != .pending else { return nil }
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
            capacity.detail = nil
            deviations.focus = nil
        case .step(let offset):
            guard rows.indices.contains(selected + offset) else {
                return ScreenResponse(status: (.info, offset > 0 ? Strings.lastInList : Strings.firstInList))
            }
            select(selected + offset)
            return open(context)
        case .request(let inner):
            let response = decisions.perform(inner, context: context)
            return Self.lift(response, from: .decisions)
        case .offer(let inner):
            let response = capacity.perform(inner, context: context)
            return Self.lift(response, from: .capacity)
        case .deviation(let inner):
            let response = deviations.perform(inner, context: context)
            return Self.lift(response, from: .deviations)
        case .pickerMove(let offset):
            guard var shown = picker else { return .none }
            shown.cursor = Swift.max(0, Swift.min(shown.cursor + offset, shown.candidates.count - 1))
            picker = shown
        case .pickerToggle:
            guard var shown = picker, shown.candidates.indices.contains(shown.cursor) else { return .none }
            let login = shown.candidates[shown.cursor].login
            if shown.chosen.contains(login) { shown.chosen.remove(login) } else { shown.chosen.insert(login) }
            picker = shown
        case .pickerConfirm:
            return openChosen(context)
        case .pickerCancel:
            picker = nil
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

    /// Opens the selected item in place with its own screen, loaded now.
    mutating func open(_ context: ScreenContext) -> ScreenResponse {
        guard let row = selectedRow else { return .none }
        opened = row.key
        switch row.key {
        case .request(let id), .followUp(let id):
            decisions.mode = .detail(DetailState(id: id))
            return Self.lift(ScreenResponse(effects: decisions.reload(context)), from: .decisions)
        case .offer(let id):
            capacity.detail = (id, DocumentState())
            return Self.lift(ScreenResponse(effects: capacity.reload(context)), from: .capacity)
        case .deviation(let sector):
            deviations.focus = sector
            deviations.relist(context)
            return Self.lift(ScreenResponse(effects: deviations.reload(context)), from: .deviations)
        case .free, .target, .youth:
            return .none
        }
    }

    mutating func confirm(_ continuation: MeetingDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        confirmed(continuation, dialog: dialog, context: context)
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        if let inner {
            return withEmbedded(inner) { $0.mouse(event, context: context) }
        }
        switch event.kind {
        case .wheelUp: select(selected - 3)
        case .wheelDown: select(selected + 3)
        case .click:
            let row = event.at.y - MeetingView.listTop(context.area) + MeetingView.firstShown(selected: selected, rows: rows.count,
                                                                                               height: MeetingView.listHeight(self, context))
            if opened == nil, rows.indices.contains(row) { select(row) }
        }
        return .none
    }

    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        guard let inner, var screen = embedded(inner) else { return nil }
        let response = screen.edit(key, context: context)
        store(screen)
        return response.map { Self.lift($0, from: inner) }
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        var effects = [loadAgenda(today: context.today)]
        if let inner, let screen = embedded(inner) {
            effects += Self.lift(ScreenResponse(effects: screen.reload(context)), from: inner).effects
        }
        return effects
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        if let picker {
            MeetingView(screen: self, context: context).render(picker, into: &frame)
        } else if let inner, let screen = embedded(inner) {
            screen.render(into: &frame, context: context)
        } else {
            MeetingView(screen: self, context: context).render(into: &frame)
        }
    }
}
