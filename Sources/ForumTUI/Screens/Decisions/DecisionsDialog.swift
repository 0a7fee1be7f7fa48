import ForumCore

/// What confirming a dialog of the decision screen does, with everything it needs: a `commit`
/// dialog can only carry a command ready to run, an `ask` dialog only the decision it asks about.
enum DecisionsDialog: Sendable {
    /// Run the command.
    case commit(PendingCommand)
    /// Check the dialog's text (a reason, a date, a note) for the decision, then store it (or,
    /// for a time-limited approval, confirm once more).
    case ask(GrantRequest, DecisionKind)
    /// Add the sector typed into the dialog to the split editor.
    case addSector
    /// Undo the newest change of this session, named in the dialog.
    case undo
    /// Reopen the request with the reason typed.
    case reopen(GrantRequest)
    /// An approval's follow-up date, after its conditions (DOMAIN §4: any approval may carry both).
    case followUp(GrantRequest, conditions: String)
    /// Close the split editor and throw away the shares typed into it.
    case discardSplit
    /// After an approval: place the case on the request's offer on these terms, or put it on the
    /// waiting list, as typed (`DecisionsScreen+Place`).
    case place(GrantRequest, CommandRules.PlacementTerms)
}

/// A command ready to run once its dialog is confirmed.
enum PendingCommand: Sendable {
    case decide(GrantRequest, Decision)
    case changeSplit(GrantRequest, PaymentSplit, from: Month)
}
