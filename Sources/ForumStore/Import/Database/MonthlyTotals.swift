import ForumCore
import GRDB

/// Sums of postings per month and sub-area, and per month, sub-area and case, kept in memory
/// while a file is read and written once at the end: so that no screen or report ever scans raw
/// postings, and the import does not update a total per line.
///
/// Keys are small integers: a sub-area is its index in `subAreaIDs`, a person a dense slot in
/// `personIDs`. A person's totals are a short list searched linearly (a person has postings on a
/// few sub-areas in a few months), which is cheaper than hashing a compound key per line.
struct MonthlyTotals {
    private struct CaseTotal {
        /// Month ordinal in the high half, sub-area index in the low half.
        var key: Int
        var amount: Int64
    }

    /// `sub_area.id` by sub-area index.
    private var subAreaIDs: [Int64]
    /// Month ordinal in the high half of the key, sub-area index in the low half.
    private var bySubArea: [Int: Int64] = [:]
    /// `person.id` by slot, and each slot's totals.
    private var personIDs: [Int64] = []
    private var byCase: [[CaseTotal]] = []
    /// The last day seen and its month: extracts are mostly in date order.
    private var lastDay: Int32 = .min
    private var lastMonth = 0

    init(subAreaIDs: [Int64]) {
        self.subAreaIDs = subAreaIDs
    }

    /// Adds a posting of `day` (days since 1970-01-01) on the sub-area with index `subArea`,
    /// for the person in `slot` (`person.id` `personID`) if any.
    mutating func add(day: Int32, subArea: Int, person: (slot: Int, id: Int64)?, amount: Int64) {
        if day != lastDay {
            lastDay = day
            lastMonth = Day(daysSinceEpoch: Int(day)).calendarMonth.ordinal
        }
        let key = lastMonth << 32 | subArea
        bySubArea[key, default: 0] &+= amount
        guard let person else { return }
        while byCase.count <= person.slot {
            byCase.append([])
            personIDs.append(0)
        }
        personIDs[person.slot] = person.id
        if let index = byCase[person.slot].firstIndex(where: { $0.key == key }) {
            byCase[person.slot][index].amount &+= amount
        } else {
            byCase[person.slot].append(CaseTotal(key: key, amount: amount))
        }
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) these totals in `monthly_actual` and
    /// `monthly_case`, in primary-key order so that new rows are appended to the tables' B-trees.
    func apply(to db: Database, sign: Int64) throws {
        let area = try RawStatement(db, sql: """
            INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?)
            ON CONFLICT (year, month, sub_area_id) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore
            """)
        for (key, amount) in bySubArea.map({ (key: month($0.key), total: $0) }).sorted(by: { $0.key < $1.key }) {
            area.bind(1, Int64(key.month / 12))
            area.bind(2, Int64(key.month % 12 + 1))
            area.bind(3, key.subArea)
            area.bind(4, sign &* amount.value)
            try area.step()
        }
        let perCase = try RawStatement(db, sql: """
            INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (person_id, year, month, sub_area_id) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore
            """)
        for slot in byCase.indices.sorted(by: { personIDs[$0] < personIDs[$1] }) {
            perCase.bind(1, personIDs[slot])
            for total in byCase[slot].map({ (key: month($0.key), amount: $0.amount) }).sorted(by: { $0.key < $1.key }) {
                perCase.bind(2, Int64(total.key.month / 12))
                perCase.bind(3, Int64(total.key.month % 12 + 1))
                perCase.bind(4, total.key.subArea)
                perCase.bind(5, sign &* total.amount)
                try perCase.step()
            }
        }
    }

    /// A key's month ordinal and `sub_area.id`, ordered as the tables' primary keys.
    private func month(_ key: Int) -> (month: Int, subArea: Int64) {
        (key >> 32, subAreaIDs[key & 0xFFFF_FFFF])
    }

    /// The totals of the raw postings in a rowid range: what an earlier import added, so that
    /// replacing it can take exactly that away.
    static func ofPostings(_ db: Database, rows: ClosedRange<Int64>) throws -> MonthlyTotals {
        var totals = MonthlyTotals(subAreaIDs: [])
        var subAreaIndex: [Int64: Int] = [:]
        var slots: [Int64: Int] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT day, sub_area_id, person_id, amount_ore FROM posting WHERE rowid BETWEEN ? AND ?
            """, arguments: [rows.lowerBound, rows.upperBound])
        while let row = try cursor.next() {
            let subArea: Int64 = row[1]
            let index = subAreaIndex[subArea] ?? totals.subAreaIDs.count
            if index == totals.subAreaIDs.count {
                subAreaIndex[subArea] = index
                totals.subAreaIDs.append(subArea)
            }
            let person = (row[2] as Int64?).map { id in
                let slot = slots[id] ?? slots.count
                slots[id] = slot
                return (slot: slot, id: id)
            }
            totals.add(day: row[0], subArea: index, person: person, amount: row[3])
        }
        return totals
    }
}
