import ForumCore
import Testing

/// Allocate and end placements, the waiting list and the quota: occupancy, the placement's
/// commitment, the audit event, and each refusal by its own error.
@Suite("Repository contract: commands on offers")
struct ContractOfferCommandTests {
    typealias M = ContractMunicipality
    static let today = M.day(2026, 11, 25)

    @Test("A cross-sector family takes the quota's place; its tariff is committed to the year's end", arguments: Backend.allCases)
    func allocate(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let context = ContractSubject.context(M.leaderVOK)
        let offer = try await subject.expectChange {
            try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 1, terms: .init(from: M.day(2026, 12, 1)),
                                       context: context)
        }
        let occupancy = offer.occupancy(on: M.day(2026, 12, 1))
        #expect(occupancy.occupied == 3 && occupancy.occupiedByCrossSector == 1 && occupancy.isQuotaExhausted)
        let placement = try #require(offer.placements.last)
        #expect(placement.caseID == M.caseB && placement.crossSector && placement.units == 1 && placement.id == 4)
        #expect(placement.tariff == M.skovlyTariff && placement.payer == .single("VOK") && placement.until == nil)
        #expect(offer.version == 2)
        #expect(offer.changedBy == "Lis Leder")
        #expect(offer.changedAt == context.at)
        #expect(try await repository.offers().first { $0.id == "BO-1" } == offer)
        #expect(try await repository.waitingList("BO-1").map(\.id) == [3, 1])
        let vok = try #require(try await repository.budget(year: 2026).sectors["VOK"])
        #expect(vok.commitments[11] == Money(kroner: 37_500 + 3 * 45_000))
        try await subject.expectAudit(["offer.allocate"])

        let ended = try await subject.expectChange {
            try await $0.endPlace("BO-1", placement: placement.id, on: M.day(2026, 12, 15), expectedVersion: offer.version,
                                  context: context)
        }
        #expect(ended.placements.last?.until == M.day(2026, 12, 15))
        #expect(ended.occupancy(on: M.day(2026, 12, 16)).occupied == 2)
        #expect(ended.version == 3)
        // 15 of December's 31 days: 45.000 × 15 ÷ 31 = 21.774,19 kr.
        let after = try #require(try await repository.budget(year: 2026).sectors["VOK"])
        #expect(after.commitments[11] == Money(kroner: 37_500 + 2 * 45_000) + Money(ore: 2_177_419))
        try await subject.expectAudit(["offer.end_place", "offer.allocate"])
    }

    @Test("A place filled or ended this month is the bridge's placements line; the month before does not see it",
          arguments: Backend.allCases)
    func placementsInTheBridge(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let context = ContractSubject.context(M.leaderVOK)
        // Filled on 25.11.2026 from 1.12: December's 45.000 kr, known in November.
        let offer = try await repository.allocatePlace("BO-1", entry: 2, expectedVersion: 1,
                                                       terms: .init(from: M.day(2026, 12, 1)), context: context)
        var rows = try await repository.budgetRows(year: 2026)
        let october = try #require(BudgetAggregation.snapshot(rows, asOf: M.month(2026, 10)).sectors["VOK"])
        #expect(october.commitments[11] == Money(kroner: 37_500 + 2 * 45_000))
        var bridge = try #require(ForecastBridge.of(rows, sector: "VOK", month: 11))
        #expect(bridge.amount(.placements) == Money(kroner: 45_000))
        #expect(bridge.amount(.newGrants) == .zero)
        #expect(Money.sum(bridge.lines.map(\.amount)) == bridge.forecast - bridge.previousForecast)

        // Case D's place, there before the store, ends on 30.11: its December leaves in November too.
        _ = try await repository.endPlace("BO-1", placement: 1, on: M.day(2026, 11, 30), expectedVersion: offer.version,
                                          context: context)
        rows = try await repository.budgetRows(year: 2026)
        bridge = try #require(ForecastBridge.of(rows, sector: "VOK", month: 11))
        #expect(bridge.amount(.placements) == .zero)
        #expect(BudgetAggregation.snapshot(rows, asOf: M.month(2026, 10)).sectors["VOK"]?.commitments[11]
                == Money(kroner: 37_500 + 2 * 45_000))
        #expect(BudgetAggregation.snapshot(rows).sectors["VOK"]?.commitments[11] == Money(kroner: 37_500 + 2 * 45_000))
    }

    @Test("A chief overrides the quota with a reason, for a chosen period and units", arguments: Backend.allCases)
    func override(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let terms = CommandRules.PlacementTerms(from: M.day(2026, 12, 1), until: M.day(2027, 1, 31), overrideReason: "Akut")
        let offer = try await subject.expectChange {
            try await $0.allocatePlace("BO-1", entry: 1, expectedVersion: 1, terms: terms, context: ContractSubject.context(M.chiefVOK))
        }
        let placement = try #require(offer.placements.last)
        #expect(placement.caseID == M.caseA && !placement.crossSector && placement.overrideReason == "Akut")
        #expect(placement.until == M.day(2027, 1, 31))
        #expect(try await subject.repository.budget(year: 2027).sectors["VOK"]?.commitments[0]
                == Money(kroner: 37_500 + 45_000))
        try await subject.expectAudit(["offer.allocate"])
    }

    @Test("A place given to a case whose grant for the offer is approved carries the grant and commits nothing: counted once",
          arguments: Backend.allCases)
    func placementCarriesGrant(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        try await subject.openMeeting()
        _ = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                        context: ContractSubject.context(M.chiefBEV))
        let before = try await repository.budget(year: 2026)
        let terms = CommandRules.PlacementTerms(from: M.day(2026, 12, 1), overrideReason: "Bevilget i forummet")
        let offer = try await repository.allocatePlace("BO-1", entry: 1, expectedVersion: 1, terms: terms,
                                                       context: ContractSubject.context(M.chiefVOK))
        let placement = try #require(offer.placements.last)
        #expect(placement.caseID == M.caseA && placement.requestID == "IND-1" && placement.payer == .single("BEV"))
        #expect(placement.commitments(budgetYear: 2026).lines.isEmpty)
        #expect(try await repository.offers().first { $0.id == "BO-1" } == offer)
        // The grant's 37.500 kr. a month on BEV is the place's cost; VOK pays no tariff for it.
        let after = try await repository.budget(year: 2026)
        #expect(after.sectors["BEV"]?.commitments[11] == Money(kroner: 37_500))
        #expect(after.sectors["BEV"]?.commitments == before.sectors["BEV"]?.commitments)
        #expect(after.sectors["VOK"]?.commitments == before.sectors["VOK"]?.commitments)
        try await subject.expectAudit(["offer.allocate", "request.approve", "meeting.open"])
        // While the place runs, the grant that pays for it is not taken back.
        let refusal = RepositoryError.invalid(Strings.grantCarriedByPlacement("IND-1", caseID: M.caseA.rawValue, offer: "BO-1"))
        try await subject.expectRefusal(refusal) {
            _ = try await $0.undoDecision("IND-1", expectedVersion: 2, context: ContractSubject.context(M.chiefBEV))
        }
    }

    @Test("Each refusal of an allocation by its own error", arguments: Backend.allCases)
    func allocateRefused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let leader = ContractSubject.context(M.leaderVOK)
        let december = CommandRules.PlacementTerms(from: M.day(2026, 12, 1))
        try await subject.expectRefusal(.offerNotFound("XX-1")) {
            _ = try await $0.allocatePlace("XX-1", entry: 2, expectedVersion: 1, terms: december, context: leader)
        }
        try await subject.expectRefusal(.waitingEntryNotFound(9)) {
            _ = try await $0.allocatePlace("BO-1", entry: 9, expectedVersion: 1, terms: december, context: leader)
        }
        // An entry of another offer is not on this one's list.
        try await subject.expectRefusal(.waitingEntryNotFound(2)) {
            _ = try await $0.allocatePlace("AT-1", entry: 2, expectedVersion: 1, terms: december, context: leader)
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 2, terms: december, context: leader)
        }
        try await subject.expectRefusal(.denied(Strings.onlyLeaderOfOffer("Skovly"))) {
            _ = try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 1, terms: december,
                                           context: ContractSubject.context(M.chiefBEV))
        }
        try await subject.expectRefusal(.denied(Strings.onlyChiefOverrides)) {
            _ = try await $0.allocatePlace("BO-1", entry: 1, expectedVersion: 1,
                                           terms: .init(from: M.day(2026, 12, 1), overrideReason: "Akut"), context: leader)
        }
        // The one free place is the quota's: not for a family outside the cross-sector solution.
        try await subject.expectRefusal(.quotaReserved("BO-1")) {
            _ = try await $0.allocatePlace("BO-1", entry: 1, expectedVersion: 1, terms: december, context: leader)
        }
        try await subject.expectRefusal(.noFreePlace("BO-1")) {
            _ = try await $0.allocatePlace("BO-1", entry: 2, expectedVersion: 1, terms: .init(from: M.day(2026, 12, 1), units: 2),
                                           context: leader)
        }
        #expect(try await subject.repository.waitingList("BO-1").count == 3)
        #expect(try await subject.repository.offers() == M.offers.sorted { $0.id < $1.id })
    }

    @Test("Each refusal of ending a placement by its own error", arguments: Backend.allCases)
    func endRefused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let leader = ContractSubject.context(M.leaderVOK)
        let end = M.day(2026, 12, 31)
        try await subject.expectRefusal(.offerNotFound("XX-1")) {
            _ = try await $0.endPlace("XX-1", placement: 1, on: end, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.placementNotFound(3)) {
            _ = try await $0.endPlace("BO-1", placement: 3, on: end, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.endPlace("BO-1", placement: 1, on: end, expectedVersion: 3, context: leader)
        }
        try await subject.expectRefusal(.denied(Strings.onlyLeaderOfOffer("Skovly"))) {
            _ = try await $0.endPlace("BO-1", placement: 1, on: end, expectedVersion: 1, context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.invalid(Strings.placementEndsBeforeStart)) {
            _ = try await $0.endPlace("BO-1", placement: 1, on: M.day(2026, 10, 31), expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.invalid(Strings.placementAlreadyEnds(M.day(2027, 1, 31)))) {
            _ = try await $0.endPlace("AT-1", placement: 3, on: M.day(2027, 2, 1), expectedVersion: 1,
                                      context: ContractSubject.context(M.chiefVOK))
        }
        _ = try await subject.repository.endPlace("BO-1", placement: 1, on: end, expectedVersion: 1, context: leader)
        try await subject.expectRefusal(.conflict(by: "Lis Leder", at: M.now)) {
            _ = try await $0.endPlace("BO-1", placement: 2, on: end, expectedVersion: 1, context: leader)
        }
    }

    @Test("The waiting list: a new case, a new band, and the quota reserved and released", arguments: Backend.allCases)
    func waitingAndQuota(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let leader = ContractSubject.context(M.leaderVOK)
        let added = try await subject.expectChange {
            try await $0.addToWaitingList("BO-1", case: M.caseD, crossSector: true, priority: 1, units: 1, note: "Ny",
                                          expectedVersion: 1, context: leader)
        }
        #expect(added.version == 2)
        let list = try await repository.waitingList("BO-1")
        let entry = try #require(list.first { $0.caseID == M.caseD })
        #expect(entry.id == 4 && entry.since == Self.today && entry.crossSector && entry.note == "Ny")
        // Band 1 since today: after B, who has waited longer in band 1.
        #expect(list.map(\.id) == [2, 4, 3, 1])
        let moved = try await subject.expectChange {
            try await $0.setWaitingPriority("BO-1", entry: 1, priority: 1, expectedVersion: 2, context: leader)
        }
        #expect(moved.version == 3)
        #expect(try await repository.waitingList("BO-1").map(\.id) == [1, 2, 4, 3])
        let quota = try await subject.expectChange {
            try await $0.setQuota("BO-1", quota: 0, expectedVersion: 3, context: leader)
        }
        #expect(quota.crossSectorQuota == 0 && quota.occupancy(on: Self.today).freeForOthers == 1)
        #expect(try await repository.offers().first { $0.id == "BO-1" } == quota)
        try await subject.expectAudit(["offer.quota", "offer.wait_priority", "offer.wait_add"])
    }

    @Test("Each refusal of a waiting-list or quota change by its own error", arguments: Backend.allCases)
    func waitingRefused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let leader = ContractSubject.context(M.leaderVOK)
        try await subject.expectRefusal(.offerNotFound("XX-1")) {
            _ = try await $0.setWaitingPriority("XX-1", entry: 1, priority: 1, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.waitingEntryNotFound(7)) {
            _ = try await $0.setWaitingPriority("BO-1", entry: 7, priority: 1, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.invalid(Strings.priorityOutOfRange(99))) {
            _ = try await $0.setWaitingPriority("BO-1", entry: 1, priority: 100, expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.caseNotFound("P-0000000000")) {
            _ = try await $0.addToWaitingList("BO-1", case: "P-0000000000", crossSector: false, priority: 1, units: 1, note: "",
                                              expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.invalid(Strings.alreadyWaiting(M.caseA.rawValue))) {
            _ = try await $0.addToWaitingList("BO-1", case: M.caseA, crossSector: false, priority: 1, units: 1, note: "",
                                              expectedVersion: 1, context: leader)
        }
        try await subject.expectRefusal(.conflict(by: nil, at: nil)) {
            _ = try await $0.addToWaitingList("BO-1", case: M.caseD, crossSector: false, priority: 1, units: 1, note: "",
                                              expectedVersion: 2, context: leader)
        }
        try await subject.expectRefusal(.denied(Strings.onlyLeaderOfOffer("Skovly"))) {
            _ = try await $0.setQuota("BO-1", quota: 2, expectedVersion: 1, context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.invalid(Strings.quotaOutOfRange(3))) {
            _ = try await $0.setQuota("BO-1", quota: 4, expectedVersion: 1, context: leader)
        }
    }
}
