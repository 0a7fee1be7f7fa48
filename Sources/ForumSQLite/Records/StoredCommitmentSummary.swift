import ForumCore
import ForumStore
import GRDB

extension StoredCommitmentSummary: FetchableRecord {
    /// The sector's commitments in force in `year`, one summary per grant or placement.
    static func fetchAll(_ db: Database, sector: SectorCode, year: Int) throws -> [CommitmentSummary] {
        let rows = try fetchAll(db, sql: """
            SELECT c.request_id, c.placement_id, c.month, SUM(c.amount_ore) AS amount,
                   COALESCE(r.offer, o.name, '') AS description, COALESCE(pr.case_id, pp.case_id, '') AS case_id,
                   COALESCE(r.amount_ore, p.base_tariff_ore + p.service_tariff_ore + p.special_tariff_ore, 0) AS monthly
            FROM commitment c
            LEFT JOIN grant_request r ON r.id = c.request_id
            LEFT JOIN person pr ON pr.id = r.person_id
            LEFT JOIN placement p ON p.id = c.placement_id
            LEFT JOIN offer o ON o.id = p.offer_id
            LEFT JOIN person pp ON pp.id = p.person_id
            WHERE c.year = ? AND c.sector_code = ? AND c.replaced_month IS NULL
            GROUP BY c.request_id, c.placement_id, c.month
            """, arguments: [year, sector.rawValue])
        return summaries(rows)
    }
}
