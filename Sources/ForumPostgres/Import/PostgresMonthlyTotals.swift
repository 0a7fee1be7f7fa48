import ForumCore
import ForumStore
import PostgresNIO

/// Writes a file's monthly totals (gathered while it was read) in a few statements, whatever their
/// number: new rows by COPY, additions as arrays that the server adds to what is there.
enum PostgresMonthlyTotals {
    /// `subAreaIDs` and `personIDs` give the database ids of the totals' indexes; `newPersons`
    /// are the persons this import created.
    static func add(_ totals: MonthlyTotals, _ connection: PostgresConnection, subAreaIDs: [Int64],
                    personIDs: [Int64], newPersons: Set<Int64>) async throws {
        var years: [Int64] = [], months: [Int64] = [], subAreas: [Int64] = [], amounts: [Int64] = []
        for total in totals.bySubArea {
            years.append(Int64(total.month / 12))
            months.append(Int64(total.month % 12 + 1))
            subAreas.append(subAreaIDs[total.subArea])
            amounts.append(total.amount)
        }
        try await connection.execute("""
            INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore)
            SELECT * FROM unnest(\(years)::bigint[], \(months)::bigint[], \(subAreas)::bigint[], \(amounts)::bigint[])
            ON CONFLICT (year, month, sub_area_id) DO UPDATE SET amount_ore = monthly_actual.amount_ore + excluded.amount_ore
            """)
        // A person this import created has no totals yet: their rows are copied (COPY); the
        // others' add up to what is there.
        var fresh = ByteBuffer(), known = Columns()
        for (person, personTotals) in totals.byPerson.enumerated() {
            let id = personIDs[person]
            let isNew = newPersons.contains(id)
            for total in personTotals {
                let (month, subArea) = MonthlyTotals.split(total.key)
                let row = [id, Int64(month / 12), Int64(month % 12 + 1), subAreaIDs[subArea], total.amount]
                if isNew {
                    for (index, value) in row.enumerated() {
                        if index > 0 { fresh.writeInteger(UInt8(ascii: "\t")) }
                        CopyText.appendDecimal(value, to: &fresh)
                    }
                    fresh.writeInteger(UInt8(ascii: "\n"))
                } else {
                    known.append(row)
                }
            }
        }
        if fresh.readableBytes > 0 {
            try await connection.copyFrom(table: "monthly_case", columns: ["person_id", "year", "month", "sub_area_id", "amount_ore"],
                                          logger: PostgresConnection.quiet) { try await $0.write(fresh) }
        }
        if !known.persons.isEmpty {
            try await connection.execute("""
                INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore)
                SELECT * FROM unnest(\(known.persons)::bigint[], \(known.years)::bigint[], \(known.months)::bigint[],
                                     \(known.subAreas)::bigint[], \(known.amounts)::bigint[])
                ON CONFLICT (person_id, year, month, sub_area_id) DO UPDATE SET amount_ore = monthly_case.amount_ore + excluded.amount_ore
                """)
        }
    }

    /// Rows of `monthly_case` as the arrays they travel in.
    private struct Columns {
        var persons: [Int64] = [], years: [Int64] = [], months: [Int64] = [], subAreas: [Int64] = [], amounts: [Int64] = []

        mutating func append(_ row: [Int64]) {
            persons.append(row[0])
            years.append(row[1])
            months.append(row[2])
            subAreas.append(row[3])
            amounts.append(row[4])
        }
    }
}
