import ForumCore
import ForumStore
import GRDB

extension StoredCommitmentMonth: FetchableRecord {
    static let query = """
        SELECT sector_code, month, placement_id IS NOT NULL AS placement, decided_month, known_month, replaced_month,
               SUM(amount_ore) AS amount
        FROM commitment WHERE year = ?
        GROUP BY sector_code, month, placement, decided_month, known_month, replaced_month
        """
}
