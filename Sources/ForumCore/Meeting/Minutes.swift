/// The minutes (*beslutningsprotokol*) of a closed meeting (DOMAIN §9): written once, when the
/// meeting closes, and kept as written, so that later changes to the data do not rewrite them.
public struct Minutes: Hashable, Sendable, Codable {
    public struct Share: Hashable, Sendable, Codable {
        public var sector: SectorCode
        public var weight: Int
        /// What the sector pays of the amount.
        public var amount: Money
    }

    public struct DecisionLine: Hashable, Sendable, Codable {
        public var request: RequestID
        public var caseID: CaseID
        public var offer: String
        public var law: String
        public var kind: DecisionKind
        /// The amount approved (cut at a time limit), or asked for when not approved.
        public var amount: Money
        public var split: [Share]
        /// Conditions of an approval, a rejection's reason, or what a deferral misses.
        public var note: String
        public var validUntil: Day?
        public var followUp: Day?
        public var decidedBy: String
    }

    public struct DeviationLine: Hashable, Sendable, Codable {
        public var sector: SectorCode
        public var title: String
        /// The deviation when the meeting opened (positive = overspend).
        public var deviation: Money?
        public var explanation: String
        public var actionPlan: String
        public var owner: String
    }

    public struct OverrideLine: Hashable, Sendable, Codable {
        public var offer: OfferID
        public var offerName: String
        public var caseID: CaseID
        public var units: Int
        public var from: Day
        public var reason: String
    }

    public struct ItemLine: Hashable, Sendable, Codable {
        public var key: AgendaKey
        public var title: String
        public var text: String
    }

    public var municipality: String
    public var meeting: MeetingID
    public var date: Day
    public var chair: String
    public var participants: [String]
    public var closedAt: Timestamp?
    public var decisions: [DecisionLine]
    public var deviations: [DeviationLine]
    public var overrides: [OverrideLine]
    /// Free items the meeting took.
    public var freeItems: [ItemLine]
    /// Items left or postponed: on the next agenda.
    public var postponed: [ItemLine]
    /// The audit trail's anchor when the meeting closed (`HASH:COUNT`, the close event included),
    /// so that a copy of the minutes kept elsewhere proves the trail still holds that point
    /// (`chefforum audit verify --anchor`); nil from a store without a trail.
    public var auditAnchor: String?

    /// The minutes of `meeting` as closed: each decision it took (those in force), each deviation
    /// it discussed with the sector's latest explanation, the capacity overrides of the offers it
    /// discussed, the free items it took and what it postponed.
    public static func make(_ meeting: Meeting, municipality: String, users: [User], requests: [GrantRequest],
                            notes: [DeviationNote], offers: [Offer], freeItems: [FreeItem]) -> Minutes {
        let names = Dictionary(users.map { ($0.login, $0.name) }, uniquingKeysWith: { first, _ in first })
        let decided = requests.filter { $0.decision?.meeting == meeting.id.rawValue }
            .sorted { ($0.decision?.at ?? Timestamp(secondsSinceEpoch: 0), $0.id) < ($1.decision?.at ?? Timestamp(secondsSinceEpoch: 0), $1.id) }
        let discussed = meeting.items.filter { $0.state == .done }
        return Minutes(
            municipality: municipality, meeting: meeting.id, date: meeting.date, chair: names[meeting.openedBy] ?? meeting.openedBy,
            participants: meeting.participants.map { names[$0] ?? $0 }, closedAt: meeting.closedAt,
            decisions: decided.compactMap(decisionLine),
            deviations: discussed.compactMap { item in
                guard case .deviation(let sector) = item.key else { return nil }
                let note = notes.filter { $0.sector == sector && $0.subArea == nil && $0.month <= meeting.date.calendarMonth }
                    .max { $0.month < $1.month }
                return DeviationLine(sector: sector, title: item.title, deviation: item.amount,
                                     explanation: note?.explanation ?? "", actionPlan: note?.actionPlan ?? "", owner: note?.owner ?? "")
            },
            overrides: discussed.flatMap { item -> [OverrideLine] in
                guard case .offer(let id) = item.key, let offer = offers.first(where: { $0.id == id }) else { return [] }
                return offer.activePlacements(on: meeting.date).compactMap { placement in
                    placement.overrideReason.map {
                        OverrideLine(offer: id, offerName: offer.name, caseID: placement.caseID, units: placement.units,
                                     from: placement.from, reason: $0)
                    }
                }
            },
            freeItems: discussed.compactMap { item in
                guard case .free(let id) = item.key else { return nil }
                return ItemLine(key: item.key, title: item.title, text: freeItems.first { $0.id == id }?.text ?? "")
            },
            postponed: meeting.items.filter { $0.state != .done }.map { ItemLine(key: $0.key, title: $0.title, text: "") })
    }

    private static func decisionLine(_ request: GrantRequest) -> DecisionLine? {
        guard let record = request.decision else { return nil }
        let decision = record.decision
        let shares: [Share]
        let amount: Money
        if decision.kind.approves {
            let schedule = CommandRules.commitments(of: request)
            amount = schedule.total
            shares = decision.split.shares.map { Share(sector: $0.sector, weight: $0.weight, amount: schedule.total(for: $0.sector)) }
        } else {
            amount = request.amount.total
            let parts = decision.split.allocate(amount)
            shares = decision.split.shares.map { share in
                Share(sector: share.sector, weight: share.weight, amount: parts.first { $0.sector == share.sector }?.amount ?? .zero)
            }
        }
        return DecisionLine(request: request.id, caseID: request.caseID, offer: request.offer, law: request.law, kind: decision.kind,
                            amount: amount, split: shares, note: decision.note, validUntil: decision.validUntil,
                            followUp: decision.followUp, decidedBy: record.decidedByName)
    }
}
