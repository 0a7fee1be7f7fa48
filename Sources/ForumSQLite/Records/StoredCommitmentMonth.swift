import ForumCore
import GRDB

/// Commitments summed per sector, month, source and the months the rows became known and were
/// replaced: the budget's commitment rows, a few hundred whatever the number of grants.
struct StoredCommitmentMonth: Decodable, FetchableRecord {
    var sectorCode: String
    var month: Int
    var placement: Bool
    var decidedMonth: Int?
    var knownMonth: Int?
    var replacedMonth: Int?
    var amount: Int64

    enum CodingKeys: String, CodingKey {
        case month, placement, amount
        case sectorCode = "sector_code", decidedMonth = "decided_month", knownMonth = "known_month",
             replacedMonth = "replaced_month"
    }

    static let query = """
        SELECT sector_code, month, placement_id IS NOT NULL AS placement, decided_month, known_month, replaced_month,
               SUM(amount_ore) AS amount
        FROM commitment WHERE year = ?
        GROUP BY sector_code, month, placement, decided_month, known_month, replaced_month
        """

    var row: BudgetInput.CommitmentRow {
        BudgetInput.CommitmentRow(SectorCode(sectorCode), month: month, amount: Money(ore: amount),
                                  source: placement ? .placement : .grant, decided: decidedMonth.map(Month.init(ordinal:)),
                                  known: knownMonth.map(Month.init(ordinal:)), replaced: replacedMonth.map(Month.init(ordinal:)))
    }
}
