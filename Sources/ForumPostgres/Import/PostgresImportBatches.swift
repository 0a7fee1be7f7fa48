import ForumCore
import ForumStore
import PostgresNIO

/// The record of imported files on PostgreSQL (as ForumSQLite's `ImportBatchTable`): a batch's
/// postings carry its id, which is how they are found again.
enum PostgresImportBatches {
    static func begin(_ connection: PostgresConnection, kind: ImportKind, fileName: String,
                      context: CommandContext) async throws -> Int64 {
        try await connection.value(Int64.self, """
            INSERT INTO import_batch (kind, file_name, fingerprint, imported_at, imported_by, lines)
            VALUES (\(kind.rawValue), \(fileName), '', \(context.at.secondsSinceEpoch), \(context.user.login), 0)
            RETURNING id
            """) ?? 0
    }

    static func finish(_ connection: PostgresConnection, id: Int64, fingerprint: String, lines: Int, firstDay: Day? = nil,
                       lastDay: Day? = nil) async throws {
        try await connection.execute("""
            UPDATE import_batch SET fingerprint = \(fingerprint), lines = \(lines), first_day = \(firstDay?.description),
                last_day = \(lastDay?.description), first_month = \(firstDay?.calendarMonth.ordinal),
                last_month = \(lastDay?.calendarMonth.ordinal)
            WHERE id = \(id)
            """)
    }

    /// Earlier imports of the same kind with the same fingerprint.
    static func sameFile(_ connection: PostgresConnection, kind: ImportKind, fingerprint: String,
                         except id: Int64) async throws -> [ImportBatch] {
        try await connection.fetchAll(StoredImportBatch.self, """
            SELECT * FROM import_batch WHERE kind = \(kind.rawValue) AND fingerprint = \(fingerprint) AND id <> \(id) ORDER BY id
            """).map(\.batch)
    }

    /// Earlier postings imports whose months overlap `months`.
    static func overlapping(_ connection: PostgresConnection, months: ClosedRange<Int>,
                            except id: Int64) async throws -> [ImportBatch] {
        try await connection.fetchAll(StoredImportBatch.self, """
            SELECT * FROM import_batch
            WHERE kind = \(ImportKind.postings.rawValue) AND id <> \(id) AND first_month <= \(months.upperBound)
              AND last_month >= \(months.lowerBound)
            ORDER BY id
            """).map(\.batch)
    }

    /// Removes an earlier import: its raw postings, and their share of the monthly totals,
    /// computed back from those postings by the server.
    static func remove(_ connection: PostgresConnection, _ batch: ImportBatch) async throws {
        try await connection.execute("""
            WITH removed AS (
                SELECT EXTRACT(YEAR FROM DATE '1970-01-01' + day::integer)::bigint AS year,
                       EXTRACT(MONTH FROM DATE '1970-01-01' + day::integer)::bigint AS month, sub_area_id,
                       SUM(amount_ore)::bigint AS amount
                FROM posting WHERE batch_id = \(batch.id) GROUP BY 1, 2, 3
            )
            UPDATE monthly_actual m SET amount_ore = m.amount_ore - r.amount FROM removed r
            WHERE m.year = r.year AND m.month = r.month AND m.sub_area_id = r.sub_area_id
            """)
        try await connection.execute("""
            WITH removed AS (
                SELECT person_id, EXTRACT(YEAR FROM DATE '1970-01-01' + day::integer)::bigint AS year,
                       EXTRACT(MONTH FROM DATE '1970-01-01' + day::integer)::bigint AS month, sub_area_id,
                       SUM(amount_ore)::bigint AS amount
                FROM posting WHERE batch_id = \(batch.id) AND person_id IS NOT NULL GROUP BY 1, 2, 3, 4
            )
            UPDATE monthly_case m SET amount_ore = m.amount_ore - r.amount FROM removed r
            WHERE m.person_id = r.person_id AND m.year = r.year AND m.month = r.month AND m.sub_area_id = r.sub_area_id
            """)
        try await connection.execute("DELETE FROM posting WHERE batch_id = \(batch.id)")
        try await connection.execute("DELETE FROM monthly_actual WHERE amount_ore = 0")
        try await connection.execute("DELETE FROM monthly_case WHERE amount_ore = 0")
        try await connection.execute("DELETE FROM import_batch WHERE id = \(batch.id)")
    }
}
