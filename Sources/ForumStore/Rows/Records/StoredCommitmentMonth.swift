import ForumCore

/// Commitments summed per sector, month, source and the months the rows became known and were
/// replaced: the budget's commitment rows, a few hundred whatever the number of grants.
package struct StoredCommitmentMonth: Decodable, Sendable {
    package var sectorCode: String
    package var month: Int
    package var placement: Bool
    package var decidedMonth: Int?
    package var knownMonth: Int?
    package var replacedMonth: Int?
    package var amount: Int64

    enum CodingKeys: String, CodingKey {
        case month, placement, amount
        case sectorCode = "sector_code", decidedMonth = "decided_month", knownMonth = "known_month",
             replacedMonth = "replaced_month"
    }

    package var row: BudgetInput.CommitmentRow {
        BudgetInput.CommitmentRow(SectorCode(sectorCode), month: month, amount: Money(ore: amount),
                                  source: placement ? .placement : .grant, decided: decidedMonth.map(Month.init(ordinal:)),
                                  known: knownMonth.map(Month.init(ordinal:)), replaced: replacedMonth.map(Month.init(ordinal:)))
    }
}
