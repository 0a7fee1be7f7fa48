import ForumCore

/// A grant's or placement's commitment on a sector in one month, with what it is and whose:
/// the rows of the drill's largest commitments.
package struct StoredCommitmentSummary: Decodable, Sendable {
    package var requestID: String?
    package var placementID: Int64?
    package var month: Int
    package var amount: Int64
    package var description: String
    package var caseID: String
    package var monthly: Int64

    enum CodingKeys: String, CodingKey {
        case month, amount, description, monthly
        case requestID = "request_id", placementID = "placement_id", caseID = "case_id"
    }

    /// One summary per grant or placement of `rows` (a sector's commitments in force in a year,
    /// summed per owner and month).
    package static func summaries(_ rows: [StoredCommitmentSummary]) -> [CommitmentSummary] {
        var summaries: [String: CommitmentSummary] = [:]
        for row in rows where (1...12).contains(row.month) {
            let reference = row.requestID ?? "#\(row.placementID ?? 0)"
            var summary = summaries[reference] ?? CommitmentSummary(
                source: row.requestID == nil ? .placement : .grant, reference: reference, caseID: CaseID(row.caseID),
                description: row.description, monthly: Money(ore: row.monthly), months: [])
            summary.months[row.month - 1] += Money(ore: row.amount)
            summaries[reference] = summary
        }
        return Array(summaries.values)
    }
}
