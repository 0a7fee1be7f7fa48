import ForumCore

/// What a key does on the decision screen. The bindings (`DecisionsScreen+Actions`) offer only
/// the actions of the current mode; one that arrives in another mode does nothing.
enum DecisionsAction: Hashable, Sendable {
    /// The queue's table: moving, the filter, sorting.
    case table(TableScreenAction)
    /// Open the selected request's detail.
    case open
    /// Every request instead of only the forum's queue, and back.
    case toggleScope
    /// `a r t d p`, in the queue and in the detail.
    case decide(DecisionKind)
    /// `f`: the split editor.
    case split
    /// `u`: undo the newest change of this session.
    case undo
    /// Back from the detail to the queue.
    case back
    /// Scrolling the detail, and going to the next or previous request without going back.
    case document(DocumentAction)
    case splitEditor(SplitEditorAction)
}

/// The split editor's keys.
enum SplitEditorAction: Hashable, Sendable {
    case save, cancel, add, remove, previousShare, nextShare, monthsUp, monthsDown
    case preset(SplitPreset)
}

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
}

/// A command ready to run once its dialog is confirmed.
enum PendingCommand: Sendable {
    case decide(GrantRequest, Decision)
    case changeSplit(GrantRequest, PaymentSplit, from: Month)
}
