/// One line of the capacity board: an offer on a day with its occupancy, its waiting list in
/// order and who is recommended next. Screen 2 and `chefforum capacity` both show these.
public struct OfferStatus: Hashable, Sendable, Identifiable {
    public var offer: Offer
    public var occupancy: Occupancy
    /// In waiting-list order.
    public var waiting: [WaitingListEntry]
    public var recommended: Recommendation?
    /// Days the longest-waiting case has waited, nil with nobody waiting.
    public var longestWaitDays: Int?

    public var id: OfferID { offer.id }

    public init(offer: Offer, waiting: [WaitingListEntry], today: Day) {
        self.offer = offer
        occupancy = offer.occupancy(on: today)
        self.waiting = WaitingList.ordered(waiting.filter { $0.offer == offer.id })
        recommended = WaitingList.recommendedNext(occupancy, among: self.waiting)
        longestWaitDays = self.waiting.map { $0.waitingDays(today: today) }.max()
    }

    /// The offers at or over capacity on `day`: what the decision queue marks a request for.
    public static func fullOffers(_ offers: [Offer], on day: Day) -> Set<OfferID> {
        Set(offers.filter { $0.occupancy(on: day).isFull }.map(\.id))
    }

    /// The board: every offer with its own entries of `waiting`, in the offers' order.
    public static func board(_ offers: [Offer], waiting: [WaitingListEntry], today: Day) -> [OfferStatus] {
        let byOffer = Dictionary(grouping: waiting, by: \.offer)
        return offers.map { OfferStatus(offer: $0, waiting: byOffer[$0.id] ?? [], today: today) }
    }

    /// Units occupied on the last day of each month from 12 months before today's month to 6
    /// after it (DOMAIN §13 counts what is active on a month's last day): the past from ended
    /// placements, the future from known ends and starts.
    public func occupancyHistory(today: Day) -> [(month: Month, occupied: Int)] {
        let now = today.calendarMonth
        return now.adding(-12).through(now.adding(6)).map { month in
            (month, offer.occupancy(on: month.lastDay).occupied)
        }
    }

    /// The placements that are current or still to come on `today`, by start.
    public func currentPlacements(today: Day) -> [Placement] {
        offer.placements.filter { $0.until.map { $0 >= today } ?? true }.sorted { ($0.from, $0.id) < ($1.from, $1.id) }
    }
}
