/// The id of a capacity-limited offer, e.g. `BO-SKOVLY`.
public struct OfferID: StringIdentifier {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// What a capacity is counted in.
public enum CapacityUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case places
    case hoursPerWeek = "hours_per_week"
}

/// Who runs the offer.
public enum Provider: String, Hashable, Sendable, Codable, CaseIterable {
    case `internal`
    case external
}

/// A monthly price in three parts (002 l.872–875).
public struct Tariff: Hashable, Sendable, Codable {
    /// *basistakst*
    public var base: Money
    /// *ydelsestakst*
    public var service: Money
    /// *særtakst*
    public var special: Money

    public init(base: Money, service: Money = .zero, special: Money = .zero) {
        self.base = base
        self.service = service
        self.special = special
    }

    public var total: Money { base + service + special }
}

/// A capacity-limited offer (*kapacitetsbegrænset ydelse*): own residential places, company
/// consultants, §85 support hours, family-treatment slots.
public struct Offer: Hashable, Sendable, Codable, Identifiable {
    public var id: OfferID
    public var name: String
    public var sector: SectorCode
    public var unit: CapacityUnit
    public var capacity: Int
    public var occupied: Int
    /// Of the occupied, how many by families in the cross-sector solution.
    public var occupiedByCrossSector: Int
    /// Places reserved for the cross-sector solution.
    public var crossSectorQuota: Int
    public var tariff: Tariff
    public var provider: Provider
    /// Login of the team leader who runs the offer.
    public var leaderLogin: String?
    public var version: Int
    /// Who changed the occupancy last, and when: named in a conflict message.
    public var changedBy: String?
    public var changedAt: Timestamp?

    public init(id: OfferID, name: String, sector: SectorCode, unit: CapacityUnit = .places,
                capacity: Int, occupied: Int, occupiedByCrossSector: Int = 0, crossSectorQuota: Int = 0,
                tariff: Tariff, provider: Provider = .internal, leaderLogin: String? = nil, version: Int = 1) {
        self.id = id
        self.name = name
        self.sector = sector
        self.unit = unit
        self.capacity = capacity
        self.occupied = occupied
        self.occupiedByCrossSector = occupiedByCrossSector
        self.crossSectorQuota = crossSectorQuota
        self.tariff = tariff
        self.provider = provider
        self.leaderLogin = leaderLogin
        self.version = version
    }

    /// Places not occupied (never negative, even when over-occupied).
    public var free: Int { Swift.max(0, capacity - occupied) }

    /// Quota places not yet taken by the cross-sector solution: held back from everyone else.
    public var reservedUnused: Int { Swift.max(0, crossSectorQuota - occupiedByCrossSector) }

    /// Free places that anyone may take.
    public var freeForOthers: Int { Swift.max(0, free - reservedUnused) }

    /// Free places a cross-sector family may take (the reserved ones and the open ones).
    public var freeForCrossSector: Int { free }

    /// Occupancy (*belægning*) in whole percent, nil when capacity is zero.
    public var occupancyPercent: Int? {
        capacity == 0 ? nil : Int(Rounding.divide(Int64(occupied) * 100, by: Int64(capacity)))
    }

    public var isOverbooked: Bool { occupied > capacity }
}
