import Foundation
import ForumCore
import ForumStore
import GRDB

/// The forum's SQLite database: one file, many terminals on one host.
///
/// Opened as a GRDB `DatabasePool` (WAL, so readers never block the writer), with foreign
/// keys on and a busy timeout so that concurrent terminals wait for each other instead of
/// failing. Opening migrates an older file to the current schema and refuses a file written
/// by a newer version of Chefforum.
final class ForumDatabase: Sendable {
    let path: String
    let pool: DatabasePool
    /// One connection of its own for `PRAGMA data_version`: the value is per connection, so the
    /// pool's readers (any of several) could not be compared from one poll to the next.
    private let watcher: DatabaseQueue

    /// Opens (creating if needed) and migrates the database at `path`.
    init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
            }
        }
        try Self.createPrivately(path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "chefforum"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
        var watching = Configuration()
        watching.readonly = true
        watching.busyMode = .timeout(10)
        do {
            watcher = try DatabaseQueue(path: path, configuration: watching)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
        try migrate()
    }

    /// Creates a new database file readable by its owner only (0600), or by the folder's group
    /// too (0660) when the folder is setgid to a group as docs/deployment.md sets it up — whatever
    /// the umask. SQLite gives the `-wal` and `-shm` files the database file's mode, so they
    /// follow. An existing file keeps the mode it has.
    static func createPrivately(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        var folder = stat()
        let shared = stat(directory.isEmpty ? "." : directory, &folder) == 0 && (folder.st_mode & S_ISGID) != 0
        let mode: mode_t = shared ? 0o660 : 0o600
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        // The umask may have taken bits the mode asked for (a 0o027 umask takes the group's write).
        guard fchmod(descriptor, mode) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private func migrate() throws {
        let migrator = Schema.migrator
        let unknown = try pool.read { db -> [String] in
            guard try db.tableExists("grdb_migrations") else { return [] }
            let known = Set(Schema.knownMigrations)
            return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, migrations: unknown) }
        do {
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// Runs `body` in one write transaction: either everything it does is committed, or nothing.
    ///
    /// GRDB begins a pool's writes with `BEGIN IMMEDIATE`, taking SQLite's write lock at the
    /// start: a command's re-read and its write then see the same state, and a second terminal
    /// waits (busy timeout) rather than failing when a read transaction cannot become a write.
    /// The writes check versions themselves all the same (`UPDATE … WHERE version = ?`, the
    /// audit head `WHERE seq = ?`), so that no rule depends on there being one writer: the
    /// lock is how SQLite keeps conflicts rare, the checks are what keeps them correct.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.write(body)
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.read(body)
    }

    /// SQLite's `data_version` on the watching connection: changes whenever any other connection
    /// (this process's pool or another terminal) commits. Cheap to poll.
    func dataVersion() async throws -> Int64 {
        try await watcher.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
