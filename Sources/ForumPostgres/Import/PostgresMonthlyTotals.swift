import ForumCore
import ForumStore
import PostgresNIO

/// Writes a file's monthly totals (gathered while it was read) in two statements, whatever their
/// number: the totals travel as arrays and the server adds them to what is there.
enum PostgresMonthlyTotals {
    /// `subAreaIDs` and `personIDs` give the database ids of the totals' indexes.
    static func add(_ totals: MonthlyTotals, _ connection: PostgresConnection, subAreaIDs: [Int64],
                    personIDs: [Int64]) async throws {
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
        var persons: [Int64] = []
        years = []; months = []; subAreas = []; amounts = []
        for (person, personTotals) in totals.byPerson.enumerated() {
            for total in personTotals {
                let (month, subArea) = MonthlyTotals.split(total.key)
                persons.append(personIDs[person])
                years.append(Int64(month / 12))
                months.append(Int64(month % 12 + 1))
                subAreas.append(subAreaIDs[subArea])
                amounts.append(total.amount)
            }
        }
        try await connection.execute("""
            INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore)
            SELECT * FROM unnest(\(persons)::bigint[], \(years)::bigint[], \(months)::bigint[], \(subAreas)::bigint[],
                                 \(amounts)::bigint[])
            ON CONFLICT (person_id, year, month, sub_area_id) DO UPDATE SET amount_ore = monthly_case.amount_ore + excluded.amount_ore
            """)
    }
}
