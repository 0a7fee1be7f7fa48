import Testing
@testable import ForumCore

/// DOMAIN §7: occupancy is the set of placements, the quota rule, the waiting-list order and the
/// recommended next.
@Suite("Capacity-limited offers, placements and waiting lists")
struct CapacityTests {
    static let today = day(2026, 11, 25)

    /// A placement of `units` from `from` (open unless `until`).
    static func placement(_ id: Int64, units: Int = 1, crossSector: Bool = false, from: Day = day(2026, 1, 1),
                          until: Day? = nil) -> Placement {
        Placement(id: id, offer: "BO-1", caseID: CaseID("S-\(id)"), units: units, from: from, until: until,
                  tariff: Tariff(base: kr(40_000), service: kr(5_000)), payer: .single("VOK"), crossSector: crossSector)
    }

    /// An offer whose active placements are `occupied` single units, `crossSector` of them cross-sector.
    static func offer(capacity: Int, occupied: Int, crossSector: Int, quota: Int, unit: CapacityUnit = .places) -> Offer {
        Offer(id: "BO-1", name: "Skovly", sector: "VOK", unit: unit, capacity: capacity, crossSectorQuota: quota,
              tariff: Tariff(base: kr(45_000)),
              placements: (0..<occupied).map { placement(Int64($0 + 1), crossSector: $0 < crossSector) })
    }

    @Test("Free units and the quota rule: free for others = free − max(0, q − cross-sector occupied)", arguments: [
        // capacity, occupied, cross-sector, quota → free, free for others, quota used
        (12, 10, 1, 2, 2, 1, 1),
        (12, 10, 2, 2, 2, 2, 2),
        (12, 12, 0, 2, 0, 0, 0),
        (12, 13, 0, 0, 0, 0, 0),   // over capacity: nothing free
        (12, 6, 0, 3, 6, 3, 0),
        (12, 10, 4, 2, 2, 2, 2),   // more cross-sector families than the quota: the quota holds nothing back
        (4, 0, 0, 4, 4, 0, 0),     // an all-quota offer: nothing for others
        (4, 2, 2, 4, 2, 0, 2),
    ])
    func quotaRule(capacity: Int, occupied: Int, crossSector: Int, quota: Int, free: Int, forOthers: Int, quotaUsed: Int) {
        let occupancy = Self.offer(capacity: capacity, occupied: occupied, crossSector: crossSector, quota: quota)
            .occupancy(on: Self.today)
        #expect(occupancy.occupied == occupied)
        #expect(occupancy.free == free)
        #expect(occupancy.freeForOthers == forOthers)
        #expect(occupancy.freeForCrossSector == free)
        #expect(occupancy.quotaUsed == quotaUsed)
    }

    /// Days and the units occupied on them: 2 hours until 31 March, 4 all year, 3 from 1 December.
    static let activeDays: [(Day, Int)] = [
        (day(2026, 1, 31), 6),
        (day(2026, 3, 31), 6),      // the last day is included
        (day(2026, 4, 1), 4),
        (day(2026, 11, 25), 4),
        (day(2026, 12, 1), 7),      // a known start
        (day(2025, 12, 31), 0),
    ]

    @Test("Occupied counts only the placements active on the day, in their units", arguments: activeDays)
    func activeOn(day: Day, occupied: Int) {
        let offer = Offer(id: "BO-1", name: "Bostøtte", sector: "VOK", unit: .hoursPerWeek, capacity: 10,
                          tariff: Tariff(base: kr(2_250)), placements: [
                              Self.placement(1, units: 2, until: ForumCoreTests.day(2026, 3, 31)),
                              Self.placement(2, units: 4),
                              Self.placement(3, units: 3, from: ForumCoreTests.day(2026, 12, 1)),
                          ])
        #expect(offer.occupancy(on: day).occupied == occupied)
    }

    @Test("Percent, full, over capacity and an exhausted quota")
    func flags() {
        let occupancy = { (capacity: Int, occupied: Int, cross: Int, quota: Int) in
            Self.offer(capacity: capacity, occupied: occupied, crossSector: cross, quota: quota).occupancy(on: Self.today)
        }
        #expect(occupancy(12, 10, 0, 0).percent == 83)
        #expect(occupancy(0, 0, 0, 0).percent == nil)
        #expect(occupancy(12, 12, 0, 0).isFull && !occupancy(12, 12, 0, 0).isOverCapacity)
        #expect(occupancy(12, 13, 0, 0).isOverCapacity)
        #expect(occupancy(12, 10, 2, 2).isQuotaExhausted)
        #expect(!occupancy(12, 10, 1, 2).isQuotaExhausted)
        #expect(!occupancy(12, 10, 0, 0).isQuotaExhausted)
    }

    static let entries = [
        WaitingListEntry(id: 1, offer: "BO-1", caseID: "S-A", priority: 2, since: day(2026, 1, 10)),
        WaitingListEntry(id: 2, offer: "BO-1", caseID: "S-B", crossSector: true, priority: 2, since: day(2026, 3, 1)),
        WaitingListEntry(id: 3, offer: "BO-1", caseID: "S-C", priority: 1, since: day(2026, 9, 1)),
        // Ties S-C on band and date: the order of entry decides.
        WaitingListEntry(id: 4, offer: "BO-1", caseID: "S-D", priority: 1, since: day(2026, 9, 1)),
    ]

    @Test("Order: priority band, then longest waiting, then the order of entry")
    func order() {
        #expect(WaitingList.ordered(Self.entries.reversed()).map(\.id) == [3, 4, 1, 2])
    }

    /// An offer's occupancy and who should be recommended from `entries`.
    struct RecommendationCase: Sendable {
        var capacity: Int, occupied: Int, crossSector: Int, quota: Int
        var expected: Int64?, passedOver: [Int64], takesQuota: Bool
    }

    @Test("The recommended next is the first in order who can be given a free unit", arguments: [
        RecommendationCase(capacity: 12, occupied: 10, crossSector: 0, quota: 0, expected: 3, passedOver: [], takesQuota: false),
        // The one free unit is the quota's: the first cross-sector family.
        RecommendationCase(capacity: 12, occupied: 11, crossSector: 1, quota: 2, expected: 2, passedOver: [3, 4, 1], takesQuota: true),
        RecommendationCase(capacity: 12, occupied: 12, crossSector: 0, quota: 0, expected: nil, passedOver: [], takesQuota: false),
        RecommendationCase(capacity: 12, occupied: 13, crossSector: 0, quota: 0, expected: nil, passedOver: [], takesQuota: false),
        // An all-quota offer.
        RecommendationCase(capacity: 4, occupied: 0, crossSector: 0, quota: 4, expected: 2, passedOver: [3, 4, 1], takesQuota: true),
        // The quota is used up: free units are for anyone.
        RecommendationCase(capacity: 12, occupied: 10, crossSector: 2, quota: 2, expected: 3, passedOver: [], takesQuota: false),
    ])
    func recommended(_ test: RecommendationCase) {
        let occupancy = Self.offer(capacity: test.capacity, occupied: test.occupied, crossSector: test.crossSector,
                                   quota: test.quota).occupancy(on: Self.today)
        let next = WaitingList.recommendedNext(occupancy, among: Self.entries)
        #expect(next?.entry.id == test.expected)
        #expect((next?.passedOver ?? []).map(\.id) == test.passedOver)
        #expect((next?.takesQuota ?? false) == test.takesQuota)
    }

    @Test("Hours: the next is the first whose hours fit the free hours")
    func hours() {
        let offer = Offer(id: "BS-85", name: "Bostøtte", sector: "VOK", unit: .hoursPerWeek, capacity: 20,
                          crossSectorQuota: 2, tariff: Tariff(base: kr(2_250)),
                          placements: [Self.placement(1, units: 15)])
        let entries = [
            WaitingListEntry(id: 1, offer: "BS-85", caseID: "S-A", priority: 1, since: day(2026, 9, 1), units: 6),
            WaitingListEntry(id: 2, offer: "BS-85", caseID: "S-B", priority: 2, since: day(2026, 2, 1), units: 4),
            WaitingListEntry(id: 3, offer: "BS-85", caseID: "S-C", priority: 2, since: day(2026, 3, 1), units: 3),
        ]
        // 5 hours free, 2 of them held by the quota: 3 for others.
        let next = WaitingList.recommendedNext(offer.occupancy(on: Self.today), among: entries)
        #expect(next?.entry.id == 3)
        #expect(next?.passedOver.map(\.id) == [1, 2])
    }

    @Test("A placement's commitment: tariff × units from the start, pro rata, to its end or 31 December")
    func commitments() {
        let open = Self.placement(1, units: 2, from: day(2026, 12, 16))
        // 2 × 45.000 kr for 16 of December's 31 days.
        #expect(open.commitments(budgetYear: 2026).lines == [
            CommitmentLine(month: month(2026, 12), sector: "VOK", amount: Money(ore: 4_645_161)),
        ])
        let ended = Self.placement(2, from: day(2024, 5, 1), until: day(2026, 2, 14))
        #expect(ended.commitments(budgetYear: 2026).lines == [
            CommitmentLine(month: month(2026, 1), sector: "VOK", amount: kr(45_000)),
            CommitmentLine(month: month(2026, 2), sector: "VOK", amount: kr(22_500)),
        ])
        #expect(Self.placement(3, from: day(2025, 1, 1), until: day(2025, 12, 31)).commitments(budgetYear: 2026).lines.isEmpty)
    }
}
