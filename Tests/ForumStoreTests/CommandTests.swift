import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("Commands on SQLite: effect and one audit event each")
struct CommandTests {
    static func auditCount(_ test: TestDatabase) throws -> Int {
        try test.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_event") ?? 0 }
    }

    @Test("Approving with a split stores the decision, its commitments, history and one audit event")
    func approve() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let repository = test.repository
        let split = try PaymentSplit(parsing: "BEV=60,VOK=20,FAM=20")
        let decided = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: split),
                                                  context: try TestDatabase.context(TestDatabase.chiefBEV))
        #expect(decided.status == .approved)
        #expect(decided.version == 2)
        #expect(decided.decision?.decidedByName == "Bo Beskæftigelse")
        #expect(decided.alternatives.count == 1)
        let schedule = try await repository.commitments(of: "IND-1")
        #expect(schedule.total == Money(kroner: 37_500 * 7))
        #expect(schedule.total(for: "BEV") == Money(kroner: 157_500))
        #expect(schedule.total(for: "VOK") == Money(kroner: 52_500))
        #expect(try await repository.history(of: "IND-1").map(\.kind) == [.submitted, .decided])
        let events = try await test.database.auditEvents(AuditFilter())
        #expect(events.count == 1)
        #expect(events[0].action == "request.approve")
        #expect(events[0].entity == "request:IND-1")
        #expect(events[0].actorLogin == "bevchef")
        #expect(events[0].actorRoles == "chief")
        #expect(events[0].before?.contains("\"status\":\"on_agenda\"") == true)
        #expect(events[0].after?.contains("\"status\":\"approved\"") == true)
        #expect(events[0].after?.contains("\"BEV\":15750000") == true)
        let budget = try await repository.budget(year: 2026)
        #expect(budget.sectors["BEV"]?.commitments[10] == Money(kroner: 22_500))
        #expect(budget.sectors["BEV"]?.budget == Money(kroner: 12_000_000))
        #expect(budget.sectors["BEV"]?.actual[9] == Money(kroner: 1_000_000))
        #expect(budget.lastPostedMonth == 10)
    }

    @Test("A refused command changes nothing and writes no audit event")
    func refused() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let repository = test.repository
        for (user, decision) in [
            (TestDatabase.reader, Decision(kind: .approve, split: .single("BEV"))),
            (TestDatabase.economist, Decision(kind: .approve, split: .single("BEV"))),
            (TestDatabase.chair, Decision(kind: .reject, split: .single("BEV"))),
            (TestDatabase.chair, Decision(kind: .approve, split: .single("XYZ"))),
        ] {
            await #expect(throws: (any Error).self) {
                try await repository.decide("IND-1", expectedVersion: 1, decision: decision, context: try TestDatabase.context(user))
            }
        }
        #expect(try Self.auditCount(test) == 0)
        #expect(try await repository.request("IND-1").status == .onAgenda)
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty)
    }

    @Test("Undo restores the status, removes the commitments and is itself audited")
    func undo() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let repository = test.repository
        let context = try TestDatabase.context(TestDatabase.chair)
        let deferred = try await repository.decide("IND-1", expectedVersion: 1,
                                                   decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler pris"), context: context)
        let approved = try await repository.decide("IND-1", expectedVersion: deferred.version,
                                                   decision: Decision(kind: .approve, split: .single("BEV")), context: context)
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty == false)
        let restored = try await repository.undoDecision("IND-1", expectedVersion: approved.version, context: context)
        #expect(restored.status == .deferred)
        #expect(restored.decision?.decision.note == "Mangler pris")
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty)
        #expect(try await repository.history(of: "IND-1").map(\.kind) == [.submitted, .decided, .decided, .undone])
        #expect(try await test.database.auditEvents(AuditFilter()).map(\.action) == ["request.undo", "request.approve", "request.defer"])
    }

    @Test("Changing a split keeps earlier months and is audited")
    func changeSplit() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let repository = test.repository
        let context = try TestDatabase.context(TestDatabase.chair)
        let approved = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                   context: context)
        let changed = try await repository.changeSplit("IND-1", expectedVersion: approved.version,
                                                       split: try PaymentSplit(parsing: "BEV=1,VOK=1"),
                                                       from: try Month(year: 2027, month: 1), context: context)
        #expect(changed.currentSplit.shareList == "BEV=1,VOK=1")
        let schedule = try await repository.commitments(of: "IND-1")
        #expect(schedule.total(for: "BEV") == Money(kroner: 75_000 + 18_750 * 5))
        #expect(schedule.total(for: "VOK") == Money(kroner: 18_750 * 5))
        #expect(try await test.database.auditEvents(AuditFilter(action: "request.split")).count == 1)
        // A second change from March keeps January and February on the first change's split.
        _ = try await repository.changeSplit("IND-1", expectedVersion: changed.version, split: .single("BEV"),
                                             from: try Month(year: 2027, month: 3), context: context)
        let twice = try await repository.commitments(of: "IND-1")
        #expect(twice.total(for: "BEV") == Money(kroner: 75_000 + 18_750 * 2 + 37_500 * 3))
        #expect(twice.total(for: "VOK") == Money(kroner: 18_750 * 2))
        #expect(twice.total == Money(kroner: 37_500 * 7))
    }

    @Test("Allocating and ending a place; the place becomes a commitment")
    func places() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let repository = test.repository
        let context = try TestDatabase.context(TestDatabase.chiefVOK)
        let entry = try #require(try await repository.waitingList("BO-1").first)
        let offer = try await repository.allocatePlace("BO-1", entry: entry.id, expectedVersion: 1,
                                                       start: try Day(year: 2026, month: 12, day: 1), context: context)
        #expect(offer.occupied == 10)
        #expect(offer.occupiedByCrossSector == 1)
        #expect(try await repository.waitingList("BO-1").isEmpty)
        #expect(try await repository.budget(year: 2026).sectors["VOK"]?.commitments[11] == Money(kroner: 45_000))
        await #expect(throws: RepositoryError.conflict(by: "Vera Voksen", at: context.at)) {
            try await repository.endPlace("BO-1", crossSector: false, expectedVersion: 1, context: context)
        }
        let ended = try await repository.endPlace("BO-1", crossSector: false, expectedVersion: offer.version, context: context)
        #expect(ended.occupied == 9)
        #expect(try await test.database.auditEvents(AuditFilter()).map(\.action) == ["offer.end_place", "offer.allocate"])
    }

    @Test("Forecasts, deviation notes and users, each audited")
    func economyAndUsers() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let repository = test.repository
        let october = try Month(year: 2026, month: 10)
        try await repository.setForecast("BEV", month: october, forecast: ManualForecast(amount: Money(kroner: 11_000_000), note: "Aftale"),
                                         context: try TestDatabase.context(TestDatabase.economist))
        #expect(try await repository.budget(year: 2026).sectors["BEV"]?.manualForecasts[10]?.amount == Money(kroner: 11_000_000))
        await #expect(throws: RepositoryError.denied(Strings.onlyEconomistSetsForecast)) {
            try await repository.setForecast("BEV", month: october, forecast: nil, context: try TestDatabase.context(TestDatabase.chiefBEV))
        }
        let note = DeviationNote(sector: "BEV", month: october, explanation: "Flere forløb", actionPlan: "Strammere visitation", owner: "Bo")
        let stored = try await repository.writeDeviationNote(note, context: try TestDatabase.context(TestDatabase.chiefBEV))
        #expect(stored.version == 1)
        #expect(try await repository.deviationNotes(year: 2026) == [stored])
        await #expect(throws: RepositoryError.conflict(by: "Bo Beskæftigelse", at: stored.at)) {
            try await repository.writeDeviationNote(note, context: try TestDatabase.context(TestDatabase.economist))
        }
        let admin = try TestDatabase.context(TestDatabase.admin)
        try await repository.addUser(User(login: "ny", name: "Ny Bruger", roles: [.leader], sector: "VOK"), context: admin)
        #expect(try await repository.user(login: "ny")?.roles == [.leader])
        await #expect(throws: RepositoryError.unknownSector("XYZ")) {
            try await repository.addUser(User(login: "x", name: "X", roles: [.leader], sector: "XYZ"), context: admin)
        }
        try await repository.removeUser(login: "ny", context: admin)
        #expect(try await repository.user(login: "ny") == nil)
        #expect(try await test.database.auditEvents(AuditFilter()).map(\.action)
                == ["user.remove", "user.add", "deviation.note", "forecast.set"])
    }
}
