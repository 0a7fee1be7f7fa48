import ForumCore

/// What a key does on the capacity board.
enum CapacityAction: Hashable, Sendable {
    /// The board's table: moving, the filter, sorting.
    case table(TableScreenAction)
    /// The offers this person runs, or every offer.
    case toggleScope
}
