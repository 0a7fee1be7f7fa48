import ForumCore
import ForumStore
import PostgresNIO

/// Efficiency targets (DOMAIN §13) on PostgreSQL.
extension PostgresRepository {
    func targets() async throws -> [EfficiencyTarget] {
        try await database.read { connection in
            try await connection.fetchAll(StoredTarget.self, """
                SELECT \(unescaped: StoredTarget.selection) FROM efficiency_target ORDER BY year
                """).map { try $0.target() }
        }
    }

    static func target(_ connection: PostgresConnection, year: Int) async throws -> EfficiencyTarget? {
        try await connection.fetchOne(StoredTarget.self, """
            SELECT \(unescaped: StoredTarget.selection) FROM efficiency_target WHERE year = \(Int64(year))
            """)?.target()
    }

    func setTarget(_ target: EfficiencyTarget, expectedVersion: Int, context: CommandContext) async throws -> EfficiencyTarget {
        try await database.write { connection in
            // Two first targets of one year meet here, not in the primary key.
            try await connection.execute("SELECT pg_advisory_xact_lock(18, \(Int32(clamping: target.year)))")
            let existing = try await Self.target(connection, year: target.year)
            let stored = try CommandRules.setTarget(target, existing: existing, expectedVersion: expectedVersion,
                                                    knownSectors: try await Self.knownSectors(connection), context: context)
            let changed: Int
            if let existing {
                changed = try await connection.execute("""
                    UPDATE efficiency_target SET amount_ore = \(stored.amount.ore), split = \(stored.split.shareList),
                        note = \(stored.note), author = \(stored.author), at = \(stored.at?.secondsSinceEpoch),
                        version = \(Int64(stored.version))
                    WHERE year = \(Int64(stored.year)) AND version = \(Int64(existing.version))
                    RETURNING 1
                    """)
            } else {
                changed = try await connection.execute("""
                    INSERT INTO efficiency_target (year, amount_ore, split, note, author, at, version)
                    VALUES (\(Int64(stored.year)), \(stored.amount.ore), \(stored.split.shareList), \(stored.note), \(stored.author),
                            \(stored.at?.secondsSinceEpoch), \(Int64(stored.version)))
                    ON CONFLICT DO NOTHING
                    RETURNING 1
                    """)
            }
            try await Self.requireOneChange(changed) {
                let now = try await Self.target(connection, year: target.year)
                return (now?.author, now?.at)
            }
            try await Self.audit(connection, context, action: "target.set", entity: "target:\(target.year)",
                                 before: existing.map(TargetAuditState.init), after: TargetAuditState(stored))
            return stored
        }
    }

    func caseSectorYears(year: Int) async throws -> [CaseSectorYear] {
        try await database.read { connection in
            var rows = CaseSectorYearRows()
            for row in try await connection.fetchAll(StoredCaseSectorMonth.self, """
                SELECT p.case_id, s.sector_code, m.year, m.month, SUM(m.amount_ore)::bigint AS amount
                FROM monthly_case m JOIN person p ON p.id = m.person_id JOIN sub_area s ON s.id = m.sub_area_id
                WHERE m.year IN (\(Int64(year - 1)), \(Int64(year))) AND s.sector_code IS NOT NULL
                GROUP BY p.case_id, s.sector_code, m.year, m.month
                """) {
                rows.addSpend(case: row.caseID ?? "", sector: row.sectorCode, inPreviousYear: row.year != year, month: row.month,
                              amount: row.amount)
            }
            for row in try await connection.fetchAll(StoredCaseSectorMonth.self, """
                SELECT COALESCE(pr.case_id, pp.case_id) AS case_id, c.sector_code, c.year, c.month,
                       SUM(c.amount_ore)::bigint AS amount
                FROM commitment c
                LEFT JOIN grant_request r ON r.id = c.request_id
                LEFT JOIN person pr ON pr.id = r.person_id
                LEFT JOIN placement pl ON pl.id = c.placement_id
                LEFT JOIN person pp ON pp.id = pl.person_id
                WHERE c.year = \(Int64(year)) AND c.replaced_month IS NULL
                GROUP BY 1, c.sector_code, c.year, c.month
                """) {
                rows.addCommitment(case: row.caseID, sector: row.sectorCode, month: row.month, amount: row.amount)
            }
            return rows.sorted
        }
    }
}

/// A case's amount in one sector and month, from `monthly_case` or `commitment`.
private struct StoredCaseSectorMonth: Decodable {
    var caseID: String?
    var sectorCode: String
    var year: Int
    var month: Int
    var amount: Int64

    enum CodingKeys: String, CodingKey {
        case year, month, amount
        case caseID = "case_id", sectorCode = "sector_code"
    }
}
