import ForumCore
import Testing

/// Allocate and end places: occupancy, the waiting list, the place's commitment, and each refusal.
@Suite("Repository contract: commands on offers")
struct ContractOfferCommandTests {
    typealias M = ContractMunicipality

    @Test("A cross-sector family takes the quota's place; its tariff is committed to the year's end", arguments: Backend.allCases)
    func allocate(backend: Backend) async throws {
        let subject = try backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let context = ContractSubject.context(M.leaderVOK)
        let offer = try await subject.expectChange {
            try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 1, start: M.day(2026, 12, 1), context: context)
        }
        #expect(offer.occupied == 10)
        #expect(offer.occupiedByCrossSector == 1)
        #expect(offer.version == 2)
        #expect(offer.changedBy == "Lis Leder")
        #expect(offer.changedAt == context.at)
        #expect(try await repository.offers().first { $0.id == "BO-1" } == offer)
        #expect(try await repository.waitingList("BO-1").map(\.id) == [3, 1])
        let vok = try #require(try await repository.budget(year: 2026).sectors["VOK"])
        #expect(vok.commitments[11] == Money(kroner: 37_500 + 45_000))
        try await subject.expectAudit(["offer.allocate"])
        let ended = try await subject.expectChange {
            try await $0.endPlace("BO-1", crossSector: true, expectedVersion: offer.version, context: context)
        }
        #expect(ended.occupied == 9)
        #expect(ended.occupiedByCrossSector == 0)
        #expect(ended.version == 3)
        try await subject.expectAudit(["offer.end_place", "offer.allocate"])
    }

    @Test("Each refusal of an allocation by its own error", arguments: Backend.allCases)
    func allocateRefused(backend: Backend) async throws {
        let subject = try backend.make()
        defer { subject.remove() }
        let leader = ContractSubject.context(M.leaderVOK)
        let start = M.day(2026, 12, 1)
        try await subject.expectRefusal(.offerNotFound("XX-1")) {
            _ = try await $0.allocatePlace("XX-1", entry: 2, expectedVersion: 1, start: start, context: leader)
        }
        try await subject.expectRefusal(.waitingEntryNotFound(9)) {
            _ = try await $0.allocatePlace("BO-1", entry: 9, expectedVersion: 1, start: start, context: leader)
        }
        // An entry of another offer is not on this one's list.
        try await subject.expectRefusal(.waitingEntryNotFound(2)) {
            _ = try await $0.allocatePlace("AT-1", entry: 2, expectedVersion: 1, start: start, context: leader)
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 2, start: start, context: leader)
        }
        try await subject.expectRefusal(.denied(Strings.onlyLeaderOfOffer("Skovly"))) {
            _ = try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 1, start: start,
                                           context: ContractSubject.context(M.chiefBEV))
        }
        // The one free place is the quota's: not for a family outside the cross-sector solution.
        try await subject.expectRefusal(.noFreePlace("BO-1")) {
            _ = try await $0.allocatePlace("BO-1", entry: 1, expectedVersion: 1, start: start, context: leader)
        }
        #expect(try await subject.repository.waitingList("BO-1").count == 3)
        #expect(try await subject.repository.offers() == M.offers.sorted { $0.id < $1.id })
    }

    @Test("Each refusal of ending a place by its own error", arguments: Backend.allCases)
    func endRefused(backend: Backend) async throws {
        let subject = try backend.make()
        defer { subject.remove() }
        let leader = ContractSubject.context(M.leaderVOK)
        try await subject.expectRefusal(.offerNotFound("XX-1")) {
            _ = try await $0.endPlace("XX-1", crossSector: false, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.endPlace("BO-1", crossSector: false, expectedVersion: 3, context: leader)
        }
        try await subject.expectRefusal(.denied(Strings.onlyLeaderOfOffer("Skovly"))) {
            _ = try await $0.endPlace("BO-1", crossSector: false, expectedVersion: 1, context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.noOccupiedPlace("BO-1")) {
            _ = try await $0.endPlace("BO-1", crossSector: true, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.noOccupiedPlace("AT-1")) {
            _ = try await $0.endPlace("AT-1", crossSector: false, expectedVersion: 1, context: ContractSubject.context(M.chiefVOK))
        }
        let ended = try await subject.repository.endPlace("BO-1", crossSector: false, expectedVersion: 1, context: leader)
        try await subject.expectRefusal(.conflict(by: "Lis Leder", at: M.now)) {
            _ = try await $0.endPlace("BO-1", crossSector: false, expectedVersion: 1, context: leader)
        }
        #expect(ended.occupied == 8)
    }
}
