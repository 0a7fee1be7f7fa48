import ForumCore

/// The board's commands: `a` places the recommended next (asking the start day, then confirming
/// with the effect on the payer's forecast for every budget year it touches), `+`/`-` reserve or
/// release a quota unit. Each is checked by the core's rule before the dialog confirms it, and
/// again by the repository when it runs.
extension CapacityScreen {
    /// The offer the keys act on: the detail's, or the one selected on the board.
    func target(_ context: ScreenContext) -> OfferStatus? {
        detail == nil ? board.selected : shownStatus(context)
    }

    func commandBindings(_ context: ScreenContext) -> [KeyBinding<CapacityAction>] {
        let status = target(context)
        let permission = status.map { CommandRules.permission(context.user, toManage: $0.offer, meeting: data?.meeting).reason } ?? Strings.noOfferChosen
        let allocateReason = permission ?? (status.map { canAllocate($0, context: context) } == false
            ? Strings.nobodyCanBePlaced : nil)
        let raiseReason = permission ?? (status.map { $0.offer.crossSectorQuota >= $0.offer.capacity } == true
            ? Strings.quotaOutOfRange(status?.offer.capacity ?? 0) : nil)
        let lowerReason = permission ?? (status?.offer.crossSectorQuota == 0 ? Strings.quotaOutOfRange(status?.offer.capacity ?? 0) : nil)
        return [
            KeyBinding(.allocate, keys: [.character("a")], title: Strings.actionAllocate,
                       footer: allocateReason == nil ? Strings.footerAllocate : Strings.footerNotAllowed(Strings.footerAllocate),
                       disabledReason: allocateReason),
            KeyBinding(.quota(1), keys: [.character("+")], title: Strings.actionReserveQuota, disabledReason: raiseReason),
            KeyBinding(.quota(-1), keys: [.character("-")], title: Strings.actionReleaseQuota, disabledReason: lowerReason),
        ] + changeBindings(context, permission: permission)
    }

    /// Someone can be placed: the recommended next, or — by a chief's override — the first waiting.
    private func canAllocate(_ status: OfferStatus, context: ScreenContext) -> Bool {
        status.recommended != nil || (context.user.has(.chief) && !status.waiting.isEmpty)
    }

    func performCommand(_ action: CapacityAction, context: ScreenContext) -> ScreenResponse {
        guard let status = target(context) else { return .none }
        let offer = status.offer
        switch action {
        case .allocate:
            guard let next = status.recommended else {
                // Nobody fits: a chief may place the first in order with a reason.
                guard context.user.has(.chief), let first = status.waiting.first else { return .none }
                return openDialog(Strings.dialogAllocateTitle(first.caseID.rawValue, offer.name),
                                  Strings.overrideQuestion(first.caseID.rawValue), field: (TextFieldState(), Strings.fieldOverrideReason),
                                  confirm: Strings.dialogNext, then: .askOverride(offer, first), language: context.language)
            }
            return askStart(offer, next.entry, message: Strings.recommendedBecause(next, today: context.today), override: nil,
                            context: context)
        case .quota(let change):
            let quota = offer.crossSectorQuota + change
            return openDialog(Strings.dialogQuotaTitle(offer.name), Strings.quotaSummary(from: offer.crossSectorQuota, to: quota),
                              confirm: Strings.confirmQuota, then: .commit(.setQuota(offer, quota)), language: context.language)
        case .end: return askCase(status, for: .end, context: context)
        case .priority: return askCase(status, for: .priority, context: context)
        case .addWaiting: return askCase(status, for: .addWaiting, context: context)
        default:
            return .none
        }
    }

    mutating func confirm(_ continuation: CapacityDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        switch continuation {
        case .askStart(let offer, let entry, let override):
            return startAnswered(offer, entry, override: override, text: dialog.field?.text ?? "", dialog: dialog,
                                 context: context)
        case .askOverride(let offer, let entry):
            let reason = dialog.field?.text ?? ""
            guard reason.contains(where: { !$0.isWhitespace }) else {
                var response = self.dialog(dialog, then: .askOverride(offer, entry))
                response.status = (.warning, Strings.overrideNeedsReason)
                return response
            }
            return askStart(offer, entry, message: Strings.overrideBecause(reason), override: reason, context: context)
        case .askCase(let offer, let step):
            return caseAnswered(offer, step: step, dialog: dialog, context: context)
        case .askEndDay(let offer, let placement):
            return endDayAnswered(offer, placement, dialog: dialog, context: context)
        case .askPriority(let offer, let entry):
            return priorityAnswered(offer, entry, dialog: dialog, context: context)
        case .askNewPriority(let offer, let caseID):
            return newPriorityAnswered(offer, caseID, dialog: dialog, context: context)
        case .askCrossSector(let offer, let caseID, let priority):
            return crossSectorAnswered(offer, caseID, priority: priority, dialog: dialog, context: context)
        case .commit(let change):
            return run(change, context: context)
        }
    }

    /// The start day typed: checked by the core's rule on the offer as read, then confirmed with
    /// its effect on the forecast. What the rule refuses opens the dialog again with the reason.
    private func askStart(_ offer: Offer, _ entry: WaitingListEntry, message: Phrase, override: String?,
                          context: ScreenContext) -> ScreenResponse {
        openDialog(Strings.dialogAllocateTitle(entry.caseID.rawValue, offer.name), message,
                   field: (TextFieldState(context.today.danish), Strings.fieldPlacementStart), confirm: Strings.dialogNext,
                   then: .askStart(offer, entry, override: override), language: context.language)
    }

    private func startAnswered(_ offer: Offer, _ entry: WaitingListEntry, override: String?, text: String,
                               dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        let again = { (reason: Phrase) in
            var response = self.dialog(dialog, then: .askStart(offer, entry, override: override))
            response.status = (.warning, reason)
            return response
        }
        let start: Day
        do {
            start = try Day(parsing: text)
        } catch {
            return again(error.phrase)
        }
        let terms = CommandRules.PlacementTerms(from: start, overrideReason: override)
        let budgetYear = context.settings?.budgetYear ?? context.today.year
        do {
            let allocation = try CommandRules.allocatePlace(offer, expectedVersion: offer.version, entry: entry, entryID: entry.id,
                                                            terms: terms, budgetYear: budgetYear, meeting: data?.meeting,
                                                            context: commandContext(context))
            let effect = PlacementEffect(before: CommitmentSchedule(lines: []), after: allocation.commitments)
            return openDialog(Strings.dialogAllocateTitle(entry.caseID.rawValue, offer.name),
                              Strings.allocationSummary(allocation.placement, offer: offer, effect: effect),
                              confirm: Strings.confirmAllocate, then: .commit(.allocate(offer, entry, terms)),
                              language: context.language)
        } catch {
            return again(error.phrase)
        }
    }

    /// Who acts, when and on which day: the time is read when the user confirms.
    func commandContext(_ context: ScreenContext) -> CommandContext {
        CommandContext(user: context.user, at: clock(), today: context.today, meeting: data?.meeting?.id.rawValue)
    }

    func openDialog(_ title: Phrase, _ message: Phrase, field: (TextFieldState, Phrase)? = nil, confirm: Phrase,
                            then continuation: CapacityDialog, language: Language) -> ScreenResponse {
        let state = DialogState(title: title.text(language), message: message.text(language), field: field?.0,
                                fieldLabel: field?.1.text(language) ?? "", confirmLabel: confirm.text(language),
                                cancelLabel: Strings.dialogCancel.text(language))
        return dialog(state, then: continuation)
    }
}
