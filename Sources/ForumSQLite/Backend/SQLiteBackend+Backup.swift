import Foundation
import ForumStore
import GRDB

extension SQLiteBackend {
    /// Writes a consistent copy of the database file `database` to a new file at `path` with
    /// SQLite's online backup: it copies one snapshot while consoles keep reading and writing, and
    /// a write under way is either wholly in the copy or not at all. The copy gets the database's
    /// private mode (0600, or 0660 in a shared folder).
    ///
    /// The database is opened read-only and not migrated, so that the backup never waits for a
    /// console's write to finish (a migration takes the write lock).
    public static func backup(database: String, to path: String) throws {
        var reading = Configuration()
        reading.readonly = true
        let source: DatabaseQueue
        do {
            source = try DatabaseQueue(path: database, configuration: reading)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: database, reason: error.message ?? error.description)
        }
        try ForumDatabase.createPrivately(path)
        do {
            let copy = try DatabaseQueue(path: path)
            try source.backup(to: copy)
            try copy.close()
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// Puts the content of the copy at `copy` into the database at `path` (created if missing),
    /// but only after `accept` has approved the copy's check (SQLite's integrity check and the
    /// audit trail against the stored rows); a refused copy changes nothing.
    ///
    /// The copy is checked in a scratch file beside the database, so that the backup itself is
    /// never touched (opening brings an older copy up to the current schema). The content goes
    /// in by SQLite's backup into the open database, under its locks: consoles still open on it
    /// see the restored data on their next refresh instead of holding a replaced file.
    public static func restore(from copy: String, to path: String,
                               accept: (AuditVerification) throws -> Void) async throws {
        let folder = (path as NSString).deletingLastPathComponent
        let scratch = (folder.isEmpty ? "." : folder) + "/.chefforum-restore-\(UUID().uuidString.prefix(8)).sqlite"
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        }
        try ForumDatabase.createPrivately(scratch)
        do {
            // Written into the private file, so that the scratch copy is as private as the database.
            try Data(contentsOf: URL(fileURLWithPath: copy)).write(to: URL(fileURLWithPath: scratch))
        } catch {
            throw StoreError.cannotOpen(path: copy, reason: error.localizedDescription)
        }
        let candidate: SQLiteBackend
        do {
            candidate = try SQLiteBackend(path: scratch)
        } catch StoreError.cannotOpen(_, let reason) {
            throw StoreError.cannotOpen(path: copy, reason: reason)
        }
        try accept(try await candidate.verifyAudit())
        try ForumDatabase.createPrivately(path)
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let target = try DatabaseQueue(path: path, configuration: configuration)
            try candidate.database.pool.backup(to: target)
            try target.close()
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }
}
