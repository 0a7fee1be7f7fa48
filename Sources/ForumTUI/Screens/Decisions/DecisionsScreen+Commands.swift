import ForumCore

/// The screen's reads and commands, run as effects against the repository off the input loop.
/// A command's failure (someone decided first, a conflict, a refusal) appears on the status line
/// and reloads what is shown, so that the other terminal's decision is in view at once.
extension DecisionsScreen {
    func loadQueue() -> Effect {
        load("load decision queue", { try await QueueData.load(from: $0) }) { screen, data, context in
            screen.data = data
            screen.relist(context)
            return .none
        }
    }

    func loadDetail(_ id: RequestID, today: Day) -> Effect {
        load("load request \(id)", { try await RequestDetail.load(id, from: $0, today: today) }) { screen, detail, _ in
            guard case .detail(var state) = screen.mode, state.id == id else { return .none }
            state.detail = detail
            screen.mode = .detail(state)
            return .none
        }
    }

    /// Who decides, when, on which day and in which meeting: the time is read when the user confirms.
    func commandContext(_ context: ScreenContext) -> CommandContext {
        CommandContext(user: context.user, at: clock(), today: context.today, meeting: data?.meeting?.id.rawValue)
    }

    func decide(_ request: GrantRequest, _ decision: Decision, context: ScreenContext) -> Effect {
        let commandContext = commandContext(context)
        return command("decide \(request.id)", {
            try await $0.decide(request.id, expectedVersion: request.version, decision: decision, context: commandContext)
        }) { screen, decided, context in
            screen.undoStack.append(UndoEntry(id: decided.id, version: decided.version, change: .decision(decision.kind)))
            screen.leaveSplitEditor()
            return ScreenResponse(effects: screen.reload(context),
                                  status: (.success, Strings.decisionDone(decided.id.rawValue, status: decided.status)))
        }
    }

    /// Reopens a decided request after its meeting; the core's rule refuses what may not be reopened.
    func reopen(_ request: GrantRequest, reason: String, context: ScreenContext) -> Effect {
        let commandContext = commandContext(context)
        return command("reopen \(request.id)", {
            try await $0.reopen(request.id, expectedVersion: request.version, reason: reason, context: commandContext)
        }) { screen, reopened, context in
            ScreenResponse(effects: screen.reload(context), status: (.success, Strings.reopenDone(reopened.id.rawValue)))
        }
    }

    func changeSplit(_ request: GrantRequest, to split: PaymentSplit, from month: Month, context: ScreenContext) -> Effect {
        let commandContext = commandContext(context)
        return command("change split of \(request.id)", {
            try await $0.changeSplit(request.id, expectedVersion: request.version, split: split, from: month,
                                     context: commandContext)
        }) { screen, changed, context in
            screen.advanceUndo(changed.id, to: changed.version)
            if let previous = request.decision?.decision.split {
                screen.undoStack.append(UndoEntry(id: changed.id, version: changed.version,
                                                  change: .split(previous: previous, from: month)))
            }
            screen.leaveSplitEditor()
            return ScreenResponse(effects: screen.reload(context),
                                  status: (.success, Strings.splitChanged(changed.id.rawValue, split: split)))
        }
    }

    /// Names the newest change of this session and asks before undoing it (DOMAIN §4).
    func askUndo(_ context: ScreenContext) -> ScreenResponse {
        guard let entry = undoStack.last else { return ScreenResponse(status: (.warning, Strings.nothingToUndoInSession)) }
        let message: Phrase
        switch entry.change {
        case .decision(let kind):
            let back = data?.request(entry.id)?.decision?.previousStatus ?? .onAgenda
            message = Strings.undoWillRevert(entry.id.rawValue, kind, by: context.user.name, back: back)
        case .split(let previous, let month):
            message = Strings.undoSplitWillRevert(entry.id.rawValue, previous, from: month)
        }
        return openDialog(Strings.undoTitle(entry.id.rawValue), message, confirm: Strings.undoConfirm, then: .undo, context: context)
    }

    /// Undoes the newest change of this session: a decision by `undoDecision`, a split change by
    /// changing the split back from the same month. The entry leaves the stack either way: after
    /// a conflict the request has moved on, and the message says who moved it.
    mutating func undo(_ context: ScreenContext) -> ScreenResponse {
        guard let entry = undoStack.popLast() else { return ScreenResponse(status: (.warning, Strings.nothingToUndoInSession)) }
        let commandContext = commandContext(context)
        let effect: Effect
        switch entry.change {
        case .decision(let kind):
            effect = command("undo \(entry.id)", {
                try await $0.undoDecision(entry.id, expectedVersion: entry.version, context: commandContext)
            }) { screen, restored, context in
                screen.advanceUndo(restored.id, to: restored.version)
                return ScreenResponse(effects: screen.reload(context),
                                      status: (.success, Strings.decisionUndone(kind, id: entry.id.rawValue, status: restored.status)))
            }
        case .split(let previous, let month):
            effect = command("undo split of \(entry.id)", {
                try await $0.changeSplit(entry.id, expectedVersion: entry.version, split: previous, from: month,
                                         context: commandContext)
            }) { screen, restored, context in
                screen.advanceUndo(restored.id, to: restored.version)
                return ScreenResponse(effects: screen.reload(context),
                                      status: (.success, Strings.splitChangeUndone(entry.id.rawValue, split: previous)))
            }
        }
        return ScreenResponse(effects: [effect])
    }

    /// This session's earlier changes of a request stay undoable after it changed again here:
    /// they now expect the request at its new version.
    mutating func advanceUndo(_ id: RequestID, to version: Int) {
        for index in undoStack.indices where undoStack[index].id == id { undoStack[index].version = version }
    }

    /// After a stored split, back to where the editor was opened from.
    mutating func leaveSplitEditor() {
        guard case .split(let editor) = mode else { return }
        mode = editor.returnTo.map(DecisionsMode.detail) ?? .queue
    }
}
