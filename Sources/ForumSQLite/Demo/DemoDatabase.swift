import Foundation
import ForumCore
import ForumStore
import GRDB

/// Builds the demo municipality, Skovby Kommune, into a fresh database from the CSV files in
/// `data/skovby/` — through the same import as real files, so the demo proves the import —
/// plus the demo's finance postings from the deterministic generator.
public enum DemoDatabase {
    /// The files of `data/skovby/`, in the order their references need.
    static let files: [(ImportKind, String)] = [
        (.settings, "settings.csv"), (.sectors, "sectors.csv"), (.subareas, "subareas.csv"), (.laws, "laws.csv"),
        (.users, "users.csv"), (.budgets, "budgets.csv"), (.offers, "offers.csv"), (.waitinglist, "waitinglist.csv"),
        (.requests, "requests.csv"),
    ]

    /// What a build reports along the way: the file being imported.
    public typealias Progress = @Sendable (String) -> Void

    /// Builds the demo at `path`, replacing an earlier demo there (never another database), and
    /// makes `login` the forum's chair with every role — in the demo database only.
    ///
    /// - Parameters:
    ///   - dataDirectory: the folder holding `settings.csv` and the other demo files.
    ///   - keyPath: the pseudonymisation key file (created if missing).
    public static func build(at path: String, dataDirectory: String, keyPath: String, login: String, name: String,
                             at now: Timestamp, today: Day, progress: Progress? = nil) async throws -> ForumDatabase {
        try removeEarlierDemo(at: path)
        let database = try ForumDatabase(path: path)
        let key = try PseudonymKey.loadOrCreate(at: keyPath)
        let builder = User(login: login, name: name, roles: Set(Role.allCases).subtracting([.reader]))
        let context = CommandContext(user: builder, at: now, today: today)

        // Marked as a demo first, so that a build that is interrupted can be built again.
        try await database.write { db in
            try StoreWriters.saveSettings(db, ForumSettings(municipality: "Skovby Kommune", budgetYear: today.year, policy: .assens),
                                          isDemo: true)
            try AuditLog.append(db, actor: builder, at: now, action: "demo.create", entity: "database:\(path)")
        }
        for (kind, file) in files {
            progress?(file)
            let source = ImportSource(path: dataDirectory + "/" + file, name: "data/skovby/" + file)
            _ = try await database.importFile(kind, from: source, key: key, context: context)
        }

        progress?("postings")
        let postings = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-demo-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: postings) }
        _ = try PostingsGenerator.skovbyDemo().write(toFile: postings)
        _ = try await database.importFile(.postings, from: ImportSource(path: postings, name: "skovby-postings-2026.csv"),
                                          key: key, context: context)

        try await database.write { db in
            let existing = try SQLiteRepository.user(db, login: login)
            let chair = User(login: login, name: existing?.name ?? name, roles: builder.roles.union(existing?.roles ?? []),
                             sector: existing?.sector)
            try db.execute(sql: "DELETE FROM app_user WHERE login = ?", arguments: [login])
            try StoreWriters.insertUser(db, chair)
            try AuditLog.append(db, actor: builder, at: now, action: "user.add", entity: "user:\(login)",
                                before: existing.map(UserAuditState.init), after: UserAuditState(chair))
        }
        return database
    }

    /// Deletes the file at `path` if it is an earlier demo (or an empty database); refuses
    /// anything else, so that `chefforum demo --db` can never overwrite a real database.
    static func removeEarlierDemo(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var configuration = Configuration()
        configuration.readonly = true
        let replaceable: Bool
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            replaceable = try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if tables == 0 { return true }
                guard try db.tableExists("settings") else { return false }
                return try Bool.fetchOne(db, sql: "SELECT is_demo FROM settings WHERE id = 1") ?? false
            }
            try queue.close()
        } catch {
            throw StoreError.notADemoDatabase(path: path)
        }
        guard replaceable else { throw StoreError.notADemoDatabase(path: path) }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.removeItem(atPath: path + suffix)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
            }
        }
    }
}
