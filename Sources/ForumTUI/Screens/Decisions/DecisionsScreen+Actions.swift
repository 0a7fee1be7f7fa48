import ForumCore

/// The keys of the decision screen in each of its modes, with the reason a key is not allowed
/// now (from `Permissions`): help shows the reason, the footer marks the key with ✗, and
/// pressing it says the reason on the status line.
extension DecisionsScreen {
    func queueActions(_ context: ScreenContext) -> [ConsoleAction] {
        let target = selectedItem?.request
        var actions = [ConsoleAction(id: "open", keys: [.enter, .right], title: Strings.actionOpenDetail,
                                     footer: Strings.footerDetail,
                                     disabledReason: target == nil ? Strings.noRequestChosen : nil)]
        actions += decisionActions(for: target, context: context)
        actions.append(ConsoleAction(id: "filter", keys: [.character("/")], title: Strings.actionFilter,
                                     footer: Strings.footerFilter))
        if !query.isEmpty {
            actions.append(ConsoleAction(id: "filter.clear", keys: [.escape], title: Strings.actionClearFilter,
                                         footer: Strings.footerClearFilter))
        }
        actions += [
            ConsoleAction(id: "scope", keys: [.character("v")], title: showAll ? Strings.actionShowForum : Strings.actionShowAll,
                          footer: showAll ? Strings.footerForumOnly : Strings.footerAll),
            ConsoleAction(id: "sort.next", keys: [.character("s")], title: Strings.actionSort, footer: Strings.footerSort),
            ConsoleAction(id: "sort.reverse", keys: [.character("S")], title: Strings.actionReverseSort),
        ]
        return actions + ConsoleAction.tableNavigation
    }

    /// While `/` is open: Enter keeps the filter, Esc goes back to the one before; the arrows
    /// still move in the queue. Every other key is text (see `editFilter`).
    var filterActions: [ConsoleAction] {
        [
            ConsoleAction(id: "filter.apply", keys: [.enter], title: Strings.actionApplyFilter, footer: Strings.footerApply),
            ConsoleAction(id: "filter.cancel", keys: [.escape], title: Strings.actionCancelFilter,
                          footer: Strings.footerCancel),
        ] + ConsoleAction.tableNavigation
    }

    func detailActions(_ detail: DetailState, context: ScreenContext) -> [ConsoleAction] {
        let request = data?.request(detail.id) ?? detail.detail?.request
        return [ConsoleAction(id: "back", keys: [.escape, .left], title: Strings.actionBack, footer: Strings.footerBack)]
            + decisionActions(for: request, context: context) + [
                ConsoleAction(id: "scroll.up", keys: [.up, .character("k")], title: Strings.actionScrollUp, inPalette: false),
                ConsoleAction(id: "scroll.down", keys: [.down, .character("j")], title: Strings.actionScrollDown,
                              inPalette: false),
                ConsoleAction(id: "scroll.pageUp", keys: [.pageUp], title: Strings.actionPageUp, inPalette: false),
                ConsoleAction(id: "scroll.pageDown", keys: [.pageDown, .character(" ")], title: Strings.actionPageDown,
                              inPalette: false),
                ConsoleAction(id: "scroll.top", keys: [.character("g"), .home], title: Strings.actionTop),
                ConsoleAction(id: "scroll.bottom", keys: [.character("G"), .end], title: Strings.actionBottom),
            ]
    }

    func splitActions(_ editor: SplitEditorState, context: ScreenContext) -> [ConsoleAction] {
        let presets = SplitPreset.allCases.map { preset in
            ConsoleAction(id: "split.preset.\(preset.rawValue)", keys: [preset.key],
                          title: Strings.actionSplitPreset(preset.name), footer: preset.name)
        }
        let reason = splitReason(editor.request, context: context)
        return [
            ConsoleAction(id: "split.save", keys: [.enter], title: Strings.actionSplitSave,
                          footer: reason == nil ? Strings.footerSave : Strings.footerNotAllowed(Strings.footerSave),
                          disabledReason: reason),
            ConsoleAction(id: "split.cancel", keys: [.escape], title: Strings.actionSplitCancel, footer: Strings.footerCancel),
        ] + presets + [
            ConsoleAction(id: "split.add", keys: [.character("+")], title: Strings.actionSplitAdd,
                          footer: Strings.footerAddSector),
            ConsoleAction(id: "split.remove", keys: [.character("-")], title: Strings.actionSplitRemove,
                          footer: Strings.footerRemoveSector),
            ConsoleAction(id: "split.up", keys: [.up], title: Strings.actionSplitPrevious, inPalette: false),
            ConsoleAction(id: "split.down", keys: [.down], title: Strings.actionSplitNext, inPalette: false),
            ConsoleAction(id: "split.monthsUp", keys: [.pageUp], title: Strings.actionMonthsUp),
            ConsoleAction(id: "split.monthsDown", keys: [.pageDown], title: Strings.actionMonthsDown),
        ]
    }

    /// `a r f t d p u`, each with why it is not allowed on `request` (if it is not).
    func decisionActions(for request: GrantRequest?, context: ScreenContext) -> [ConsoleAction] {
        let decisions: [(id: String, key: Character, kind: DecisionKind?, title: Phrase, footer: Phrase)] = [
            ("decide.approve", "a", .approve, Strings.actionApprove, Strings.footerApprove),
            ("decide.reject", "r", .reject, Strings.actionReject, Strings.footerReject),
            ("split", "f", nil, Strings.actionSplit, Strings.footerSplit),
            ("decide.timeLimited", "t", .approveTimeLimited, Strings.actionApproveTimeLimited, Strings.footerTimeLimited),
            ("decide.defer", "d", .defer, Strings.actionDefer, Strings.footerDefer),
            ("decide.refer", "p", .refer, Strings.actionRefer, Strings.footerRefer),
        ]
        let actions = decisions.map { entry in
            let reason = entry.kind.map { decisionReason($0, request, context: context) }
                ?? splitReason(request, context: context)
            return ConsoleAction(id: entry.id, keys: [.character(entry.key)], title: entry.title,
                                 footer: reason == nil ? entry.footer : Strings.footerNotAllowed(entry.footer),
                                 disabledReason: reason)
        }
        return actions + [
            ConsoleAction(id: "undo", keys: [.character("u")], title: Strings.actionUndo,
                          footer: undoStack.isEmpty ? nil : Strings.footerUndo,
                          disabledReason: undoStack.isEmpty ? Strings.nothingToUndoInSession : nil),
        ]
    }

    /// Why the user may not make this decision on the request now; nil when they may.
    func decisionReason(_ kind: DecisionKind, _ request: GrantRequest?, context: ScreenContext) -> Phrase? {
        guard let request else { return Strings.noRequestChosen }
        guard let data else { return Strings.loading }
        let routing = data.settings.policy.route(request.routingFacts)
        return Permissions.check(context.user, .decide(request, kind, routing)).reason
    }

    /// Why the user may not split the payment of the request: approving a pending request with
    /// a split is an approval; an approved grant's split may change from this month on.
    func splitReason(_ request: GrantRequest?, context: ScreenContext) -> Phrase? {
        guard let request else { return Strings.noRequestChosen }
        if request.status.isApproved { return Permissions.check(context.user, .changeSplit(request)).reason }
        guard request.status.isPending else { return Strings.cannotSplitStatus(request.status) }
        return decisionReason(.approve, request, context: context)
    }
}
