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
/// consultants, §85 support hours, family-treatment slots. Its occupancy is its placements
/// (`occupancy(on:)`): no count is stored beside them that could disagree.
public struct Offer: Hashable, Sendable, Codable, Identifiable {
    public var id: OfferID
    public var name: String
    public var sector: SectorCode
    public var unit: CapacityUnit
    public var capacity: Int
    /// Units reserved for the cross-sector solution.
    public var crossSectorQuota: Int
    public var tariff: Tariff
    public var provider: Provider
    /// Login of the team leader who runs the offer.
    public var leaderLogin: String?
    /// Every placement the store knows, past, current and future, in id order.
    public var placements: [Placement]
    /// Moves with every change of the offer's placements, waiting list or quota.
    public var version: Int
    /// Who changed the offer last, and when: named in a conflict message.
    public var changedBy: String?
    public var changedAt: Timestamp?

    public init(id: OfferID, name: String, sector: SectorCode, unit: CapacityUnit = .places,
                capacity: Int, crossSectorQuota: Int = 0, tariff: Tariff, provider: Provider = .internal,
                leaderLogin: String? = nil, placements: [Placement] = [], version: Int = 1) {
        self.id = id
        self.name = name
        self.sector = sector
        self.unit = unit
        self.capacity = capacity
        self.crossSectorQuota = crossSectorQuota
        self.tariff = tariff
        self.provider = provider
        self.leaderLogin = leaderLogin
        self.placements = placements
        self.version = version
    }

    /// The placements active on `day`.
    public func activePlacements(on day: Day) -> [Placement] { placements.filter { $0.isActive(on: day) } }

    /// Capacity, quota and the units the active placements take on `day`.
    public func occupancy(on day: Day) -> Occupancy {
        let active = activePlacements(on: day)
        return Occupancy(capacity: capacity, quota: crossSectorQuota,
                         occupied: active.reduce(0) { $0 + $1.units },
                         occupiedByCrossSector: active.filter(\.crossSector).reduce(0) { $0 + $1.units })
    }
}
