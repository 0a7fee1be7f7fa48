import ForumCore
import ForumStore
import GRDB

extension MonthlyTotals {
    /// Adds (`sign` 1) or takes away (`sign` -1) these totals in `monthly_actual` and
    /// `monthly_case`, in primary-key order so that new rows are appended to the tables'
    /// B-trees. `subAreaIDs` and `personIDs` give the database ids of the indexes; a person in
    /// `newPersons` was created by this import and has no totals yet, so a plain insert does.
    func apply(to db: Database, sign: Int64, subAreaIDs: [Int64], personIDs: [Int64], newPersons: Set<Int64> = []) throws {
        let area = try RawStatement(db, sql: """
            INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?)
            ON CONFLICT (year, month, sub_area_id) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore
            """)
        let areaTotals = bySubArea.map { (month: $0.month, subArea: subAreaIDs[$0.subArea], amount: $0.amount) }
        for total in areaTotals.sorted(by: { ($0.month, $0.subArea) < ($1.month, $1.subArea) }) {
            area.bind(1, Int64(total.month / 12))
            area.bind(2, Int64(total.month % 12 + 1))
            area.bind(3, total.subArea)
            area.bind(4, sign &* total.amount)
            try area.step()
        }
        let upsert = try RawStatement(db, sql: """
            INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (person_id, year, month, sub_area_id) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore
            """)
        var insert = try BatchedInsert(db, prefix: "INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore) VALUES",
                                       row: "(?, ?, ?, ?, ?)", parameters: 5)
        for person in byPerson.indices.sorted(by: { personIDs[$0] < personIDs[$1] }) where !byPerson[person].isEmpty {
            let id = personIDs[person]
            let isNew = newPersons.contains(id)
            let totals = byPerson[person].map { total in
                let (month, subArea) = Self.split(total.key)
                return (month: month, subArea: subAreaIDs[subArea], amount: total.amount)
            }
            for total in totals.sorted(by: { ($0.month, $0.subArea) < ($1.month, $1.subArea) }) {
                let (year, month, amount) = (Int64(total.month / 12), Int64(total.month % 12 + 1), sign &* total.amount)
                if isNew {
                    try insert.add(id, year, month, total.subArea, amount)
                } else {
                    upsert.bind(1, id)
                    upsert.bind(2, year)
                    upsert.bind(3, month)
                    upsert.bind(4, total.subArea)
                    upsert.bind(5, amount)
                    try upsert.step()
                }
            }
        }
        try insert.finish()
    }

    /// Takes the raw postings in a rowid range out of the monthly totals: what an earlier import
    /// added, when `--replace` replaces it.
    static func subtractPostings(_ db: Database, rows: ClosedRange<Int64>) throws {
        let subAreaIDs = try Int64.fetchAll(db, sql: "SELECT id FROM sub_area ORDER BY id")
        let subAreaIndex = Dictionary(uniqueKeysWithValues: subAreaIDs.enumerated().map { ($0.element, $0.offset) })
        var totals = MonthlyTotals(subAreaCount: subAreaIDs.count)
        var personIDs: [Int64] = []
        var personIndex: [Int64: Int] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT day, sub_area_id, person_id, amount_ore FROM posting WHERE rowid BETWEEN ? AND ?
            """, arguments: [rows.lowerBound, rows.upperBound])
        while let row = try cursor.next() {
            let subArea: Int64 = row[1]
            guard let index = subAreaIndex[subArea] else {
                throw StoreCorruption.badValue(column: "posting.sub_area_id", value: String(subArea))
            }
            var person = -1
            if let id = row[2] as Int64? {
                person = personIndex[id] ?? personIDs.count
                if person == personIDs.count {
                    personIndex[id] = person
                    personIDs.append(id)
                }
            }
            totals.add(day: row[0], subArea: index, person: person, amount: row[3])
        }
        try totals.apply(to: db, sign: -1, subAreaIDs: subAreaIDs, personIDs: personIDs)
    }
}
