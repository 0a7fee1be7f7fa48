/// The rules of the commands on capacity-limited offers (DOMAIN §7): allocate a unit, end a
/// placement, the waiting list and the quota. Each returns the offer after it with its version
/// moved: the offer is what two terminals compete for, so every change to it is checked against
/// the version that was read. `meeting` is the meeting open now, as the backend reads it: the
/// chair manages offers only in it (DOMAIN §10).
extension CommandRules {
    /// What a person asks for when placing a waiting case.
    public struct PlacementTerms: Hashable, Sendable {
        public var from: Day
        public var until: Day?
        /// Nil: the units the waiting entry asked for.
        public var units: Int?
        /// A chief's reason for placing beyond capacity or on the quota; nil for an ordinary allocation.
        public var overrideReason: String?

        public init(from: Day, until: Day? = nil, units: Int? = nil, overrideReason: String? = nil) {
            self.from = from
            self.until = until
            self.units = units
            self.overrideReason = overrideReason
        }
    }

    /// What allocating a unit changes: the offer (with the new placement) and the placement's commitment.
    public struct Allocation: Hashable, Sendable {
        public var offer: Offer
        /// The new placement; its id is 0 until the backend stores it.
        public var placement: Placement
        public var commitments: CommitmentSchedule
    }

    /// What ending a placement changes.
    public struct Ending: Hashable, Sendable {
        public var offer: Offer
        public var placement: Placement
        /// The placement's commitments after the end: none after the end day.
        public var commitments: CommitmentSchedule
    }

    /// What a change of the waiting list changes: the offer's version and the entry.
    public struct WaitingChange: Hashable, Sendable {
        public var offer: Offer
        /// The entry after the change; a new one has id 0 until the backend stores it.
        public var entry: WaitingListEntry
    }

    /// Checks giving the waiting `entry` (nil when the backend found no entry `entryID` on the
    /// offer) a unit on the terms asked, and returns the offer after it, the new placement and its
    /// commitments. A cross-sector family may take any free unit, anyone else only units the
    /// quota leaves; beyond that only a chief's override with a reason places the case.
    public static func allocatePlace(_ offer: Offer, expectedVersion: Int, entry: WaitingListEntry?, entryID: Int64,
                                     terms: PlacementTerms, budgetYear: Int,
                                     meeting: Meeting?, context: CommandContext) throws(RepositoryError) -> Allocation {
        guard let entry, entry.id == entryID, entry.offer == offer.id else { throw .waitingEntryNotFound(entryID) }
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer, meeting: meeting))
        let reason = terms.overrideReason.map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        if reason != nil, !context.user.has(.chief) { throw .denied(Strings.onlyChiefOverrides) }
        if reason == "" { throw .invalid(Strings.overrideNeedsReason) }
        if let reason { try checkNoCPR((Strings.fieldOverride, reason)) }
        let units = terms.units ?? entry.units
        guard units >= 1 else { throw .invalid(Strings.unitsAtLeastOne) }
        if let until = terms.until, until < terms.from { throw .invalid(Strings.placementEndsBeforeStart) }
        let occupancy = offer.occupancy(on: terms.from)
        if occupancy.free(crossSector: entry.crossSector) < units && reason == nil {
            throw occupancy.free < units ? .noFreePlace(offer.id) : .quotaReserved(offer.id)
        }
        let placement = Placement(id: 0, offer: offer.id, caseID: entry.caseID, units: units, from: terms.from,
                                  until: terms.until, tariff: offer.tariff, payer: .single(offer.sector),
                                  crossSector: entry.crossSector, overrideReason: reason)
        var updated = offer
        updated.placements.append(placement)
        return Allocation(offer: changed(updated, by: context), placement: placement,
                          commitments: placement.commitments(budgetYear: budgetYear))
    }

    /// Checks ending placement `placementID` on `day` (its last day) and returns the offer and the
    /// placement after it, with the commitments that remain.
    public static func endPlace(_ offer: Offer, expectedVersion: Int, placementID: Int64, on day: Day, budgetYear: Int,
                                meeting: Meeting?, context: CommandContext) throws(RepositoryError) -> Ending {
        guard let index = offer.placements.firstIndex(where: { $0.id == placementID }) else {
            throw .placementNotFound(placementID)
        }
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer, meeting: meeting))
        var placement = offer.placements[index]
        guard day >= placement.from else { throw .invalid(Strings.placementEndsBeforeStart) }
        if let until = placement.until, day > until { throw .invalid(Strings.placementAlreadyEnds(until)) }
        placement.until = day
        var updated = offer
        updated.placements[index] = placement
        return Ending(offer: changed(updated, by: context), placement: placement,
                      commitments: placement.commitments(budgetYear: budgetYear))
    }

    /// Checks moving a waiting entry to another priority band.
    public static func setWaitingPriority(_ offer: Offer, expectedVersion: Int, entry: WaitingListEntry?, entryID: Int64,
                                          priority: Int, meeting: Meeting?, context: CommandContext) throws(RepositoryError) -> WaitingChange {
        guard var entry, entry.id == entryID, entry.offer == offer.id else { throw .waitingEntryNotFound(entryID) }
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer, meeting: meeting))
        try checkPriority(priority)
        entry.priority = priority
        return WaitingChange(offer: changed(offer, by: context), entry: entry)
    }

    /// Checks putting `caseID` on the offer's waiting list from today. `known` says whether the
    /// store knows the case; `waiting` is the offer's list as read.
    public static func addToWaitingList(_ offer: Offer, expectedVersion: Int, caseID: CaseID, known: Bool,
                                        waiting: [WaitingListEntry], crossSector: Bool, priority: Int, units: Int,
                                        note: String, meeting: Meeting?, context: CommandContext) throws(RepositoryError) -> WaitingChange {
        guard known else { throw .caseNotFound(caseID) }
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer, meeting: meeting))
        try checkPriority(priority)
        guard units >= 1 else { throw .invalid(Strings.unitsAtLeastOne) }
        try checkNoCPR((Strings.fieldWaitingNote, note))
        if waiting.contains(where: { $0.caseID == caseID }) { throw .invalid(Strings.alreadyWaiting(caseID.rawValue)) }
        let entry = WaitingListEntry(id: 0, offer: offer.id, caseID: caseID, crossSector: crossSector, priority: priority,
                                     since: context.today, units: units, note: note)
        return WaitingChange(offer: changed(offer, by: context), entry: entry)
    }

    /// Checks reserving (raising) or releasing (lowering) the units held for the cross-sector solution.
    public static func setQuota(_ offer: Offer, expectedVersion: Int, quota: Int,
                                meeting: Meeting?, context: CommandContext) throws(RepositoryError) -> Offer {
        try checkVersion(offer, expectedVersion)
        try check(context.user, may: .manageOffer(offer, meeting: meeting))
        guard (0...offer.capacity).contains(quota) else { throw .invalid(Strings.quotaOutOfRange(offer.capacity)) }
        var updated = offer
        updated.crossSectorQuota = quota
        return changed(updated, by: context)
    }

    private static func checkPriority(_ priority: Int) throws(RepositoryError) {
        guard (1...WaitingList.lowestPriority).contains(priority) else {
            throw .invalid(Strings.priorityOutOfRange(WaitingList.lowestPriority))
        }
    }

    private static func changed(_ offer: Offer, by context: CommandContext) -> Offer {
        var next = offer
        next.version += 1
        next.changedBy = context.user.name
        next.changedAt = context.at
        return next
    }
}
