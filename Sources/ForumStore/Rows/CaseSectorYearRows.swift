import ForumCore

/// Gathers the rows of `caseSectorYears` from a backend's two reads (monthly spend per case, and
/// commitments in force per case) into one `CaseSectorYear` per case and sector.
package struct CaseSectorYearRows: Sendable {
    private var rows: [String: CaseSectorYear] = [:]

    package init() {}

    package mutating func addSpend(case caseID: String, sector: String, inPreviousYear: Bool, month: Int, amount: Int64) {
        update(caseID, sector) { row in
            if inPreviousYear {
                row.previousYear += Money(ore: amount)
            } else if (1...12).contains(month) {
                row.actual[month - 1] += Money(ore: amount)
            }
        }
    }

    package mutating func addCommitment(case caseID: String?, sector: String, month: Int, amount: Int64) {
        // A commitment always belongs to a request or a placement of a case; a row without one is not counted.
        guard let caseID, (1...12).contains(month) else { return }
        update(caseID, sector) { $0.committed[month - 1] += Money(ore: amount) }
    }

    private mutating func update(_ caseID: String, _ sector: String, _ change: (inout CaseSectorYear) -> Void) {
        let key = caseID + "/" + sector
        var row = rows[key] ?? CaseSectorYear(caseID: CaseID(caseID), sector: SectorCode(sector))
        change(&row)
        rows[key] = row
    }

    /// By case, then sector.
    package var sorted: [CaseSectorYear] { rows.values.sorted { ($0.caseID, $0.sector) < ($1.caseID, $1.sector) } }
}
