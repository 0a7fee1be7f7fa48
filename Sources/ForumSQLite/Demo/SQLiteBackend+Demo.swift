import Foundation
import ForumCore
import ForumStore
import GRDB

extension SQLiteBackend {
    /// A fresh database for the demo at `path`: an earlier demo there (or an empty database) is
    /// deleted first; anything else is refused, so that `chefforum demo --db` can never
    /// overwrite a real database.
    public static func freshDemo(at path: String, force: Bool = false) throws -> SQLiteBackend {
        try removeEarlierDemo(at: path, force: force)
        return try SQLiteBackend(path: path)
    }

    public func beginDemo(_ settings: ForumSettings, context: CommandContext) async throws {
        let path = database.path
        try await database.write { db in
            try StoreWriters.saveSettings(db, settings, isDemo: true)
            try AuditLog.append(db, actor: context.user, at: context.at, action: "demo.create", entity: "database:\(path)")
        }
    }

    public func installDemoChair(_ user: User, context: CommandContext) async throws {
        try await database.write { db in
            let existing = try SQLiteRepository.user(db, login: user.login)
            let chair = User(login: user.login, name: existing?.name ?? user.name, roles: user.roles.union(existing?.roles ?? []),
                             sector: existing?.sector)
            try db.execute(sql: "DELETE FROM app_user WHERE login = ?", arguments: [user.login])
            try StoreWriters.insertUser(db, chair)
            try AuditLog.append(db, actor: context.user, at: context.at, action: "user.add", entity: "user:\(user.login)",
                                before: existing.map(UserAuditState.init), after: UserAuditState(chair))
        }
    }

    static func removeEarlierDemo(at path: String, force: Bool) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var configuration = Configuration()
        configuration.readonly = true
        let replaceable: Bool
        var changes = 0
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            (replaceable, changes) = try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if tables == 0 { return (true, 0) }
                guard try db.tableExists("settings") else { return (false, 0) }
                let isDemo = try Bool.fetchOne(db, sql: "SELECT is_demo FROM settings WHERE id = 1") ?? false
                let actions = try String.fetchAll(db, sql: """
                    SELECT action FROM audit_event
                    WHERE seq > (SELECT IFNULL(MAX(seq), 0) FROM audit_event WHERE action = 'import.postings') ORDER BY seq
                    """)
                return (isDemo, DemoChanges.count(actionsAfterLastPostingsImport: actions))
            }
            try queue.close()
        } catch {
            throw StoreError.notADemoDatabase(path: path)
        }
        guard replaceable else { throw StoreError.notADemoDatabase(path: path) }
        guard changes == 0 || force else { throw StoreError.demoChanged(path: path, events: changes) }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.removeItem(atPath: path + suffix)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
            }
        }
    }
}
