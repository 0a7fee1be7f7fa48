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
}
