import ForumCore

/// What a key does on the budget screen.
enum BudgetAction: Hashable, Sendable {
    /// The burn table: moving, the filter, sorting.
    case table(TableScreenAction)
    /// Show or hide the selected sector's sub-areas.
    case toggle
    /// `←` `→`: the burn as it stood at the end of the month before, or the month after.
    case previousMonth, nextMonth
    /// Open the selected sector's drill: sub-areas, largest commitments, families.
    case drill
    /// Back from the drill to the table.
    case back
    case document(DocumentAction)
    /// `v`: the next view (burn, shadow budget, activity, target).
    case nextPane
}
