import Testing
@testable import ForumCore

@Suite("Capacity-limited offers and waiting lists")
struct CapacityTests {
    static func offer(capacity: Int, occupied: Int, crossSector: Int, quota: Int) -> Offer {
        Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: capacity, occupied: occupied,
              occupiedByCrossSector: crossSector, crossSectorQuota: quota, tariff: Tariff(base: kr(45_000)))
    }

    @Test("Free places, the reserved quota and occupancy", arguments: [
        (12, 10, 1, 2, 2, 1, 2),
        (12, 10, 2, 2, 2, 2, 2),
        (12, 12, 0, 2, 0, 0, 0),
        (12, 13, 0, 0, 0, 0, 0),
        (12, 6, 0, 3, 6, 3, 6),
    ])
    func places(capacity: Int, occupied: Int, crossSector: Int, quota: Int,
                free: Int, forOthers: Int, forCrossSector: Int) {
        let offer = Self.offer(capacity: capacity, occupied: occupied, crossSector: crossSector, quota: quota)
        #expect(offer.free == free)
        #expect(offer.freeForOthers == forOthers)
        #expect(offer.freeForCrossSector == forCrossSector)
    }

    @Test("Occupancy percent and overbooking")
    func occupancy() {
        #expect(Self.offer(capacity: 12, occupied: 10, crossSector: 0, quota: 0).occupancyPercent == 83)
        #expect(Self.offer(capacity: 12, occupied: 13, crossSector: 0, quota: 0).isOverbooked)
        #expect(Self.offer(capacity: 0, occupied: 0, crossSector: 0, quota: 0).occupancyPercent == nil)
    }

    static let entries = [
        WaitingListEntry(id: 1, offer: "BO-1", caseID: "S-A", priority: 2, since: day(2026, 1, 10)),
        WaitingListEntry(id: 2, offer: "BO-1", caseID: "S-B", crossSector: true, priority: 2, since: day(2026, 3, 1)),
        WaitingListEntry(id: 3, offer: "BO-1", caseID: "S-C", priority: 1, since: day(2026, 9, 1)),
        WaitingListEntry(id: 4, offer: "BO-1", caseID: "S-D", priority: 1, since: day(2026, 9, 1)),
    ]

    @Test("Order: priority band, then longest waiting, then id")
    func order() {
        #expect(WaitingList.ordered(Self.entries.reversed()).map(\.id) == [3, 4, 1, 2])
    }

    @Test("Who is next depends on which places are free")
    func recommendation() {
        let open = Self.offer(capacity: 12, occupied: 10, crossSector: 0, quota: 0)
        #expect(WaitingList.recommendedNext(for: open, among: Self.entries)?.id == 3)
        // Only a reserved quota place is free: the first cross-sector family gets it.
        let reservedOnly = Self.offer(capacity: 12, occupied: 11, crossSector: 1, quota: 2)
        #expect(WaitingList.recommendedNext(for: reservedOnly, among: Self.entries)?.id == 2)
        let full = Self.offer(capacity: 12, occupied: 12, crossSector: 0, quota: 0)
        #expect(WaitingList.recommendedNext(for: full, among: Self.entries) == nil)
    }
}
