import ForumCore

/// The keys of the decision screen in each of its modes, with the reason a key is not allowed
/// now (from `CommandRules`, the rules the repository applies): help shows the reason, the footer
/// marks the key with ✗, and pressing it says the reason on the status line instead of acting.
extension DecisionsScreen {
    func queueBindings(_ context: ScreenContext) -> [KeyBinding<DecisionsAction>] {
        guard !queue.isEditing else { return queue.bindings(DecisionsAction.table) }
        let target = selectedItem?.request
        let open = KeyBinding(DecisionsAction.open, keys: [.enter, .right], title: Strings.actionOpenDetail,
                              footer: Strings.footerDetail, disabledReason: target == nil ? Strings.noRequestChosen : nil)
        let scope = KeyBinding(DecisionsAction.toggleScope, keys: [.character("v")],
                               title: showAll ? Strings.actionShowForum : Strings.actionShowAll,
                               footer: showAll ? Strings.footerForumOnly : Strings.footerAll)
        let listed = queue.bindings(DecisionsAction.table, extra: [scope])
        return [open] + decisionBindings(for: target, context: context) + listed
    }

    func detailBindings(_ detail: DetailState, context: ScreenContext) -> [KeyBinding<DecisionsAction>] {
        let request = data?.request(detail.id) ?? detail.detail?.request
        return [KeyBinding(.back, keys: [.escape, .left], title: Strings.actionBack, footer: Strings.footerBack)]
            + decisionBindings(for: request, context: context)
            + DocumentAction.bindings.map { $0.map(DecisionsAction.document) }
    }

    func splitEditorBindings(_ editor: SplitEditorState, context: ScreenContext) -> [KeyBinding<SplitEditorAction>] {
        let presets = SplitPreset.allCases.map { preset in
            KeyBinding(SplitEditorAction.preset(preset), keys: [preset.key], title: Strings.actionSplitPreset(preset.name),
                       footer: preset.name)
        }
        let reason = saveReason(editor, context: context)
        return [
            KeyBinding(.save, keys: [.enter], title: Strings.actionSplitSave,
                       footer: reason == nil ? Strings.footerSave : Strings.footerNotAllowed(Strings.footerSave),
                       disabledReason: reason),
            KeyBinding(.cancel, keys: [.escape], title: Strings.actionSplitCancel, footer: Strings.footerCancel),
        ] + presets + [
            KeyBinding(.add, keys: [.character("+")], title: Strings.actionSplitAdd, footer: Strings.footerAddSector),
            KeyBinding(.remove, keys: [.character("-")], title: Strings.actionSplitRemove, footer: Strings.footerRemoveSector),
            KeyBinding(.previousShare, keys: [.up], title: Strings.actionSplitPrevious, inPalette: false),
            KeyBinding(.nextShare, keys: [.down], title: Strings.actionSplitNext, inPalette: false),
            KeyBinding(.monthsUp, keys: [.pageUp], title: Strings.actionMonthsUp),
            KeyBinding(.monthsDown, keys: [.pageDown], title: Strings.actionMonthsDown),
        ]
    }

    func splitBindings(_ editor: SplitEditorState, context: ScreenContext) -> [KeyBinding<DecisionsAction>] {
        splitEditorBindings(editor, context: context).map { $0.map(DecisionsAction.splitEditor) }
    }

    /// Why the split being edited may not be stored: for a pending request, routing counts the
    /// paying sectors of this split, as the repository will when it stores the approval.
    func saveReason(_ editor: SplitEditorState, context: ScreenContext) -> Phrase? {
        let request = editor.request
        guard request.status.isPending, let data,
              case .valid(let split) = splitLayout(editor, context: context).preview.check else {
            return splitReason(request, context: context)
        }
        return CommandRules.permission(context.user, toDecide: .approve, on: request, split: split,
                                       policy: data.settings.policy, meeting: data.meeting).reason
    }

    /// `a r f t d p A u`, each with why it is not allowed on `request` (if it is not).
    func decisionBindings(for request: GrantRequest?, context: ScreenContext) -> [KeyBinding<DecisionsAction>] {
        let decisions: [(action: DecisionsAction, key: Character, title: Phrase, footer: Phrase)] = [
            (.decide(.approve), "a", Strings.actionApprove, Strings.footerApprove),
            (.decide(.reject), "r", Strings.actionReject, Strings.footerReject),
            (.split, "f", Strings.actionSplit, Strings.footerSplit),
            (.decide(.approveTimeLimited), "t", Strings.actionApproveTimeLimited, Strings.footerTimeLimited),
            (.decide(.defer), "d", Strings.actionDefer, Strings.footerDefer),
            (.decide(.refer), "p", Strings.actionRefer, Strings.footerRefer),
        ]
        let bindings = decisions.map { entry in
            let reason = if case .decide(let kind) = entry.action {
                decisionReason(kind, request, context: context)
            } else {
                splitReason(request, context: context)
            }
            return KeyBinding(entry.action, keys: [.character(entry.key)], title: entry.title,
                              footer: reason == nil ? entry.footer : Strings.footerNotAllowed(entry.footer),
                              disabledReason: reason)
        }
        let approve = decisionReason(.approve, request, context: context)
        let reopen: Phrase? = request.map { request in
            request.decision == nil ? Strings.reopenNeedsDecision(request.id.rawValue)
                : Permissions.check(context.user, .chairMeeting).reason
        } ?? Strings.noRequestChosen
        return bindings + [
            KeyBinding(.approveWithConditions, keys: [.character("A")], title: Strings.actionApproveWithConditions,
                       disabledReason: approve),
            KeyBinding(.reopen, keys: [.character("R")], title: Strings.actionReopen, disabledReason: reopen),
            KeyBinding(.undo, keys: [.character("u")], title: Strings.actionUndo,
                       footer: undoStack.isEmpty ? nil : Strings.footerUndo,
                       disabledReason: undoStack.isEmpty ? Strings.nothingToUndoInSession : nil),
        ]
    }

    /// Why the user may not make this decision on the request now; nil when they may.
    func decisionReason(_ kind: DecisionKind, _ request: GrantRequest?, context: ScreenContext) -> Phrase? {
        guard let request else { return Strings.noRequestChosen }
        guard let data else { return Strings.loading }
        if kind == .approveTimeLimited && request.amount.isOneOff { return Strings.oneOffCannotBeTimeLimited }
        return CommandRules.permission(context.user, toDecide: kind, on: request, policy: data.settings.policy,
                                       meeting: data.meeting).reason
    }

    /// Why the user may not split the payment of the request: approving a pending request with
    /// a split is an approval; an approved grant's split may change from this month on.
    func splitReason(_ request: GrantRequest?, context: ScreenContext) -> Phrase? {
        guard let request else { return Strings.noRequestChosen }
        if request.status.isApproved { return CommandRules.permission(context.user, toChangeSplitOf: request).reason }
        guard request.status.isPending else { return Strings.cannotSplitStatus(request.status) }
        return decisionReason(.approve, request, context: context)
    }
}
