import ForumCore
import GRDB

/// Sums of postings per month and sub-area, and per month, sub-area and case, kept in memory by
/// integer keys while a file is read and written once at the end: so that no screen or report
/// ever scans raw postings, and the import does not update a total per line.
struct MonthlyTotals {
    struct AreaKey: Hashable, Comparable {
        var month: Int32
        var subArea: Int64

        static func < (lhs: AreaKey, rhs: AreaKey) -> Bool { (lhs.month, lhs.subArea) < (rhs.month, rhs.subArea) }
    }

    struct CaseKey: Hashable, Comparable {
        var person: Int64
        var month: Int32
        var subArea: Int64

        static func < (lhs: CaseKey, rhs: CaseKey) -> Bool {
            (lhs.person, lhs.month, lhs.subArea) < (rhs.person, rhs.month, rhs.subArea)
        }
    }

    private(set) var bySubArea: [AreaKey: Int64] = [:]
    private(set) var byCase: [CaseKey: Int64] = [:]

    /// Adds a posting of `day` (days since 1970-01-01).
    mutating func add(day: Int32, subArea: Int64, person: Int64?, amount: Int64) {
        let month = Int32(Day(daysSinceEpoch: Int(day)).calendarMonth.ordinal)
        bySubArea[AreaKey(month: month, subArea: subArea), default: 0] &+= amount
        if let person {
            byCase[CaseKey(person: person, month: month, subArea: subArea), default: 0] &+= amount
        }
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) these totals in `monthly_actual` and
    /// `monthly_case`, in key order so that new rows are appended to the tables' B-trees.
    func apply(to db: Database, sign: Int64) throws {
        let area = try RawStatement(db, sql: """
            INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?)
            ON CONFLICT (year, month, sub_area_id) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore
            """)
        for (key, amount) in bySubArea.sorted(by: { $0.key < $1.key }) {
            area.bind(1, Int64(key.month / 12))
            area.bind(2, Int64(key.month % 12 + 1))
            area.bind(3, key.subArea)
            area.bind(4, sign * amount)
            try area.step()
        }
        let perCase = try RawStatement(db, sql: """
            INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (person_id, year, month, sub_area_id) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore
            """)
        for (key, amount) in byCase.sorted(by: { $0.key < $1.key }) {
            perCase.bind(1, key.person)
            perCase.bind(2, Int64(key.month / 12))
            perCase.bind(3, Int64(key.month % 12 + 1))
            perCase.bind(4, key.subArea)
            perCase.bind(5, sign * amount)
            try perCase.step()
        }
    }

    /// The totals of the raw postings in a rowid range: what an earlier import added, so that
    /// replacing it can take exactly that away.
    static func ofPostings(_ db: Database, rows: ClosedRange<Int64>) throws -> MonthlyTotals {
        var totals = MonthlyTotals()
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT day, sub_area_id, person_id, amount_ore FROM posting WHERE rowid BETWEEN ? AND ?
            """, arguments: [rows.lowerBound, rows.upperBound])
        while let row = try cursor.next() {
            totals.add(day: row[0], subArea: row[1], person: row[2], amount: row[3])
        }
        return totals
    }
}
