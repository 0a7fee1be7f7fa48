/// The burn of every sector and its sub-areas at the end of one month, as screen 3 and
/// `chefforum report burn` show it: computed from the budget rows read once, so that stepping the
/// month reads nothing again.
public struct BurnReport: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        /// The sector's code, or the sub-area's kontoplan code.
        public let code: String
        public let name: String
        public let burn: BudgetBurn
        /// Actual spend per month through the report's month, January first: the sparkline.
        public let actualByMonth: [Money]
        /// Expected spend per month by the profile (each month's E less the month before's).
        public let expectedByMonth: [Money]
    }

    public struct SectorLine: Hashable, Sendable {
        public let sector: Line
        public let subAreas: [Line]
    }

    public let year: Int
    /// The month the figures stand at (1…12).
    public let month: Int
    /// The last posting date the figures include.
    public let through: Day?
    /// The months that can be shown: 1 through the last month with postings.
    public let months: ClosedRange<Int>
    public let sectors: [SectorLine]

    /// The report at the end of `month` (default: the last month with postings); nil before
    /// any postings or for a month without them.
    public static func make(_ rows: BudgetInput, sectors: [Sector], subAreas: [SubArea], month: Int? = nil,
                            tolerance: Tolerance) -> BurnReport? {
        guard let last = rows.lastPostedMonth else { return nil }
        let m = month ?? last
        guard (1...last).contains(m) else { return nil }
        let snapshot = BudgetAggregation.snapshot(rows, asOf: rows.view(month: m))
        func line(_ code: String, _ name: String, _ figures: BudgetFigures) -> Line {
            let expected = figures.expected.enumerated().map { index, value in index == 0 ? value : value - figures.expected[index - 1] }
            return Line(code: code, name: name, burn: BudgetBurn(figures, month: m, tolerance: tolerance),
                        actualByMonth: Array(figures.actual.prefix(m)), expectedByMonth: Array(expected.prefix(m)))
        }
        let lines = sectors.sorted { $0.code < $1.code }.map { sector in
            SectorLine(
                sector: line(sector.code.rawValue, sector.name, snapshot.sectors[sector.code] ?? BudgetFigures(budget: .zero)),
                subAreas: subAreas.filter { $0.sector == sector.code }.sorted { $0.code < $1.code }.compactMap { subArea in
                    snapshot.subAreas[subArea.code].map { line(subArea.code, subArea.name, $0) }
                })
        }
        return BurnReport(year: rows.year, month: m, through: snapshot.through(month: m), months: 1...last, sectors: lines)
    }
}
