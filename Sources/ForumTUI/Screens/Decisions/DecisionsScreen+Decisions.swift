import ForumCore

/// The decisions `a t r d p`, each confirmed in a dialog whose message is a one-line summary of
/// what is decided; `r`, `d`, `p` and `t` ask for their text in the same dialog. A dialog's text
/// that the core refuses (an empty reason, an end before the start) opens the dialog again with
/// what was typed and the reason on the status line.
extension DecisionsScreen {
    mutating func performDecision(_ action: String, on id: RequestID?, context: ScreenContext) -> ScreenResponse {
        if action == "undo" { return undo(context) }
        guard let id, let request = data?.request(id) else { return .none }
        let kind: DecisionKind
        switch action {
        case "split": return openSplit(request, context: context)
        case "decide.approve": kind = .approve
        case "decide.timeLimited": kind = .approveTimeLimited
        case "decide.reject": kind = .reject
        case "decide.defer": kind = .defer
        case "decide.refer": kind = .refer
        default: return .none
        }
        if let reason = decisionReason(kind, request, context: context) { return ScreenResponse(status: (.warning, reason)) }
        return ask(kind, request, context: context)
    }

    /// The dialog for a decision: a confirmation for `a`, a question with a field for the others.
    private mutating func ask(_ kind: DecisionKind, _ request: GrantRequest, context: ScreenContext) -> ScreenResponse {
        let summary = Strings.decisionSummary(kind, id: request.id.rawValue, amount: request.amount,
                                              split: request.proposedSplit)
        let title = Strings.dialogTitle(kind, id: request.id.rawValue)
        switch kind {
        case .approve:
            pending = .decide(request, Decision(kind: .approve, split: request.proposedSplit))
            return dialog(title, summary, confirm: Strings.confirmLabel(kind), action: "commit", context: context)
        case .approveTimeLimited:
            pending = .ask(request, kind)
            let followUp = context.today.adding(months: Decision.defaultFollowUpMonths)
            let until = DecisionsScreen.suggestedLimit(request.amount, today: context.today)
            return dialog(title, Strings.timeLimitQuestion(request.amount, followUp: followUp),
                          field: (TextFieldState(until.danish), Strings.fieldValidUntil), confirm: Strings.dialogNext,
                          action: "ask", context: context)
        case .reject, .defer, .refer:
            pending = .ask(request, kind)
            let label = kind == .reject ? Strings.fieldRejectReason
                : kind == .defer ? Strings.fieldDeferMissing : Strings.fieldReferNote
            return dialog(title, summary, field: (TextFieldState(), label), confirm: Strings.confirmLabel(kind),
                          action: "ask", context: context)
        }
    }

    /// A time limit at the end of the sixth month counted from the start (or from this month, for
    /// a grant already running), never past the requested end: the default follow-up after four
    /// months then comes in time to decide whether to go on.
    static func suggestedLimit(_ amount: GrantAmount, today: Day) -> Day {
        let from = Swift.max(amount.start, today)
        return Swift.min(amount.end, from.calendarMonth.adding(5).lastDay)
    }

    mutating func confirmed(_ action: String, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        let text = dialog.field?.text ?? ""
        switch action {
        case "commit":
            guard let command = pending else { return .none }
            pending = nil
            switch command {
            case .decide(let request, let decision):
                return ScreenResponse(effects: [decide(request, decision, context: context)])
            case .changeSplit(let request, let split, let month):
                return ScreenResponse(effects: [changeSplit(request, to: split, from: month, context: context)])
            case .ask:
                return .none
            }
        case "ask":
            guard case .ask(let request, let kind)? = pending else { return .none }
            return answered(kind, request, text: text, dialog: dialog, context: context)
        case "split.add":
            return addSector(text, context: context)
        default:
            return .none
        }
    }

    /// The text of a decision's dialog: checked, then stored (or, for `t`, confirmed once more
    /// with the end date in the summary).
    private mutating func answered(_ kind: DecisionKind, _ request: GrantRequest, text: String, dialog: DialogState,
                                   context: ScreenContext) -> ScreenResponse {
        let again = { (reason: Phrase) in ScreenResponse(dialog: (dialog, "ask"), status: (.warning, reason)) }
        var decision = Decision(kind: kind, split: request.proposedSplit, note: text)
        if kind == .approveTimeLimited {
            do {
                decision = Decision(kind: kind, split: request.proposedSplit, validUntil: try Day(parsing: text),
                                    followUp: context.today.adding(months: Decision.defaultFollowUpMonths))
            } catch {
                return again(error.phrase)
            }
        }
        do {
            try decision.validate(for: request.amount)
        } catch {
            return again(error.phrase)
        }
        guard kind == .approveTimeLimited, let followUp = decision.followUp else {
            pending = nil
            return ScreenResponse(effects: [decide(request, decision, context: context)])
        }
        pending = .decide(request, decision)
        let summary = Strings.decisionSummary(kind, id: request.id.rawValue, amount: decision.approvedAmount(of: request.amount),
                                              split: request.proposedSplit)
        return self.dialog(Strings.dialogTitle(kind, id: request.id.rawValue), Strings.withFollowUp(summary, followUp),
                           confirm: Strings.confirmLabel(kind), action: "commit", context: context)
    }

    func dialog(_ title: Phrase, _ message: Phrase, field: (TextFieldState, Phrase)? = nil, confirm: Phrase,
                action: String, context: ScreenContext) -> ScreenResponse {
        let language = context.language
        let state = DialogState(title: title.text(language), message: message.text(language), field: field?.0,
                                fieldLabel: field?.1.text(language) ?? "", confirmLabel: confirm.text(language),
                                cancelLabel: Strings.dialogCancel.text(language))
        return ScreenResponse(dialog: (state, action))
    }
}
