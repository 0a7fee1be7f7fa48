import ForumCore

/// What a key does on the capacity board. The bindings offer only the actions of the current
/// mode; one that arrives in another mode does nothing.
enum CapacityAction: Hashable, Sendable {
    /// The board's table: moving, the filter, sorting.
    case table(TableScreenAction)
    /// The offers this person runs, or every offer.
    case toggleScope
    /// Open the selected offer's detail.
    case open
    /// Back from the detail to the board.
    case back
    /// Scrolling the detail, and the next or previous offer without going back.
    case document(DocumentAction)
    /// `a`: give the recommended next on the waiting list a unit.
    case allocate
    /// `+` and `-`: reserve one more unit for the cross-sector solution, or release one.
    case quota(Int)
    /// `e`: end a case's placement at a day.
    case end
    /// `p`: move a waiting case to another priority.
    case priority
    /// `w`: put a case on the waiting list.
    case addWaiting
}
