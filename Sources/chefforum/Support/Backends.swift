import ForumCore
import ForumPostgres
import ForumSQLite
import ForumStore
import Foundation

/// Which backend serves a location: the only file of the executable that knows a concrete one.
enum Backends {
    /// Opens the store at `location`. Unless `create` is set, a missing file is an error rather
    /// than a silently created empty database (a server's database is never created here: its
    /// administrator creates it, and opening creates the tables).
    static func open(_ location: BackendLocation, create: Bool) async throws -> any ForumBackend {
        switch location {
        case .sqlite(let path):
            if !create && !FileManager.default.fileExists(atPath: path) { throw CommandError.noDatabase(path) }
            return try SQLiteBackend(path: path)
        case .postgres(let url):
            return try await PostgresBackend.open(url: url)
        }
    }

    /// A fresh store for the demo at `location`, replacing an earlier demo there and never
    /// another database.
    static func freshDemo(at location: BackendLocation, force: Bool) async throws -> any ForumBackend {
        switch location {
        case .sqlite(let path): return try SQLiteBackend.freshDemo(at: path, force: force)
        case .postgres(let url): return try await PostgresBackend.freshDemo(url: url, force: force)
        }
    }

    /// A consistent copy of the SQLite database at `location` in the new file `path`, taken while
    /// consoles stay open; a server's database is copied with its own tools.
    static func backup(_ location: BackendLocation, to path: String) async throws {
        switch location {
        case .sqlite(let database):
            guard FileManager.default.fileExists(atPath: database) else { throw CommandError.noDatabase(database) }
            try SQLiteBackend.backup(database: database, to: path)
        case .postgres:
            throw CommandError.failed(Strings.backupUsePgDump(location.description))
        }
    }

    /// Puts the copy at `copy` into the SQLite database at `location` once `accept` approves its check.
    static func restore(from copy: String, to location: BackendLocation,
                        accept: (AuditVerification) throws -> Void) async throws {
        switch location {
        case .sqlite(let database):
            try await SQLiteBackend.restore(from: copy, to: database, accept: accept)
        case .postgres:
            throw CommandError.failed(Strings.restoreUsePgRestore(location.description))
        }
    }
}
