/// One case waiting for a place on an offer.
public struct WaitingListEntry: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var offer: OfferID
    public var caseID: CaseID
    public var crossSector: Bool
    /// 1 is the most urgent band.
    public var priority: Int
    public var since: Day
    /// The units the case needs: 1 place, or n hours a week.
    public var units: Int
    public var note: String

    public init(id: Int64, offer: OfferID, caseID: CaseID, crossSector: Bool = false, priority: Int,
                since: Day, units: Int = 1, note: String = "") {
        self.id = id
        self.offer = offer
        self.caseID = caseID
        self.crossSector = crossSector
        self.priority = priority
        self.since = since
        self.units = units
        self.note = note
    }

    public func waitingDays(today: Day) -> Int { Swift.max(0, since.days(until: today)) }
}

/// Who the screen recommends next and why: the band, the waiting time, and whether the unit is
/// one the quota holds for the cross-sector solution. A person decides; the screen recommends.
public struct Recommendation: Hashable, Sendable {
    public var entry: WaitingListEntry
    /// Entries ahead of it in the order that cannot be given their units now (only quota units are free).
    public var passedOver: [WaitingListEntry]
    /// It takes units that only a cross-sector family may take.
    public var takesQuota: Bool
}

/// Waiting-list order and the recommendation of who is next (DOMAIN §7).
public enum WaitingList {
    /// Priority bands run from 1 (most urgent) to this.
    public static let lowestPriority = 99

    /// Priority band first (1 before 2), then longest waiting (earliest date), then the order of
    /// entry (the id), so that the order is the same on every terminal.
    public static func ordered(_ entries: [WaitingListEntry]) -> [WaitingListEntry] {
        entries.sorted { ($0.priority, $0.since, $0.id) < ($1.priority, $1.since, $1.id) }
    }

    /// The first entry in order who can be given its units now: a cross-sector family may take any
    /// free unit, anyone else only units free for others. Nil when nobody can.
    public static func recommendedNext(_ occupancy: Occupancy, among entries: [WaitingListEntry]) -> Recommendation? {
        let order = ordered(entries)
        guard let index = order.firstIndex(where: { occupancy.free(crossSector: $0.crossSector) >= $0.units }) else { return nil }
        let entry = order[index]
        return Recommendation(entry: entry, passedOver: Array(order[..<index]),
                              takesQuota: entry.crossSector && occupancy.freeForOthers < entry.units)
    }
}
