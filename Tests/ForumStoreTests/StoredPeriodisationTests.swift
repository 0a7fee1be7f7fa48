import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// The settings' periodisation and the budgets' profiles go into SQLite and come back; a value
/// this build cannot read is corruption, never quietly 1/12 a month.
@Suite("Periodisation and budget profiles in SQLite")
struct StoredPeriodisationTests {
    static let weights: [Int64] = [500, 500, 1_000, 1_000, 1_000, 1_000, 500, 1_000, 1_000, 1_000, 1_000, 500]

    @Test("The settings import stores the periodisation; the budgets import the profile; both are read back")
    func imported() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let settings = store.directory.file("settings.csv", """
            kommune;budgetår;kompetenceregel;periodisering
            Skovby Kommune;2026;assens;5/5/10/10/10/10/5/10/10/10/10/5
            """)
        try await store.importFile(.settings, ImportSource(path: settings))
        let repository = SQLiteRepository(database: store.database)
        #expect(try await repository.settings().periodisation == .profile(Self.weights))
        let budgets = store.directory.file("budgets.csv", """
            år;sektor;delområde;korrigeret budget;profil
            2026;VOK;5.38.52;1.200.000;1/1/1/1/1/1/1/1/1/1/1/1
            2026;BEV;5.68.90;1.000.000;
            """)
        try await store.importFile(.budgets, ImportSource(path: budgets))
        let budget = try await repository.budget(year: 2026)
        // 5.38.52 by its own profile, 5.68.90 by the settings' profile (10 % by February).
        #expect(budget.subAreas["5.38.52"]?.expected[1] == Money(kroner: 200_000))
        #expect(budget.subAreas["5.68.90"]?.expected[1] == Money(kroner: 100_000))
        let even = store.directory.file("even.csv", "kommune;budgetår;kompetenceregel;periodisering\nSkovby Kommune;2026;assens;jævn\n")
        try await store.importFile(.settings, ImportSource(path: even))
        #expect(try await repository.settings().periodisation == .even)
    }

    @Test("A periodisation that is neither even nor twelve weights is refused at its column")
    func badPeriodisation() async throws {
        let store = try ImportDatabase()
        let path = store.directory.file("s.csv", "kommune;budgetår;kompetenceregel;periodisering\nSkovby Kommune;2026;assens;1/2/3\n")
        let failure = await #expect(throws: ImportFailure.self) {
            try await store.importFile(.settings, ImportSource(path: path, name: "s.csv"))
        }
        #expect(failure?.phrase.danish
                == "s.csv:2:4: kolonne periodisering: profilen skal have tolv vægte adskilt af / (har 3) (fandt «1/2/3»)")
        #expect(try await store.count("settings") == 0)
    }

    @Test("Unknown stored values fail loudly as corruption", arguments: [
        ("UPDATE settings SET periodisation = 'monthly'", "settings.periodisation", "monthly"),
        ("UPDATE settings SET periodisation = '1/2/3'", "settings.periodisation", "1/2/3"),
        ("UPDATE budget SET profile = '0/0/0/0/0/0/0/0/0/0/0/0'", "budget.profile", "0/0/0/0/0/0/0/0/0/0/0/0"),
        ("UPDATE budget SET profile = 'even'", "budget.profile", "even"),
    ])
    func corruption(sql: String, column: String, value: String) async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.database.pool.write { db in try db.execute(sql: sql) }
        await #expect(throws: StoreCorruption.badValue(column: column, value: value)) {
            try await test.repository.budget(year: 2026)
        }
    }

    @Test("A database from before the periodisation was stored reads as 1/12 a month")
    func migrated() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-v2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: ImportSchema.migration)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO settings (id, municipality, budget_year, policy_json, tolerance_ore, tolerance_basis_points)
                VALUES (1, 'Gammelby', 2026, ?, 0, 200)
                """, arguments: [try AuditLog.json(CompetencePolicy.assens)])
        }
        try queue.close()
        let database = try ForumDatabase(path: path)
        let periodisation = try database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT periodisation FROM settings WHERE id = 1")
        }
        #expect(periodisation == "even")
    }
}
