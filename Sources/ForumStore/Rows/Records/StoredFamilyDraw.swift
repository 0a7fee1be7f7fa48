import ForumCore

/// A cross-sector family's spend in one sector since it entered the solution, from the monthly
/// totals per case (never the postings).
package struct StoredFamilyDraw: Decodable, Sendable {
    package var caseID: String
    package var since: String
    package var sectorCode: String
    package var amount: Int64

    enum CodingKeys: String, CodingKey {
        case since, amount
        case caseID = "case_id", sectorCode = "sector_code"
    }

    /// The families of `rows` (spend per case and sector since it entered the solution).
    package static func draws(_ rows: [StoredFamilyDraw]) throws -> [FamilyDraw] {
        var draws: [String: FamilyDraw] = [:]
        for row in rows {
            let since = try RowCoding.day(row.since, column: "grant_request.submitted").calendarMonth
            draws[row.caseID, default: FamilyDraw(caseID: CaseID(row.caseID), since: since, bySector: [:])]
                .bySector[SectorCode(row.sectorCode)] = Money(ore: row.amount)
        }
        return Array(draws.values)
    }
}
