/// An offer's units on one day and the quota rule of DOMAIN §7: free = capacity − occupied, and
/// the quota q holds back max(0, q − occupied by cross-sector placements) of the free units from
/// everyone outside the cross-sector solution.
public struct Occupancy: Hashable, Sendable {
    public var capacity: Int
    public var quota: Int
    public var occupied: Int
    /// Of the occupied, the units of families in the cross-sector solution.
    public var occupiedByCrossSector: Int

    public init(capacity: Int, quota: Int, occupied: Int, occupiedByCrossSector: Int) {
        self.capacity = capacity
        self.quota = quota
        self.occupied = occupied
        self.occupiedByCrossSector = occupiedByCrossSector
    }

    /// Units not occupied (never negative, even when over capacity).
    public var free: Int { Swift.max(0, capacity - occupied) }

    /// Quota units the cross-sector solution has not taken yet: held back from everyone else.
    public var reservedUnused: Int { Swift.max(0, quota - occupiedByCrossSector) }

    /// Quota units taken by cross-sector placements (at most the quota).
    public var quotaUsed: Int { Swift.min(quota, occupiedByCrossSector) }

    /// Free units that anyone may take.
    public var freeForOthers: Int { Swift.max(0, free - reservedUnused) }

    /// Free units a cross-sector family may take: the reserved ones and the open ones.
    public var freeForCrossSector: Int { free }

    /// The free units a case may take: all of them for a cross-sector family, else those the quota leaves.
    public func free(crossSector: Bool) -> Int { crossSector ? freeForCrossSector : freeForOthers }

    /// Occupancy (*belægning*) in whole percent, nil when capacity is zero.
    public var percent: Int? {
        capacity == 0 ? nil : Int(Rounding.divide(Int64(occupied) * 100, by: Int64(capacity)))
    }

    /// At or over capacity: nobody can be placed without a chief's override.
    public var isFull: Bool { occupied >= capacity }
    public var isOverCapacity: Bool { occupied > capacity }
    /// A quota that the cross-sector solution has filled (a quota of 0 is never exhausted).
    public var isQuotaExhausted: Bool { quota > 0 && occupiedByCrossSector >= quota }
}
