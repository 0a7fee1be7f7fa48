import ForumCore

/// What the audit trail records of an offer: its version and quota, and the placement or waiting
/// entry a command touched (an override's reason travels with the placement).
package struct OfferAuditState: Encodable, Sendable {
    package var version: Int
    package var quota: Int
    package var waitingEntry: Int64?
    package var placement: Placement?
    package var entry: WaitingListEntry?

    package init(_ offer: Offer, waitingEntry: Int64? = nil, placement: Placement? = nil, entry: WaitingListEntry? = nil) {
        version = offer.version
        quota = offer.crossSectorQuota
        self.waitingEntry = waitingEntry
        self.placement = placement
        self.entry = entry
    }
}
