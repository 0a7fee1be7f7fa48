import ForumCore
import ForumStore
import GRDB

/// Efficiency targets (DOMAIN §13) on SQLite.
extension SQLiteRepository {
    public func targets() async throws -> [EfficiencyTarget] {
        try await database.read { db in
            try StoredTarget.fetchAll(db, sql: "SELECT \(StoredTarget.selection) FROM efficiency_target ORDER BY year")
                .map { try $0.target() }
        }
    }

    static func target(_ db: Database, year: Int) throws -> EfficiencyTarget? {
        try StoredTarget.fetchOne(db, sql: "SELECT \(StoredTarget.selection) FROM efficiency_target WHERE year = ?",
                                  arguments: [year])?.target()
    }

    public func setTarget(_ target: EfficiencyTarget, expectedVersion: Int, context: CommandContext) async throws -> EfficiencyTarget {
        try await database.write { db in
            let existing = try Self.target(db, year: target.year)
            let stored = try CommandRules.setTarget(target, existing: existing, expectedVersion: expectedVersion,
                                                    knownSectors: try Self.knownSectors(db), context: context)
            let arguments: StatementArguments = [stored.amount.ore, stored.split.shareList, stored.note, stored.author,
                                                 stored.at?.secondsSinceEpoch, stored.version, stored.year]
            if let existing {
                try db.execute(sql: """
                    UPDATE efficiency_target SET amount_ore = ?, split = ?, note = ?, author = ?, at = ?, version = ?
                    WHERE year = ? AND version = ?
                    """, arguments: arguments + [existing.version])
            } else {
                try db.execute(sql: """
                    INSERT INTO efficiency_target (amount_ore, split, note, author, at, version, year)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """, arguments: arguments)
            }
            try db.requireOneChange {
                let now = try Self.target(db, year: target.year)
                return (now?.author, now?.at)
            }
            try Self.audit(db, context, action: "target.set", entity: "target:\(target.year)",
                           before: existing.map(TargetAuditState.init), after: TargetAuditState(stored))
            return stored
        }
    }

    public func caseSectorYears(year: Int) async throws -> [CaseSectorYear] {
        try await database.read { db in
            var rows = CaseSectorYearRows()
            for row in try Row.fetchAll(db, sql: """
                SELECT p.case_id, s.sector_code, m.year, m.month, SUM(m.amount_ore) AS amount
                FROM monthly_case m JOIN person p ON p.id = m.person_id JOIN sub_area s ON s.id = m.sub_area_id
                WHERE m.year IN (?, ?) AND s.sector_code IS NOT NULL
                GROUP BY p.case_id, s.sector_code, m.year, m.month
                """, arguments: [year - 1, year]) {
                rows.addSpend(case: row["case_id"], sector: row["sector_code"], inPreviousYear: row["year"] as Int != year,
                              month: row["month"], amount: row["amount"])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT COALESCE(pr.case_id, pp.case_id) AS case_id, c.sector_code, c.month, SUM(c.amount_ore) AS amount
                FROM commitment c
                LEFT JOIN grant_request r ON r.id = c.request_id
                LEFT JOIN person pr ON pr.id = r.person_id
                LEFT JOIN placement pl ON pl.id = c.placement_id
                LEFT JOIN person pp ON pp.id = pl.person_id
                WHERE c.year = ? AND c.replaced_month IS NULL
                GROUP BY 1, c.sector_code, c.month
                """, arguments: [year]) {
                rows.addCommitment(case: row["case_id"], sector: row["sector_code"], month: row["month"], amount: row["amount"])
            }
            return rows.sorted
        }
    }
}
