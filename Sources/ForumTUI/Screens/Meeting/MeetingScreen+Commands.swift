import ForumCore

/// Screen 5's reads and commands, and the plumbing that lets screen 1's detail live inside it:
/// the effects and dialogs screen 1 makes come back to this screen, which hands them on.
extension MeetingScreen {
    /// Runs `body` on the embedded screen `id` and routes what it asks for through this screen.
    mutating func withEmbedded(_ id: ScreenID, _ body: (inout any Screen) -> ScreenResponse) -> ScreenResponse {
        guard var screen = embedded(id) else { return .none }
        let response = body(&screen)
        store(screen)
        return Self.lift(response, from: id)
    }

    /// An embedded screen's response as this screen's: the console hands an effect's result or a
    /// dialog's confirmation to the screen whose id it carries, so they are re-addressed to
    /// screen 5, which hands them on to the embedded screen.
    static func lift(_ response: ScreenResponse, from id: ScreenID) -> ScreenResponse {
        var lifted = response
        lifted.effects = response.effects.map { lift($0, from: id) }
        lifted.dialog = response.dialog.map { dialog in
            ScreenDialog(state: dialog.state) { screen, state, context in
                MeetingScreen.typed(&screen) { meeting in meeting.withEmbedded(id) { dialog.confirm(&$0, state, context) } }
            }
        }
        return lifted
    }

    static func lift(_ effect: Effect, from id: ScreenID) -> Effect {
        Effect(effect.label) { repository in
            let message = await effect.run(repository)
            guard case .screenUpdate(let target, let update) = message, target == id else { return message }
            return .screenUpdate(.meeting, ScreenUpdate { screen, context in
                MeetingScreen.typed(&screen) { meeting in
                    var response = meeting.withEmbedded(id) { update.apply(&$0, context) }
                    // A decision or change that went through may change the agenda: its done and left, its effect.
                    if response.status?.kind == .success { response.effects.append(meeting.loadAgenda(today: context.today)) }
                    return response
                }
            })
        }
    }

    func loadAgenda(today: Day) -> Effect {
        load("load agenda", { repository in
            (try await repository.agendaOverview(date: today), try await repository.users())
        }) { screen, loaded, _ in
            let key = screen.selectedRow?.key
            screen.overview = loaded.0
            screen.users = loaded.1
            screen.select(key.flatMap { key in screen.rows.firstIndex { $0.key == key } } ?? screen.selected)
            return .none
        }
    }

    func commandContext(_ context: ScreenContext) -> CommandContext {
        CommandContext(user: context.user, at: clock(), today: context.today, meeting: meeting?.id.rawValue)
    }

    /// A command whose success reloads the agenda and says `done` on the status line.
    func change<Value: Sendable>(_ label: String, _ run: @escaping @Sendable (any ForumRepository) async throws -> Value,
                                 done: @escaping @Sendable (Value) -> Phrase) -> ScreenResponse {
        ScreenResponse(effects: [command(label, run) { screen, value, context in
            ScreenResponse(effects: screen.reload(context), status: (.success, done(value)))
        }])
    }

    func ask(_ action: MeetingAction, context: ScreenContext) -> ScreenResponse {
        let t = { (phrase: Phrase) in phrase.text(context.language) }
        switch action {
        case .addItem:
            return dialog(DialogState(title: t(Strings.addItemTitle), message: t(Strings.addItemQuestion), field: TextFieldState(""),
                                      fieldLabel: t(Strings.fieldTitle), confirmLabel: t(Strings.dialogNext),
                                      cancelLabel: t(Strings.dialogCancel)),
                          then: .addTitle)
        case .openMeeting:
            return dialog(DialogState(title: t(Strings.openMeetingTitle), message: t(Strings.openDateQuestion),
                                      field: TextFieldState((overview?.date ?? context.today).danish), fieldLabel: t(Strings.fieldDate),
                                      confirmLabel: t(Strings.dialogNext), cancelLabel: t(Strings.dialogCancel)),
                          then: .openDate)
        case .closeMeeting:
            guard let meeting, let overview else { return .none }
            return dialog(DialogState(title: t(Strings.actionCloseMeeting) + " " + meeting.id.rawValue,
                                      message: t(Strings.closeMeetingQuestion(done: overview.done, left: overview.left)),
                                      confirmLabel: t(Strings.dialogClose), cancelLabel: t(Strings.dialogCancel)),
                          then: .close(meeting.id))
        default:
            return .none
        }
    }

    mutating func confirmed(_ continuation: MeetingDialog, dialog state: DialogState, context: ScreenContext) -> ScreenResponse {
        let t = { (phrase: Phrase) in phrase.text(context.language) }
        let text = state.field?.text ?? ""
        let commandContext = commandContext(context)
        switch continuation {
        case .addTitle:
            var text = DialogState(title: state.title, message: t(Strings.addItemTextQuestion), field: TextFieldState(""),
                                   fieldLabel: t(Strings.fieldText), confirmLabel: t(Strings.dialogSave), cancelLabel: t(Strings.dialogCancel))
            text.multiline = true
            return dialog(text, then: .addText(title: state.field?.text ?? ""))
        case .addText(let title):
            return change("add item", { try await $0.addFreeItem(title: title, text: text, context: commandContext) }) {
                Strings.itemAddedShort($0.title)
            }
        case .openDate:
            do {
                let day = try Day(parsing: text)
                // The forum's members are proposed: the chiefs and the chair; the chair changes the choice.
                picker = ParticipantPicker(date: day, candidates: users.filter { !$0.roles.isSubset(of: [.reader]) },
                                           chosen: Set(users.filter { $0.has(.chief) || $0.has(.chair) }.map(\.login)))
                return .none
            } catch {
                var response = dialog(state, then: continuation)
                response.status = (.warning, error.phrase)
                return response
            }
        case .close(let id):
            return change("close meeting", { try await $0.closeMeeting(id, context: commandContext) }) {
                Strings.meetingClosedShort($0.id.rawValue)
            }
        }
    }

    /// Opens the meeting of the picker's day with the participants chosen in it.
    mutating func openChosen(_ context: ScreenContext) -> ScreenResponse {
        guard let picker else { return .none }
        self.picker = nil
        let participants = picker.candidates.map(\.login).filter(picker.chosen.contains)
        let commandContext = commandContext(context)
        return change("open meeting", { repository in
            let draft = try await repository.draftAgenda(date: picker.date)
            return try await repository.openMeeting(date: picker.date, participants: participants, agenda: draft, context: commandContext)
        }) { Strings.meetingOpenedShort($0.id.rawValue) }
    }

    func postpone(_ context: ScreenContext) -> ScreenResponse {
        guard let row = selectedRow, let draft = overview?.draft else { return .none }
        let commandContext = commandContext(context)
        return change("postpone \(row.key)", { try await $0.postpone(row.key, draft: draft, context: commandContext) }) { _ in
            Strings.itemPostponedShort(row.title)
        }
    }

    func reorder(by offset: Int, context: ScreenContext) -> ScreenResponse {
        guard let row = selectedRow, let draft = overview?.draft else { return .none }
        let section = rows.filter { $0.section == row.section }
        guard let index = section.firstIndex(where: { $0.key == row.key }), section.indices.contains(index + offset) else {
            return ScreenResponse(status: (.warning, Strings.reorderOnlyInSection))
        }
        let commandContext = commandContext(context)
        return change("reorder \(row.key)", {
            try await $0.reorder(row.key, to: index + offset + 1, draft: draft, context: commandContext)
        }) { _ in Strings.itemMovedShort }
    }

    func toggleDone(_ context: ScreenContext) -> ScreenResponse {
        guard let meeting, let key = opened ?? selectedRow?.key,
              let row = rows.first(where: { $0.key == key }) else { return .none }
        let state: ItemState = row.state == .done ? .pending : .done
        let commandContext = commandContext(context)
        return change("mark \(key)", { try await $0.markItem(meeting.id, key: key, state: state, context: commandContext) }) { _ in
            Strings.itemMarkedShort(state)
        }
    }
}
