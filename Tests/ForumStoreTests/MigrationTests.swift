import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("Migrations")
struct MigrationTests {
    @Test("An empty file is migrated to the current schema, and reopening it is harmless")
    func fromEmpty() throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let applied = try test.database.pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Schema.knownMigrations))
        let reopened = try ForumDatabase(path: test.path)
        #expect(try reopened.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grant_request") } == 2)
    }

    @Test("chefforum migrate copies every table of the schema: a table added by a migration must be named there")
    func migrateCopiesEveryTable() throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let tables = try test.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """)
        }
        #expect(Set(tables) == Set(StoreTables.inDependencyOrder))
        #expect(StoreTables.inDependencyOrder.count == Set(StoreTables.inDependencyOrder).count)
    }

    @Test("A file from before the first migration (an older version) is migrated")
    func olderFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-old-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE scratch (x INTEGER)") }
        try queue.close()
        let database = try ForumDatabase(path: path)
        #expect(try database.pool.read { db in try db.tableExists("audit_event") && db.tableExists("scratch") })
    }

    @Test("v4-capacity: typed occupancy counts go; a placement made before gets its offer's tariff and sector as payer")
    func capacity() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-v3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("v3.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v3-periodisation")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO sector (code, name) VALUES ('VOK', 'Voksne');
                INSERT INTO offer (id, name, sector_code, unit, capacity, occupied, occupied_cross_sector, cross_sector_quota,
                                   base_tariff_ore, service_tariff_ore, special_tariff_ore, provider)
                VALUES ('BO-1', 'Skovly', 'VOK', 'places', 10, 9, 1, 2, 4000000, 500000, 0, 'internal');
                INSERT INTO person (id, pseudonym, case_id) VALUES (1, x'AB', 'P-ABABABABAB');
                INSERT INTO placement (offer_id, person_id, cross_sector, start_day) VALUES ('BO-1', 1, 1, '2026-12-01');
                """)
        }
        try queue.close()
        let database = try ForumDatabase(path: path)
        let columns = try await database.pool.read { db in try db.columns(in: "offer").map(\.name) }
        #expect(!columns.contains("occupied"))
        let offer = try #require(try await SQLiteRepository(database: database).offers().first)
        #expect(offer.crossSectorQuota == 2)
        #expect(offer.placements == [
            Placement(id: 1, offer: "BO-1", caseID: "P-ABABABABAB", from: try Day(year: 2026, month: 12, day: 1),
                      tariff: Tariff(base: Money(kroner: 40_000), service: Money(kroner: 5_000)), payer: .single("VOK"),
                      crossSector: true),
        ])
    }

    @Test("v6-meeting: a v5 file gains the meeting tables, and the database itself holds one meeting open at a time")
    func meeting() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-v5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("v5.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v5-budget")
        try queue.close()
        let database = try ForumDatabase(path: path)
        try await database.pool.write { db in
            #expect(try db.columns(in: "decision").map(\.name).contains("reopened_at"))
            for table in ["meeting", "meeting_participant", "meeting_item", "agenda_plan", "free_item"] {
                #expect(try db.tableExists(table), "\(table)")
            }
            try db.execute(sql: """
                INSERT INTO meeting (id, date, status, opened_by, opened_at) VALUES ('M-2026-11-25', '2026-11-25', 'open', 'formand', 0)
                """)
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: """
                    INSERT INTO meeting (id, date, status, opened_by, opened_at) VALUES ('M-2026-12-09', '2026-12-09', 'open', 'formand', 0)
                    """)
            }
        }
    }

    @Test("A file written by a newer version is refused with a clear message")
    func newerFile() throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try test.database.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(path: test.path, migrations: ["v99-from-the-future"])) {
            try ForumDatabase(path: test.path)
        }
        let message = StoreError.newerSchema(path: test.path, migrations: ["v99-from-the-future"]).phrase.danish
        #expect(message.contains("nyere udgave"))
    }

    @Test("A database without settings says how to set it up")
    func notInitialised() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/empty.sqlite").path
        let repository = SQLiteRepository(database: try ForumDatabase(path: path))
        await #expect(throws: StoreError.notInitialised(path: path)) { try await repository.settings() }
    }
}
