/// A request in the queue with where the policy routes it.
public struct QueueItem: Hashable, Sendable, Identifiable {
    public let request: GrantRequest
    public let routing: Routing
    public let waitingDays: Int
    /// The request is for a capacity-limited offer that is at or over capacity today.
    public var offerIsFull = false
    /// What the queue's free words are looked for in, and the texts it sorts by, made once per
    /// item: a queue of 10.000 requests is filtered and sorted on every key (docs/performance.md).
    public let searchText: String
    public let sortTexts: SortTexts

    /// The texts the queue sorts by, lowercased or written out as the columns show them.
    public struct SortTexts: Hashable, Sendable {
        public let law: String
        public let offer: String
        public let payer: String
        public let reason: Phrase
    }

    public init(request: GrantRequest, routing: Routing, waitingDays: Int) {
        self.request = request
        self.routing = routing
        self.waitingDays = waitingDays
        searchText = QueryLanguage<QueueItem>.searchText([request.id.rawValue, request.caseID.rawValue, request.offer, request.requestingUnit,
                                              request.law, request.sector.rawValue, request.reason, request.requestedBy])
        sortTexts = SortTexts(law: request.law.lowercased(), offer: request.offer.lowercased(),
                              payer: Strings.splitText(request.currentSplit), reason: Strings.routingReason(routing.reason))
    }

    public var id: RequestID { request.id }

    /// On the forum's table: routed to the forum, or above it (the forum refers those on).
    public var isForumMatter: Bool { Self.isForumMatter(routing) }

    static func isForumMatter(_ routing: Routing) -> Bool {
        routing.authority == .forum || routing.authority == .politicalCommittee
    }
}

/// The decision queue: the requests waiting for the forum, or every request.
public enum RequestQueue {
    /// The items matching `query`, longest waiting first. Without `all`, only pending requests
    /// that the policy routes to the forum (or above it). `fullOffers` are the offers at or over
    /// capacity (`OfferStatus.fullOffers`): a request for one is marked.
    public static func items(_ requests: [GrantRequest], policy: CompetencePolicy, today: Day,
                             query: RequestQuery = .everything, all: Bool = false,
                             fullOffers: Set<OfferID> = []) -> [QueueItem] {
        requests.compactMap { request -> QueueItem? in
            let routing = policy.route(request.routingFacts)
            // Left out before the item is made: an item makes its search and sort texts.
            if !all && !(request.status.isPending && QueueItem.isForumMatter(routing)) { return nil }
            var item = QueueItem(request: request, routing: routing, waitingDays: request.waitingDays(today: today))
            item.offerIsFull = request.offerID.map(fullOffers.contains) ?? false
            return query.matches(item) ? item : nil
        }
        .sorted { ($0.request.submitted, $0.request.id) < ($1.request.submitted, $1.request.id) }
    }

    /// Count and total amount of what is listed: the queue's footer.
    public static func summary(_ items: [QueueItem]) -> (count: Int, total: Money) {
        (items.count, Money.sum(items.map(\.request.amount.total)))
    }
}
