import ForumCore
import Foundation
import GRDB
@testable import ForumSQLite
@testable import ForumStore

/// An empty forum database in a temporary directory, and helpers to import into it and to see
/// everything it holds.
struct ImportDatabase {
    let directory = TemporaryDirectory()
    let database: ForumDatabase

    static let economist = User(login: "okonom", name: "Søren Ågård", roles: [.economist])

    init() throws {
        database = try ForumDatabase(path: directory.path + "/forum.sqlite")
    }

    var context: CommandContext {
        CommandContext(user: Self.economist, at: Timestamp(secondsSinceEpoch: 1_790_000_000),
                       today: Day(daysSinceEpoch: 1_790_000_000 / 86_400))
    }

    @discardableResult
    func importFile(_ kind: ImportKind, _ source: ImportSource, options: ImportOptions = ImportOptions(),
                    as user: User = ImportDatabase.economist) async throws -> ImportReport {
        var context = context
        context.user = user
        return try await database.importFile(kind, from: source, key: testKey, options: options, context: context)
    }

    /// The organisation of `data/examples`: sectors, sub-areas, laws, users and offers.
    func importOrganisation() async throws {
        for (kind, file) in [(ImportKind.sectors, "sectors.csv"), (.subareas, "subareas.csv"), (.laws, "laws.csv"),
                             (.users, "users.csv"), (.offers, "offers.csv")] {
            try await importFile(kind, TestFiles.example(file))
        }
    }

    /// Every row of every table, as text, in a fixed order: equal snapshots mean an unchanged database.
    func snapshot() async throws -> [String] {
        try await database.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var lines: [String] = []
            for table in tables {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table): \($0.description)" }.sorted()
            }
            return lines
        }
    }

    /// One query whose answer is every row of every table, concatenated by SQLite itself: what
    /// `snapshot` compares, in storage order and much faster, for a test that compares thousands
    /// of times (the import fuzzer). A table rewritten in another order differs here, not there.
    func fingerprintQuery() async throws -> String {
        try await database.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            return try "SELECT " + tables.map { table in
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
                return "'\(table): ' || ifnull((SELECT group_concat(\(row), char(10)) FROM \"\(table)\"), '')"
            }.joined(separator: " || char(10) || ")
        }
    }

    func fingerprint(_ query: String) async throws -> String {
        try await database.read { db in try String.fetchOne(db, sql: query) ?? "" }
    }

    func count(_ table: String) async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    /// Monthly actual spend per sub-area code and month, from `monthly_actual`.
    func monthlyActual() async throws -> [String: Int64] {
        try await database.read { db in
            var result: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.code, m.year, m.month, m.amount_ore FROM monthly_actual m JOIN sub_area s ON s.id = m.sub_area_id
                """) {
                result["\(row["code"] as String) \(row["year"] as Int)-\(row["month"] as Int)"] = row["amount_ore"]
            }
            return result
        }
    }
}
