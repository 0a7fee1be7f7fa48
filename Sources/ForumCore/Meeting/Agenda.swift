/// Why an item is on the agenda: what the queue and the console show beside it.
public enum AgendaReason: Hashable, Sendable {
    /// The competence policy routes the request to the forum (or above it).
    case routed(Authority)
    /// Several sectors are to pay: the forum agrees the split.
    case splitPayment
    case overCapacity(occupied: Int, capacity: Int)
    case quotaExhausted(quota: Int)
    /// Placements made beyond capacity or on the quota by a chief's override.
    case overrides(Int)
    /// A deviation beyond the tolerance that has no explanation yet.
    case unexplainedDeviation(Money)
    case timeLimitEnds(Day)
    case followUpDue(Day)
    /// A sector whose realised saving (an estimate) is below its pro-rata target by date.
    case behindTarget(saving: Money, proRata: Money)
    /// A youth's flags (DOMAIN §12).
    case youthFlags([YouthFlag])
    case freeItem
}

/// One item of a draft agenda.
public struct AgendaEntry: Hashable, Sendable {
    public var key: AgendaKey
    public var section: AgendaSection
    public var title: String
    public var reasons: [AgendaReason]
    /// For a request, its amount for decision; for a deviation, the deviation.
    public var amount: Money?
    /// Left or postponed in an earlier meeting, or put off to the meeting after this one.
    public var postponed: Bool

    public init(key: AgendaKey, section: AgendaSection, title: String, reasons: [AgendaReason], amount: Money? = nil,
                postponed: Bool = false) {
        self.key = key
        self.section = section
        self.title = title
        self.reasons = reasons
        self.amount = amount
        self.postponed = postponed
    }
}

/// What the next meeting's draft agenda is built from: the data as it is, read by the caller.
public struct AgendaFacts: Sendable {
    /// The meeting's date: waiting ages, occupancy and follow-ups are as of it.
    public var date: Day
    public var requests: [GrantRequest]
    public var policy: CompetencePolicy
    public var offers: [Offer]
    /// The deviations beyond tolerance of the latest month (`DeviationList.items`), with notes.
    public var deviations: [DeviationList.Item]
    /// Free items that no meeting has taken yet.
    public var freeItems: [FreeItem]
    public var plan: AgendaPlan
    /// The date of the last meeting held: follow-ups that came due since then are shown too.
    public var lastMeeting: Day?
    /// Days between meetings (every other week).
    public var interval: Int
    /// Each sector's progress on the budget year's efficiency target (none without a target).
    public var targets: [TargetProgress]
    /// The youths on the transition list with their flags as of the meeting's date.
    public var youths: [FlaggedYouth]
    /// Sector names, for the titles of sector items.
    public var sectorNames: [SectorCode: String]

    public init(date: Day, requests: [GrantRequest], policy: CompetencePolicy, offers: [Offer] = [],
                deviations: [DeviationList.Item] = [], freeItems: [FreeItem] = [], plan: AgendaPlan = .empty,
                lastMeeting: Day? = nil, interval: Int = 14, targets: [TargetProgress] = [], youths: [FlaggedYouth] = [],
                sectorNames: [SectorCode: String] = [:]) {
        self.date = date
        self.requests = requests
        self.policy = policy
        self.offers = offers
        self.deviations = deviations
        self.freeItems = freeItems
        self.plan = plan
        self.lastMeeting = lastMeeting
        self.interval = interval
        self.targets = targets
        self.youths = youths
        self.sectorNames = sectorNames
    }
}

/// A youth of the transition list and its flags on a day.
public struct FlaggedYouth: Hashable, Sendable {
    public var youth: Youth
    public var flags: [YouthFlag]

    public init(youth: Youth, flags: [YouthFlag]) {
        self.youth = youth
        self.flags = flags
    }
}

/// The next meeting's draft agenda: its items in order, and those the chair put off.
public struct AgendaDraft: Hashable, Sendable {
    public var date: Day
    public var entries: [AgendaEntry]
    /// Put off to the meeting after this one: not taken when this one opens.
    public var putOff: [AgendaEntry]

    public init(date: Day, entries: [AgendaEntry], putOff: [AgendaEntry] = []) {
        self.date = date
        self.entries = entries
        self.putOff = putOff
    }

    /// The number of items and the total amount of the requests for decision.
    public var size: (items: Int, forDecision: Money) {
        (entries.count, Money.sum(entries.filter { $0.section == .requests }.compactMap(\.amount)))
    }

    /// The agenda a meeting opened on it takes, numbered from 1.
    public var meetingItems: [MeetingItem] {
        entries.enumerated().map { MeetingItem(key: $0.element.key, section: $0.element.section, position: $0.offset + 1,
                                               title: $0.element.title, amount: $0.element.amount) }
    }

}

/// Builds the draft agenda of the next meeting from the data (DOMAIN §9).
public enum Agenda {
    /// The draft agenda: requests routed to the forum and split-payment requests, oldest first;
    /// grants whose time limit or follow-up comes due within the next two meetings; sectors
    /// beyond tolerance without an explanation; sectors behind their efficiency target; flagged
    /// youths by transition date; offers over capacity, with an exhausted quota or
    /// with overrides; the chair's free items. Items carried from an earlier meeting come back as
    /// postponed while their subject is still there; the chair's order comes first in each section.
    public static func draft(_ facts: AgendaFacts) -> AgendaDraft {
        var entries: [AgendaEntry] = []
        entries += requestEntries(facts)
        entries += followUpEntries(facts)
        entries += deviationEntries(facts)
        entries += targetEntries(facts)
        entries += youthEntries(facts)
        entries += capacityEntries(facts)
        entries += facts.freeItems.filter { $0.meeting == nil }.sorted { $0.id < $1.id }.map {
            AgendaEntry(key: .free($0.id), section: .free, title: $0.title, reasons: [.freeItem])
        }
        for index in entries.indices where facts.plan.carried.contains(entries[index].key) { entries[index].postponed = true }
        let position = Dictionary(facts.plan.order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Stable: the rule's order stays where the chair set none.
        let ordered = entries.enumerated().sorted { lhs, rhs in
            if lhs.element.section != rhs.element.section { return lhs.element.section < rhs.element.section }
            let left = position[lhs.element.key] ?? Int.max
            let right = position[rhs.element.key] ?? Int.max
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        let putOff = ordered.filter { facts.plan.putOff.contains($0.key) }.map { entry in
            var later = entry
            later.postponed = true
            return later
        }
        return AgendaDraft(date: facts.date, entries: ordered.filter { !facts.plan.putOff.contains($0.key) }, putOff: putOff)
    }

    private static func requestEntries(_ facts: AgendaFacts) -> [AgendaEntry] {
        facts.requests.filter(\.status.isPending).sorted { ($0.submitted, $0.id) < ($1.submitted, $1.id) }.compactMap { request in
            let routing = facts.policy.route(request.routingFacts)
            var reasons: [AgendaReason] = []
            if routing.authority == .forum || routing.authority == .politicalCommittee { reasons.append(.routed(routing.authority)) }
            if request.proposedSplit.isSplit { reasons.append(.splitPayment) }
            guard !reasons.isEmpty || facts.plan.carried.contains(.request(request.id)) else { return nil }
            return AgendaEntry(key: .request(request.id), section: .requests, title: request.offer,
                               reasons: reasons, amount: request.amount.total)
        }
    }

    /// Approved grants whose time limit or follow-up date falls after the last meeting and no later
    /// than the meeting after this one: they come due before the forum meets twice more.
    private static func followUpEntries(_ facts: AgendaFacts) -> [AgendaEntry] {
        let horizon = facts.date.adding(days: facts.interval)
        let entries: [(Day, AgendaEntry)] = facts.requests.filter(\.status.isApproved).compactMap { request in
            guard let decision = request.decision?.decision else { return nil }
            var reasons: [AgendaReason] = []
            var due: [Day] = []
            func inWindow(_ day: Day) -> Bool { day <= horizon && facts.lastMeeting.map { day > $0 } ?? true }
            if request.status == .approvedTimeLimited, let until = decision.validUntil, inWindow(until) {
                reasons.append(.timeLimitEnds(until))
                due.append(until)
            }
            if let followUp = decision.followUp, inWindow(followUp) {
                reasons.append(.followUpDue(followUp))
                due.append(followUp)
            }
            let key = AgendaKey.followUp(request.id)
            guard let first = due.min() ?? (facts.plan.carried.contains(key) ? decision.followUp ?? decision.validUntil : nil) else {
                return nil
            }
            return (first, AgendaEntry(key: key, section: .followUp, title: request.offer, reasons: reasons))
        }
        return entries.sorted { ($0.0, $0.1.key) < ($1.0, $1.1.key) }.map(\.1)
    }

    private static func deviationEntries(_ facts: AgendaFacts) -> [AgendaEntry] {
        facts.deviations.filter { $0.subArea == nil }.compactMap { item in
            let deviation = item.line.burn.deviation
            let explained = !(item.note?.explanation.trimmed.isEmpty ?? true)
            let key = AgendaKey.deviation(item.sector)
            guard !explained || facts.plan.carried.contains(key) else { return nil }
            return AgendaEntry(key: key, section: .deviations, title: item.line.name,
                               reasons: explained ? [] : [.unexplainedDeviation(deviation)], amount: deviation)
        }
    }

    /// Sectors whose realised saving is below their pro-rata target (DOMAIN §13); the amount is
    /// the shortfall by date.
    private static func targetEntries(_ facts: AgendaFacts) -> [AgendaEntry] {
        facts.targets.compactMap { progress in
            let key = AgendaKey.target(progress.sector)
            guard progress.isBehind || facts.plan.carried.contains(key) else { return nil }
            return AgendaEntry(key: key, section: .targets, title: facts.sectorNames[progress.sector] ?? progress.sector.rawValue,
                               reasons: progress.isBehind ? [.behindTarget(saving: progress.realised.saving, proRata: progress.proRata)] : [],
                               amount: progress.proRata - progress.realised.saving)
        }
    }

    /// Youths with a flag (DOMAIN §12), by transition date; the title is the expected measure.
    private static func youthEntries(_ facts: AgendaFacts) -> [AgendaEntry] {
        facts.youths.sorted { ($0.youth.transitionDate, $0.youth.caseID) < ($1.youth.transitionDate, $1.youth.caseID) }
            .compactMap { flagged in
                let key = AgendaKey.youth(flagged.youth.caseID)
                guard !flagged.flags.isEmpty || facts.plan.carried.contains(key) else { return nil }
                let youth = flagged.youth
                return AgendaEntry(key: key, section: .transitions,
                                   title: "\(youth.childrenSector) → \(youth.receivingSector) \(youth.transitionDate.danish)",
                                   reasons: flagged.flags.isEmpty ? [] : [.youthFlags(flagged.flags)])
            }
    }

    private static func capacityEntries(_ facts: AgendaFacts) -> [AgendaEntry] {
        facts.offers.sorted { $0.id < $1.id }.compactMap { offer in
            let occupancy = offer.occupancy(on: facts.date)
            var reasons: [AgendaReason] = []
            if occupancy.isOverCapacity { reasons.append(.overCapacity(occupied: occupancy.occupied, capacity: occupancy.capacity)) }
            if occupancy.isQuotaExhausted { reasons.append(.quotaExhausted(quota: occupancy.quota)) }
            let overrides = offer.activePlacements(on: facts.date).filter { $0.overrideReason != nil }.count
            if overrides > 0 { reasons.append(.overrides(overrides)) }
            let key = AgendaKey.offer(offer.id)
            guard !reasons.isEmpty || facts.plan.carried.contains(key) else { return nil }
            return AgendaEntry(key: key, section: .capacity, title: offer.name, reasons: reasons)
        }
    }
}
