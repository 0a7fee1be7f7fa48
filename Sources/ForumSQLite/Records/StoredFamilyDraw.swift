import ForumCore
import ForumStore
import GRDB

extension StoredFamilyDraw: FetchableRecord {
    /// Every cross-sector family with spend, through the end of `year`; a family enters the
    /// solution with its first cross-sector request. A sector whose spend since then sums to
    /// nothing is left out, as the in-memory store does.
    static func fetchAll(_ db: Database, through year: Int) throws -> [FamilyDraw] {
        let rows = try fetchAll(db, sql: """
            WITH entry AS (
                SELECT person_id, MIN(submitted) AS since FROM grant_request WHERE cross_sector = 1 GROUP BY person_id
            )
            SELECT p.case_id, e.since, s.sector_code, SUM(m.amount_ore) AS amount
            FROM entry e
            JOIN person p ON p.id = e.person_id
            JOIN monthly_case m ON m.person_id = e.person_id
            JOIN sub_area s ON s.id = m.sub_area_id
            WHERE s.sector_code IS NOT NULL AND m.year <= ?
              AND m.year * 12 + m.month >= CAST(substr(e.since, 1, 4) AS INTEGER) * 12 + CAST(substr(e.since, 6, 2) AS INTEGER)
            GROUP BY p.case_id, s.sector_code
            HAVING SUM(m.amount_ore) <> 0
            """, arguments: [year])
        return try draws(rows)
    }
}
