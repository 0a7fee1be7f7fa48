/// One case waiting for a place on an offer.
public struct WaitingListEntry: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var offer: OfferID
    public var caseID: CaseID
    public var crossSector: Bool
    /// 1 is the most urgent band.
    public var priority: Int
    public var since: Day
    public var note: String

    public init(id: Int64, offer: OfferID, caseID: CaseID, crossSector: Bool = false, priority: Int,
                since: Day, note: String = "") {
        self.id = id
        self.offer = offer
        self.caseID = caseID
        self.crossSector = crossSector
        self.priority = priority
        self.since = since
        self.note = note
    }

    public func waitingDays(today: Day) -> Int { Swift.max(0, since.days(until: today)) }
}

/// Waiting-list order and the recommendation of who is next. The screen recommends; a person decides.
public enum WaitingList {
    /// Priority band first (1 before 2), then longest waiting, then the entry id so that the
    /// order is the same on every terminal.
    public static func ordered(_ entries: [WaitingListEntry]) -> [WaitingListEntry] {
        entries.sorted { ($0.priority, $0.since, $0.id) < ($1.priority, $1.since, $1.id) }
    }

    /// The first entry in order who can take a free place now: a cross-sector family may take a
    /// reserved or an open place, anyone else only an open one. Nil when nobody can.
    public static func recommendedNext(for offer: Offer, among entries: [WaitingListEntry]) -> WaitingListEntry? {
        ordered(entries).first { entry in
            entry.crossSector ? offer.freeForCrossSector > 0 : offer.freeForOthers > 0
        }
    }
}
