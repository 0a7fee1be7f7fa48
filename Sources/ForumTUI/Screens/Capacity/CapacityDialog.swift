import ForumCore

/// What confirming a dialog of the capacity board does: an `askStart` dialog carries the offer
/// and the waiting entry it asks a start day for; a `commit` dialog only a command ready to run.
enum CapacityDialog: Sendable {
    /// Read the start day typed, check the allocation with the core's rule, and confirm it with
    /// its effect on the payer's forecast.
    case askStart(Offer, WaitingListEntry, override: String?)
    /// Read a chief's reason for placing the first waiting case beyond capacity or on the quota,
    /// then ask the start day.
    case askOverride(Offer, WaitingListEntry)
    case commit(CapacityCommand)
}

/// A command of the board ready to run once its dialog is confirmed, with the offer as it was
/// read (its version is what the command expects).
enum CapacityCommand: Sendable {
    case allocate(Offer, WaitingListEntry, CommandRules.PlacementTerms)
    case setQuota(Offer, Int)
}
