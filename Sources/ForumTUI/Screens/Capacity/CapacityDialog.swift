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
    /// Read which case, then ask what the action needs of it.
    case askCase(Offer, CaseStep)
    /// Read the last day of the placement and confirm the ending with its effect on the forecast.
    case askEndDay(Offer, Placement)
    /// Read the new priority of the waiting entry.
    case askPriority(Offer, WaitingListEntry)
    /// Read the priority of a case joining the waiting list, then ask whether it is cross-sector.
    case askNewPriority(Offer, CaseID)
    case askCrossSector(Offer, CaseID, priority: Int)
    case commit(CapacityCommand)
}

/// What the case asked for is chosen for.
enum CaseStep: Sendable {
    case end, priority, addWaiting
}

/// A command of the board ready to run once its dialog is confirmed, with the offer as it was
/// read (its version is what the command expects).
enum CapacityCommand: Sendable {
    case allocate(Offer, WaitingListEntry, CommandRules.PlacementTerms)
    case setQuota(Offer, Int)
    case end(Offer, Placement, Day)
    case setPriority(Offer, WaitingListEntry, Int)
    case addWaiting(Offer, CaseID, crossSector: Bool, priority: Int)
}
