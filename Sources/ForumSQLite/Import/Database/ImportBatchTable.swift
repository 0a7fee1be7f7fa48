import ForumCore
import ForumStore
import GRDB

extension StoredImportBatch: FetchableRecord {}

/// The record of imported files: fingerprints that refuse a file imported twice, periods
/// that refuse overlapping postings, and the removal of an import that `--replace` replaces.
enum ImportBatchTable {
    /// Starts the record of an import; `finish` completes it once the rows are written.
    static func begin(_ db: Database, kind: ImportKind, fileName: String, context: CommandContext) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO import_batch (kind, file_name, fingerprint, imported_at, imported_by, lines) VALUES (?, ?, '', ?, ?, 0)
            """, arguments: [kind.rawValue, fileName, context.at.secondsSinceEpoch, context.user.login])
        return db.lastInsertedRowID
    }

    static func finish(_ db: Database, id: Int64, fingerprint: String, lines: Int, firstDay: Day? = nil, lastDay: Day? = nil,
                       postings: ClosedRange<Int64>? = nil) throws {
        try db.execute(sql: """
            UPDATE import_batch SET fingerprint = ?, lines = ?, first_day = ?, last_day = ?, first_month = ?, last_month = ?,
                first_posting = ?, last_posting = ? WHERE id = ?
            """, arguments: [fingerprint, lines, firstDay?.description, lastDay?.description,
                             firstDay?.calendarMonth.ordinal, lastDay?.calendarMonth.ordinal,
                             postings?.lowerBound, postings?.upperBound, id])
    }

    /// Earlier imports of the same kind with the same fingerprint.
    static func sameFile(_ db: Database, kind: ImportKind, fingerprint: String, except id: Int64) throws -> [ImportBatch] {
        try StoredImportBatch.fetchAll(db, sql: "SELECT * FROM import_batch WHERE kind = ? AND fingerprint = ? AND id <> ? ORDER BY id",
                                       arguments: [kind.rawValue, fingerprint, id]).map(\.batch)
    }

    /// Earlier postings imports whose months overlap `months`.
    static func overlapping(_ db: Database, months: ClosedRange<Int>, except id: Int64) throws -> [ImportBatch] {
        try StoredImportBatch.fetchAll(db, sql: """
            SELECT * FROM import_batch WHERE kind = ? AND id <> ? AND first_month <= ? AND last_month >= ? ORDER BY id
            """, arguments: [ImportKind.postings.rawValue, id, months.upperBound, months.lowerBound]).map(\.batch)
    }

    /// Removes an earlier import: for postings its raw postings, and its share of the monthly
    /// totals, which are computed back from those postings.
    static func remove(_ db: Database, _ batch: ImportBatch) throws {
        if let postings = batch.postings {
            try MonthlyTotals.subtractPostings(db, rows: postings)
            try db.execute(sql: "DELETE FROM posting WHERE rowid BETWEEN ? AND ?", arguments: [postings.lowerBound, postings.upperBound])
            try db.execute(sql: "DELETE FROM monthly_actual WHERE amount_ore = 0")
            try db.execute(sql: "DELETE FROM monthly_case WHERE amount_ore = 0")
        }
        try db.execute(sql: "DELETE FROM import_batch WHERE id = ?", arguments: [batch.id])
    }
}
