import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("audit verify cross-checks the stored rows against each entity's last event")
struct AuditStateTests {
    /// A database where a meeting was opened, in it a request approved (with commitments) and
    /// another referred, a user added and deviation notes written for a sector and one of its
    /// sub-areas: six events, each entity's row as its last event left it.
    static func recordedDatabase() async throws -> TestDatabase {
        let test = try TestDatabase()
        try await test.openMeeting()
        let repository = test.repository
        let chair = try TestDatabase.context(TestDatabase.chair)
        _ = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                        context: chair)
        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .refer, split: .single("BEV")),
                                        context: chair)
        try await repository.addUser(User(login: "ny", name: "Ny", roles: [.reader]), context: try TestDatabase.context(TestDatabase.admin))
        let note = DeviationNote(sector: "BEV", month: try Month(year: 2026, month: 10), explanation: "Flere forløb",
                                 actionPlan: "Strammere visitation", owner: "Bo")
        _ = try await repository.writeDeviationNote(note, context: try TestDatabase.context(TestDatabase.chiefBEV))
        var mentor = note
        mentor.subArea = "5.68.90"
        _ = try await repository.writeDeviationNote(mentor, context: try TestDatabase.context(TestDatabase.chiefBEV))
        return test
    }

    @Test("Rows as the trail left them verify, commitments included")
    func untouched() async throws {
        let test = try await Self.recordedDatabase()
        defer { test.remove() }
        #expect(try await test.database.verifyAudit() == .intact(events: 6))
        #expect(try await test.repository.commitments(of: "IND-1").sectors == ["BEV"])
    }

    @Test("A row edited with raw SQL is reported by table, key and field", arguments: [
        ("UPDATE grant_request SET status = 'rejected' WHERE id = 'IND-2'", 3, "grant_request IND-2", ["status"]),
        ("UPDATE decision SET kind = 'approve' WHERE request_id = 'IND-2'", 3, "grant_request IND-2", ["decision"]),
        ("UPDATE decision SET split = 'BEV=1,VOK=1' WHERE request_id = 'IND-1'", 2, "grant_request IND-1", ["split"]),
        ("UPDATE commitment SET amount_ore = amount_ore + 100 WHERE id = (SELECT min(id) FROM commitment WHERE request_id = 'IND-1')",
         2, "grant_request IND-1", ["commitmentsBySector"]),
        ("DELETE FROM commitment WHERE request_id = 'IND-1'", 2, "grant_request IND-1", ["commitmentsBySector"]),
        ("UPDATE app_user SET roles = 'administrator' WHERE login = 'ny'", 4, "app_user ny", ["roles"]),
        ("UPDATE deviation_note SET action_plan = 'Ingen' WHERE sub_area_code IS NULL", 5, "deviation_note BEV/2026-10", ["actionPlan"]),
        ("UPDATE deviation_note SET owner = 'Ingen' WHERE sub_area_code = '5.68.90'", 6, "deviation_note BEV/5.68.90/2026-10", ["owner"]),
    ] as [(String, Int64, String, [String])])
    func edited(sql: String, seq: Int64, row: String, fields: [String]) async throws {
        let test = try await Self.recordedDatabase()
        defer { test.remove() }
        try await test.database.write { db in try db.execute(sql: sql) }
        #expect(try await test.database.verifyAudit() == .broken(seq: seq, reason: Strings.auditStateDiffers(row, fields: fields)))
    }

    @Test("A recorded row deleted, or a removed one put back, is reported")
    func deletedAndInserted() async throws {
        let deleted = try await Self.recordedDatabase()
        defer { deleted.remove() }
        try await deleted.database.write { db in try db.execute(sql: "DELETE FROM app_user WHERE login = 'ny'") }
        #expect(try await deleted.database.verifyAudit() == .broken(seq: 4, reason: Strings.auditStateMissingRow("app_user ny")))

        let inserted = try await Self.recordedDatabase()
        defer { inserted.remove() }
        try await inserted.repository.removeUser(login: "ny", context: try TestDatabase.context(TestDatabase.admin))
        try await inserted.database.write { db in
            try db.execute(sql: "INSERT INTO app_user (login, name, roles) VALUES ('ny', 'Ny', 'administrator')")
        }
        #expect(try await inserted.database.verifyAudit() == .broken(seq: 7, reason: Strings.auditStateUnexpectedRow("app_user ny")))
    }

    @Test("Settings and users as an import wrote them are checked too; a later command's event takes over")
    func imported() async throws {
        let store = try ImportDatabase()
        let administrator = User(login: "admin", name: "Admin", roles: [.administrator])
        for (kind, file) in [(ImportKind.settings, "settings.csv"), (.sectors, "sectors.csv"), (.users, "users.csv")] {
            try await store.importFile(kind, ImportSource(path: DemoFile.directory.appendingPathComponent(file).path, name: file),
                                       as: administrator)
        }
        #expect(try await store.database.verifyAudit() == .intact(events: 3))

        try await store.database.write { db in try db.execute(sql: "UPDATE app_user SET roles = 'administrator' WHERE login = 'hbirk'") }
        #expect(try await store.database.verifyAudit() == .broken(seq: 3, reason: Strings.auditStateDiffers("app_user hbirk", fields: ["roles"])))
        try await SQLiteRepository(database: store.database).removeUser(login: "hbirk", context: try TestDatabase.context(administrator))
        #expect(try await store.database.verifyAudit() == .intact(events: 4))

        try await store.database.write { db in try db.execute(sql: "UPDATE import_batch SET lines = lines + 1 WHERE kind = 'sectors'") }
        let batch = try await store.database.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM import_batch WHERE kind = 'sectors'") }
        #expect(try await store.database.verifyAudit()
                == .broken(seq: 2, reason: Strings.auditStateDiffers("import_batch \(try #require(batch))", fields: ["lines"])))

        try await store.database.write { db in try db.execute(sql: "UPDATE settings SET budget_year = 2025") }
        #expect(try await store.database.verifyAudit() == .broken(seq: 1, reason: Strings.auditStateDiffers("settings 1", fields: ["budgetYear"])))
    }

    @Test("A manual forecast edited with SQL is reported")
    func forecast() async throws {
        let (database, remove) = try await Self.contractDatabase()
        defer { remove() }
        let october = ContractMunicipality.month(2026, 10)
        _ = try await SQLiteRepository(database: database).setForecast(
            "BEV", month: october, forecast: ManualForecast(amount: Money(kroner: 11_000_000), note: "Aftale"), expectedVersion: 0,
            context: ContractSubject.context(ContractMunicipality.economist))
        #expect(try await database.verifyAudit() == .intact(events: 1))
        try await database.write { db in try db.execute(sql: "UPDATE manual_forecast SET amount_ore = 0") }
        #expect(try await database.verifyAudit()
                == .broken(seq: 1, reason: Strings.auditStateDiffers("manual_forecast BEV/2026-10", fields: ["amountOre"])))
    }

    /// The contract municipality in a fresh SQLite file, and how to remove it.
    static func contractDatabase() async throws -> (ForumDatabase, remove: () -> Void) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try ForumDatabase(path: directory.appendingPathComponent("forum.sqlite").path)
        try await database.pool.write(SQLiteMunicipality.write)
        return (database, { try? FileManager.default.removeItem(at: directory) })
    }

    @Test("An offer's quota and a placement edited with SQL are reported, naming the row")
    func offer() async throws {
        let (database, remove) = try await Self.contractDatabase()
        defer { remove() }
        let repository = SQLiteRepository(database: database)
        let leader = ContractSubject.context(ContractMunicipality.leaderVOK)
        let offer = try await repository.allocatePlace("BO-1", entry: 2, expectedVersion: 1,
                                                       terms: .init(from: ContractMunicipality.day(2026, 12, 1)), context: leader)
        let placement = try #require(offer.placements.last)
        _ = try await repository.setQuota("BO-1", quota: 2, expectedVersion: offer.version, context: leader)
        #expect(try await database.verifyAudit() == .intact(events: 2))

        try await database.write { db in try db.execute(sql: "UPDATE placement SET end_day = '2026-12-31' WHERE id = ?", arguments: [placement.id]) }
        #expect(try await database.verifyAudit()
                == .broken(seq: 1, reason: Strings.auditStateDiffers("placement \(placement.id)", fields: ["until"])))
        try await database.write { db in try db.execute(sql: "UPDATE placement SET end_day = NULL; UPDATE offer SET cross_sector_quota = 9") }
        #expect(try await database.verifyAudit() == .broken(seq: 2, reason: Strings.auditStateDiffers("offer BO-1", fields: ["quota"])))
    }

    @Test("A meeting's items as marked and postponed verify; an item's state or the status edited with SQL is reported")
    func meeting() async throws {
        let (database, remove) = try await Self.contractDatabase()
        defer { remove() }
        let repository = SQLiteRepository(database: database)
        let chair = ContractSubject.context(ContractMunicipality.chair)
        let free = try await repository.addFreeItem(title: "Efterværn", text: "Principper", context: chair)
        let meeting = try await ContractMeetingTests.open(repository)
        _ = try await repository.markItem(meeting.id, key: .request("IND-1"), state: .done, context: chair)
        _ = try await repository.postpone(.free(free.id), draft: AgendaDraft(date: meeting.date, entries: [], putOff: []), context: chair)
        #expect(try await database.verifyAudit() == .intact(events: 4))

        try await database.write { db in
            try db.execute(sql: "UPDATE meeting_item SET state = 'pending' WHERE meeting_id = ? AND state = 'postponed'",
                           arguments: [meeting.id.rawValue])
        }
        #expect(try await database.verifyAudit()
                == .broken(seq: 4, reason: Strings.auditStateDiffers("meeting \(meeting.id)", fields: ["items"])))
        try await database.write { db in try db.execute(sql: "UPDATE meeting SET status = 'closed'") }
        #expect(try await database.verifyAudit()
                == .broken(seq: 4, reason: Strings.auditStateDiffers("meeting \(meeting.id)", fields: ["items", "status"])))
    }
}
