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
    /// `A`: approve with conditions and a follow-up date.
    case approveWithConditions
    /// `f`: the split editor.
    case split
    /// `u`: undo the newest change of this session.
    case undo
    /// `R`: reopen a decision after its meeting, with a reason (*genoptag*, DOMAIN §4).
    case reopen
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
