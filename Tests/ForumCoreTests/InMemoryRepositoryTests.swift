import Testing
@testable import ForumCore

@Suite("The in-memory repository applies the command rules")
struct InMemoryRepositoryTests {
    static let assensSplit = split([("BEV", 60), ("VOK", 20), ("FAM", 20)])

    @Test("Approving stores the decision and its exact commitments")
    func approve() async throws {
        let repository = Fixture.repository()
        let before = try await repository.changeToken()
        let decided = try await repository.decide("IND-1", expectedVersion: 1,
                                                  decision: Decision(kind: .approve, split: Self.assensSplit),
                                                  context: Fixture.context(Fixture.chiefBEV))
        #expect(decided.status == .approved)
        #expect(decided.version == 2)
        #expect(decided.decision?.decidedByName == "Bo Beskæftigelse")
        #expect(decided.decision?.meeting == "M-2026-22")
        let schedule = try await repository.commitments(of: "IND-1")
        #expect(schedule.total == kr(37_500) * 6)
        #expect(schedule.total(for: "BEV") == kr(135_000))
        #expect(try await repository.changeToken() > before)
        let budget = try await repository.budget(year: 2026)
        #expect(budget.sectors["BEV"]?.commitments[10] == kr(22_500))
        #expect(try await repository.history(of: "IND-1").map(\.kind) == [.submitted, .decided])
    }

    @Test("The second of two decisions on the same version is told who decided first")
    func conflict() async throws {
        let repository = Fixture.repository()
        _ = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                        context: Fixture.context(Fixture.chiefBEV))
        await #expect(throws: RepositoryError.alreadyDecided(by: "Bo Beskæftigelse", at: Timestamp(secondsSinceEpoch: 1_795_000_000))) {
            try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .reject, split: .single("BEV"), note: "nej"),
                                        context: Fixture.context(Fixture.chiefVOK))
        }
        #expect(try await repository.request("IND-1").status == .approved)
    }

    @Test("Undo restores the previous status and removes the commitments")
    func undo() async throws {
        let repository = Fixture.repository()
        let decided = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                  context: Fixture.context(Fixture.chiefBEV))
        await #expect(throws: RepositoryError.denied(Strings.onlyDeciderUndoes("Bo Beskæftigelse"))) {
            try await repository.undoDecision("IND-1", expectedVersion: decided.version, context: Fixture.context(Fixture.chiefVOK))
        }
        let restored = try await repository.undoDecision("IND-1", expectedVersion: decided.version, context: Fixture.context(Fixture.chiefBEV))
        #expect(restored.status == .onAgenda)
        #expect(restored.decision == nil)
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty)
        await #expect(throws: RepositoryError.nothingToUndo("IND-1")) {
            try await repository.undoDecision("IND-1", expectedVersion: restored.version, context: Fixture.context(Fixture.chiefBEV))
        }
    }

    @Test("Undo of an approval after a deferral brings back the deferral")
    func undoToDeferral() async throws {
        let repository = Fixture.repository()
        let context = Fixture.context(Fixture.chair)
        let deferred = try await repository.decide("IND-1", expectedVersion: 1,
                                                   decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler pris"), context: context)
        let approved = try await repository.decide("IND-1", expectedVersion: deferred.version,
                                                   decision: Decision(kind: .approve, split: .single("BEV")), context: context)
        let restored = try await repository.undoDecision("IND-1", expectedVersion: approved.version, context: context)
        #expect(restored.status == .deferred)
        #expect(restored.decision?.decision.note == "Mangler pris")
    }

    @Test("Refused commands change nothing", arguments: [
        (Fixture.reader, Decision(kind: .approve, split: .single("BEV"))),
        (Fixture.economist, Decision(kind: .approve, split: .single("BEV"))),
        (Fixture.chair, Decision(kind: .reject, split: .single("BEV"))),
        (Fixture.chair, Decision(kind: .approve, split: .single("XYZ"))),
    ])
    func refused(user: User, decision: Decision) async throws {
        let repository = Fixture.repository()
        let token = try await repository.changeToken()
        await #expect(throws: RepositoryError.self) {
            try await repository.decide("IND-1", expectedVersion: 1, decision: decision, context: Fixture.context(user))
        }
        #expect(try await repository.changeToken() == token)
        #expect(try await repository.request("IND-1").status == .onAgenda)
    }

    @Test("A stale version is a conflict naming who changed it")
    func staleVersion() async throws {
        let repository = Fixture.repository()
        _ = try await repository.decide("IND-1", expectedVersion: 1,
                                        decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler"),
                                        context: Fixture.context(Fixture.chair))
        await #expect(throws: RepositoryError.conflict(by: "Hanne Formand", at: Timestamp(secondsSinceEpoch: 1_795_000_000))) {
            try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                        context: Fixture.context(Fixture.chiefBEV))
        }
    }

    @Test("Changing the split keeps earlier months on the old split")
    func changeSplit() async throws {
        let repository = Fixture.repository()
        let approved = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                   context: Fixture.context(Fixture.chair))
        let changed = try await repository.changeSplit("IND-1", expectedVersion: approved.version, split: Self.assensSplit,
                                                       from: month(2027, 1), context: Fixture.context(Fixture.chair))
        #expect(changed.currentSplit == Self.assensSplit)
        let schedule = try await repository.commitments(of: "IND-1")
        #expect(schedule.total == kr(225_000))
        #expect(schedule.total(for: "VOK") == kr(7_500) * 4)
        #expect(try await repository.history(of: "IND-1").last?.kind == .splitChanged)
    }

    @Test("Allocating a place follows the quota and creates a commitment")
    func allocate() async throws {
        let offer = Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 10, occupied: 9, occupiedByCrossSector: 0,
                          crossSectorQuota: 1, tariff: Tariff(base: kr(45_000)))
        let waiting = [
            WaitingListEntry(id: 1, offer: "BO-1", caseID: "S-A", priority: 1, since: day(2026, 1, 1)),
            WaitingListEntry(id: 2, offer: "BO-1", caseID: "S-B", crossSector: true, priority: 2, since: day(2026, 2, 1)),
        ]
        let repository = Fixture.repository(offers: [offer], waiting: waiting)
        await #expect(throws: RepositoryError.noFreePlace("BO-1")) {
            try await repository.allocatePlace("BO-1", entry: 1, expectedVersion: 1, start: day(2026, 12, 1),
                                               context: Fixture.context(Fixture.chiefVOK))
        }
        let updated = try await repository.allocatePlace("BO-1", entry: 2, expectedVersion: 1, start: day(2026, 12, 1),
                                                         context: Fixture.context(Fixture.chiefVOK))
        #expect(updated.occupied == 10)
        #expect(updated.occupiedByCrossSector == 1)
        #expect(try await repository.waitingList("BO-1").map(\.id) == [1])
        #expect(try await repository.budget(year: 2026).sectors["VOK"]?.commitments[11] == kr(45_000))
    }

    @Test("Forecasts, deviation notes and users")
    func economyAndUsers() async throws {
        let repository = Fixture.repository()
        try await repository.setForecast("BEV", month: month(2026, 10), forecast: ManualForecast(amount: kr(11_000_000), note: "x"),
                                         context: Fixture.context(Fixture.economist))
        #expect(try await repository.budget(year: 2026).sectors["BEV"]?.manualForecasts[10]?.amount == kr(11_000_000))
        let note = DeviationNote(sector: "BEV", month: month(2026, 10), explanation: "Flere forløb", actionPlan: "Visitation strammes", owner: "Bo")
        let stored = try await repository.writeDeviationNote(note, context: Fixture.context(Fixture.chiefBEV))
        #expect(stored.version == 1)
        await #expect(throws: RepositoryError.self) {
            try await repository.writeDeviationNote(note, context: Fixture.context(Fixture.economist))
        }
        try await repository.addUser(User(login: "ny", name: "Ny Bruger", roles: [.reader]), context: Fixture.context(Fixture.admin))
        await #expect(throws: RepositoryError.userExists("ny")) {
            try await repository.addUser(User(login: "ny", name: "Igen", roles: [.reader]), context: Fixture.context(Fixture.admin))
        }
        await #expect(throws: RepositoryError.denied(Strings.onlyAdministrator)) {
            try await repository.removeUser(login: "ny", context: Fixture.context(Fixture.chair))
        }
        try await repository.removeUser(login: "ny", context: Fixture.context(Fixture.admin))
        #expect(try await repository.user(login: "ny") == nil)
    }
}

extension Money {
    static func * (lhs: Money, rhs: Int64) -> Money { Money(ore: lhs.ore * rhs) }
}
