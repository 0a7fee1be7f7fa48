/// The rules of the commands on capacity-limited offers: allocate and end a place.
extension CommandRules {
    /// What allocating a place changes: the offer's occupancy and the place's commitment.
    public struct Allocation: Hashable, Sendable {
        public var offer: Offer
        /// The place's tariff from the start to the end of the budget year, on the offer's sector.
        public var commitments: CommitmentSchedule
    }

    /// Checks giving the waiting `entry` (nil when the backend found no entry `entryID` on the
    /// offer) a place from `start`, and returns the offer after it and the place's commitment.
    /// A cross-sector family may take any free place; anyone else only one the quota does not hold back.
    public static func allocatePlace(_ offer: Offer, expectedVersion: Int, entry: WaitingListEntry?, entryID: Int64,
                                     start: Day, budgetYear: Int, context: CommandContext) throws(RepositoryError) -> Allocation {
        guard let entry, entry.id == entryID, entry.offer == offer.id else { throw .waitingEntryNotFound(entryID) }
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer))
        guard entry.crossSector ? offer.freeForCrossSector > 0 : offer.freeForOthers > 0 else { throw .noFreePlace(offer.id) }
        var updated = offer
        updated.occupied += 1
        if entry.crossSector { updated.occupiedByCrossSector += 1 }
        return Allocation(offer: changed(updated, by: context),
                          commitments: placeCommitments(of: offer, from: start, budgetYear: budgetYear))
    }

    /// Checks ending an occupied place (a cross-sector one when `crossSector`) and returns the
    /// offer after it.
    public static func endPlace(_ offer: Offer, expectedVersion: Int, crossSector: Bool,
                                context: CommandContext) throws(RepositoryError) -> Offer {
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer))
        guard offer.occupied > 0, !crossSector || offer.occupiedByCrossSector > 0 else { throw .noOccupiedPlace(offer.id) }
        var updated = offer
        updated.occupied -= 1
        if crossSector { updated.occupiedByCrossSector -= 1 }
        return changed(updated, by: context)
    }

    /// An open place costs its monthly tariff from `start`, pro rata by days, through 31 December
    /// of the budget year (DOMAIN §7); places counted in hours carry no commitment here.
    static func placeCommitments(of offer: Offer, from start: Day, budgetYear: Int) -> CommitmentSchedule {
        guard offer.unit == .places, let yearEnd = try? Day(year: budgetYear, month: 12, day: 31), start <= yearEnd else {
            return CommitmentSchedule(lines: [])
        }
        return CommitmentSchedule(amount: .monthly(rate: offer.tariff.total, start: start, end: yearEnd),
                                  split: .single(offer.sector))
    }

    private static func changed(_ offer: Offer, by context: CommandContext) -> Offer {
        var next = offer
        next.version += 1
        next.changedBy = context.user.name
        next.changedAt = context.at
        return next
    }
}
