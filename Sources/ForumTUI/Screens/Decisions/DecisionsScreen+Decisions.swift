import ForumCore

/// The decisions `a t r d p`, each confirmed in a dialog whose message is a one-line summary of
/// what is decided; `r`, `d`, `p` and `t` ask for their text in the same dialog. A dialog's text
/// that the core refuses (an empty reason, an end before the start) opens the dialog again with
/// what was typed and the reason on the status line.
extension DecisionsScreen {
    /// The dialog for a decision: a confirmation for `a`, a question with a field for the others.
    /// The console has already refused a key whose binding carries a reason (`decisionBindings`).
    func ask(_ kind: DecisionKind, _ request: GrantRequest, context: ScreenContext) -> ScreenResponse {
        let summary = Strings.decisionSummary(kind, id: request.id.rawValue, amount: request.amount,
                                              split: request.proposedSplit)
        let title = Strings.dialogTitle(kind, id: request.id.rawValue)
        switch kind {
        case .approve:
            return openDialog(title, summary, confirm: Strings.confirmLabel(kind),
                              then: .commit(.decide(request, Decision(kind: .approve, split: request.proposedSplit))),
                              context: context)
        case .approveTimeLimited:
            let until = DecisionsScreen.suggestedLimit(request.amount, today: context.today)
            let followUp = Decision.defaultFollowUp(decidedOn: context.today, validUntil: until)
            return openDialog(title, Strings.timeLimitQuestion(request.amount, followUp: followUp),
                              field: (TextFieldState(until.danish), Strings.fieldValidUntil), confirm: Strings.dialogNext,
                              then: .ask(request, kind), context: context)
        case .reject, .defer, .refer:
            let label = kind == .reject ? Strings.fieldRejectReason
                : kind == .defer ? Strings.fieldDeferMissing : Strings.fieldReferNote
            return openDialog(title, summary, field: (TextFieldState(), label), confirm: Strings.confirmLabel(kind),
                              then: .ask(request, kind), context: context)
        }
    }

    /// `A`: an approval with conditions and a follow-up date (DOMAIN §4), asked one after the other.
    func askConditions(_ request: GrantRequest, context: ScreenContext) -> ScreenResponse {
        let summary = Strings.decisionSummary(.approve, id: request.id.rawValue, amount: request.amount, split: request.proposedSplit)
        var response = openDialog(Strings.dialogTitle(.approve, id: request.id.rawValue), summary,
                                  field: (TextFieldState(), Strings.fieldConditions), confirm: Strings.dialogNext,
                                  then: .ask(request, .approve), context: context)
        response.dialog?.state.multiline = true
        return response
    }

    /// A time limit at the end of the sixth month counted from the start (or from this month, for
    /// a grant already running), never past the requested end: the default follow-up after four
    /// months then comes in time to decide whether to go on.
    static func suggestedLimit(_ amount: GrantAmount, today: Day) -> Day {
        let from = Swift.max(amount.start, today)
        return Swift.min(amount.end, from.calendarMonth.adding(5).lastDay)
    }

    mutating func confirmed(_ continuation: DecisionsDialog, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        let text = dialog.field?.text ?? ""
        switch continuation {
        case .commit(.decide(let request, let decision)):
            return ScreenResponse(effects: [decide(request, decision, context: context)])
        case .commit(.changeSplit(let request, let split, let month)):
            return ScreenResponse(effects: [changeSplit(request, to: split, from: month, context: context)])
        case .ask(let request, let kind):
            return answered(kind, request, text: text, dialog: dialog, context: context)
        case .addSector:
            return addSector(text, context: context)
        case .undo:
            return undo(context)
        case .reopen(let request):
            return ScreenResponse(effects: [reopen(request, reason: text, context: context)])
        case .followUp(let request, let conditions):
            return approved(request, conditions: conditions, followUp: text, dialog: dialog, context: context)
        case .discardSplit:
            closeSplit(context)
            return .none
        case .place(let request, let terms):
            return placeAnswered(request, terms: terms, text: text, dialog: dialog, context: context)
        }
    }

    /// The text of a decision's dialog: checked, then stored (or, for `t`, confirmed once more
    /// with the end date in the summary).
    private func answered(_ kind: DecisionKind, _ request: GrantRequest, text: String, dialog: DialogState,
                                   context: ScreenContext) -> ScreenResponse {
        let again = { (reason: Phrase) in
            var response = self.dialog(dialog, then: .ask(request, kind))
            response.status = (.warning, reason)
            return response
        }
        var decision = Decision(kind: kind, split: request.proposedSplit, note: text)
        if kind == .approve {
            let summary = Strings.decisionSummary(kind, id: request.id.rawValue, amount: request.amount, split: request.proposedSplit)
            return openDialog(Strings.dialogTitle(kind, id: request.id.rawValue), Strings.withConditions(summary, text.trimmed),
                              field: (TextFieldState(), Strings.fieldFollowUp), confirm: Strings.confirmLabel(kind),
                              then: .followUp(request, conditions: text.trimmed), context: context)
        }
        if kind == .approveTimeLimited {
            do {
                let until = try Day(parsing: text)
                decision = Decision(kind: kind, split: request.proposedSplit, validUntil: until,
                                    followUp: Decision.defaultFollowUp(decidedOn: context.today, validUntil: until))
            } catch {
                return again(error.phrase)
            }
        }
        do {
            try decision.validate(for: request.amount, decidedOn: context.today)
        } catch {
            return again(error.phrase)
        }
        guard kind == .approveTimeLimited, let followUp = decision.followUp else {
            return ScreenResponse(effects: [decide(request, decision, context: context)])
        }
        let summary = Strings.decisionSummary(kind, id: request.id.rawValue, amount: decision.approvedAmount(of: request.amount),
                                              split: request.proposedSplit)
        return openDialog(Strings.dialogTitle(kind, id: request.id.rawValue), Strings.withFollowUp(summary, followUp),
                          confirm: Strings.confirmLabel(kind), then: .commit(.decide(request, decision)), context: context)
    }

    /// An approval with its conditions and the follow-up date typed (empty: none), checked by the
    /// core's rule and stored; a date the rule refuses opens the dialog again with the reason.
    private func approved(_ request: GrantRequest, conditions: String, followUp text: String, dialog: DialogState,
                          context: ScreenContext) -> ScreenResponse {
        let again = { (reason: Phrase) in
            var response = self.dialog(dialog, then: .followUp(request, conditions: conditions))
            response.status = (.warning, reason)
            return response
        }
        var decision = Decision(kind: .approve, split: request.proposedSplit, note: conditions)
        do {
            if !text.trimmed.isEmpty { decision.followUp = try Day(parsing: text) }
            try decision.validate(for: request.amount, decidedOn: context.today)
        } catch let error as any UserFacingError {
            return again(error.phrase)
        } catch {
            return again(Strings.loadFailed(String(describing: error)))
        }
        return ScreenResponse(effects: [decide(request, decision, context: context)])
    }

    /// A dialog in the user's language; confirming it runs `continuation`.
    func openDialog(_ title: Phrase, _ message: Phrase, field: (TextFieldState, Phrase)? = nil, confirm: Phrase,
                    then continuation: DecisionsDialog, context: ScreenContext) -> ScreenResponse {
        let language = context.language
        let state = DialogState(title: title.text(language), message: message.text(language), field: field?.0,
                                fieldLabel: field?.1.text(language) ?? "", confirmLabel: confirm.text(language),
                                cancelLabel: Strings.dialogCancel.text(language))
        return dialog(state, then: continuation)
    }
}
