import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// The version check lives in the write itself, not only in the read before it: a writer that
/// slips in between the two (simulated by a trigger that fires inside the command's own
/// transaction, after its check) still makes the command a conflict naming who changed the row.
@Suite("Writes check the version they read")
struct WriteConflictTests {
    static let mallory = User(login: "mallory", name: "Mallory Mellemmand", roles: [.chair])
    static let malloryAt = Timestamp(secondsSinceEpoch: 1_795_000_500)

    @Test("A request changed between the check and the write is a conflict naming who changed it; nothing is kept")
    func request() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        try await test.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER mallory AFTER INSERT ON decision BEGIN
                    UPDATE grant_request SET version = version + 1, changed_by = 'Mallory Mellemmand', changed_at = 1795000500
                    WHERE id = NEW.request_id;
                END
                """)
        }
        await #expect(throws: RepositoryError.conflict(by: Self.mallory.name, at: Self.malloryAt)) {
            try await test.repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                             context: try TestDatabase.context(TestDatabase.chiefBEV))
        }
        let request = try await test.repository.request("IND-1")
        #expect(request.status == .onAgenda)
        #expect(request.version == 1)
        #expect(try await test.database.auditEvents(AuditFilter()).map(\.action) == ["meeting.open"])
    }

    @Test("An offer changed between the check and the write is a conflict naming who changed it")
    func offer() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER mallory AFTER DELETE ON waiting_entry BEGIN
                    UPDATE offer SET version = version + 1, changed_by = 'Mallory Mellemmand', changed_at = 1795000500
                    WHERE id = OLD.offer_id;
                END
                """)
        }
        let entry = try #require(try await test.repository.waitingList("BO-1").first)
        await #expect(throws: RepositoryError.conflict(by: Self.mallory.name, at: Self.malloryAt)) {
            try await test.repository.allocatePlace("BO-1", entry: entry.id, expectedVersion: 1,
                                                    terms: .init(from: try Day(year: 2026, month: 12, day: 1)),
                                                    context: try TestDatabase.context(TestDatabase.chiefVOK))
        }
        #expect(try await test.repository.waitingList("BO-1").count == 1)
    }

    @Test("A first deviation note written by another in between is a conflict naming them")
    func firstNote() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER mallory BEFORE INSERT ON deviation_note WHEN NEW.author <> 'Mallory Mellemmand' BEGIN
                    INSERT INTO deviation_note (sector_code, year, month, explanation, action_plan, owner, author, at, version)
                    VALUES (NEW.sector_code, NEW.year, NEW.month, 'Hendes', '', '', 'Mallory Mellemmand', 1795000500, 1);
                END
                """)
        }
        let note = DeviationNote(sector: "BEV", month: try Month(year: 2026, month: 10), explanation: "Flere forløb",
                                 actionPlan: "Strammere visitation", owner: "Bo")
        await #expect(throws: RepositoryError.conflict(by: Self.mallory.name, at: Self.malloryAt)) {
            try await test.repository.writeDeviationNote(note, context: try TestDatabase.context(TestDatabase.chiefBEV))
        }
        #expect(try await test.repository.deviationNotes(year: 2026).isEmpty)
    }

    @Test("An audit head moved by another writer is a conflict naming who wrote the event it points to")
    func auditHead() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        _ = try await test.repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                             context: try TestDatabase.context(TestDatabase.chiefBEV))
        // Another writer appends event 4 and moves the head while this command appends event 3.
        try await test.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER mallory AFTER INSERT ON audit_event WHEN NEW.seq = 3 BEGIN
                    INSERT INTO audit_event (seq, at, actor_login, actor_roles, action, entity, previous_hash, hash)
                    VALUES (4, 1795000500, 'mallory', 'chair', 'request.approve', 'request:IND-2', NEW.hash, 'x');
                    UPDATE audit_head SET seq = 4, hash = 'x' WHERE id = 1;
                END
                """)
        }
        await #expect(throws: RepositoryError.conflict(by: "mallory", at: Self.malloryAt)) {
            try await test.repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                             context: try TestDatabase.context(TestDatabase.chiefBEV))
        }
        #expect(try await test.database.verifyAudit() == .intact(events: 2))
    }

    @Test("A decision keeps the id its INSERT gave it")
    func decisionID() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        let context = try TestDatabase.context(TestDatabase.chiefBEV)
        let first = try await test.repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                     context: context)
        let second = try await test.repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                                      context: context)
        let ids = try #require(first.decision?.id).description + "," + (try #require(second.decision?.id)).description
        let stored = try await test.database.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM decision ORDER BY id").map(String.init).joined(separator: ",")
        }
        #expect(ids == stored)
    }
}
