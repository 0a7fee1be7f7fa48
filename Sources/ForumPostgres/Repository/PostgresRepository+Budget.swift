import ForumCore
import ForumStore
import PostgresNIO

extension PostgresRepository {
    func budgetRows(year: Int) async throws -> BudgetInput {
        try await database.read { connection in try await Self.budgetRows(connection, year: year) }
    }

    /// Every figure comes from the monthly totals and the commitments, never from postings.
    static func budgetRows(_ connection: PostgresConnection, year: Int) async throws -> BudgetInput {
        // Postings and budgets may be imported before the settings: then 1/12 a month.
        let periodisation = try await connection.value(String.self, "SELECT periodisation FROM settings WHERE id = 1")
            .map { try RowCoding.periodisation($0, column: "settings.periodisation") } ?? .even
        let subAreas = try await connection.fetchAll(StoredSubArea.self, "SELECT * FROM sub_area").map { row in
            BudgetInput.SubAreaRow(code: row.code, sector: row.sectorCode.map { SectorCode($0) })
        }
        let budgets = try await connection.fetchAll(StoredBudget.self, """
            SELECT s.code, b.amount_ore, b.profile FROM budget b JOIN sub_area s ON s.id = b.sub_area_id WHERE b.year = \(year)
            """).map { try $0.row() }
        let actuals = try await connection.fetchAll(StoredMonthlyActual.self, """
            SELECT s.code, m.month, m.amount_ore FROM monthly_actual m JOIN sub_area s ON s.id = m.sub_area_id
            WHERE m.year = \(year)
            """).map(\.row)
        let commitments = try await connection.fetchAll(StoredCommitmentMonth.self, """
            SELECT sector_code, month, placement_id IS NOT NULL AS placement, decided_month, known_month, replaced_month,
                   SUM(amount_ore)::bigint AS amount
            FROM commitment WHERE year = \(year)
            GROUP BY sector_code, month, placement_id IS NOT NULL, decided_month, known_month, replaced_month
            """).map(\.row)
        let forecasts = try await connection.fetchAll(StoredForecast.self, "SELECT * FROM manual_forecast WHERE year = \(year)")
            .map(\.row)
        // The import keeps each file's last posting day; the year's is the latest of them.
        let lastDay = try await connection.values(String?.self, """
            SELECT MAX(last_day) FROM import_batch
            WHERE kind = 'postings' AND last_day BETWEEN \("\(year)-01-01") AND \("\(year)-12-31")
            """).first ?? nil
        return BudgetInput(
            year: year, periodisation: periodisation, sectors: Array(try await knownSectors(connection)), subAreas: subAreas,
            budgets: budgets, actuals: actuals, commitments: commitments, forecasts: forecasts,
            lastPostingDay: try RowCoding.day(lastDay, column: "import_batch.last_day"))
    }

    func deviationNotes(year: Int) async throws -> [DeviationNote] {
        try await database.read { connection in
            try await connection.fetchAll(StoredDeviationNote.self, """
                SELECT * FROM deviation_note WHERE year = \(year) ORDER BY sector_code, COALESCE(sub_area_code, ''), month
                """).map { try $0.note() }
        }
    }

    func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?, expectedVersion: Int,
                     context: CommandContext) async throws -> ManualForecast? {
        let location = location
        return try await database.write { connection in
            // Two forecasts for one sector are set one after the other (an advisory lock: a row lock
            // would take the right to change the sector, which an economist's login need not have).
            try await connection.execute("SELECT pg_advisory_xact_lock(1, hashtext(\(sector.rawValue)))")
            let existing = try await Self.forecast(connection, sector: sector, month: month)
            var rows = try await Self.budgetRows(connection, year: month.year)
            let youths = try await Self.youths(connection)
            if !youths.isEmpty {
                rows = TransitionInflow.adding(to: rows, youths: youths, requests: try await Self.fetchRequests(connection, id: nil))
            }
            let figures = BudgetAggregation.snapshot(rows).sectors[sector]
            let stored = try CommandRules.setForecast(
                forecast, for: sector, month: month, existing: existing, expectedVersion: expectedVersion,
                figures: figures ?? BudgetFigures(budget: .zero),
                budgetYear: try await Self.settings(connection, location: location).budgetYear,
                knownSectors: try await Self.knownSectors(connection), context: context)
            let changed: Int
            if let stored {
                changed = try await connection.execute("""
                    INSERT INTO manual_forecast AS f (sector_code, year, month, amount_ore, note, set_by, at, committed_rest_ore,
                                                      transition_rest_ore, version)
                    VALUES (\(sector.rawValue), \(month.year), \(month.month), \(stored.amount.ore), \(stored.note), \(stored.author),
                            \(context.at.secondsSinceEpoch), \(stored.committedRest?.ore), \(stored.transitionRest?.ore),
                            \(stored.version))
                    ON CONFLICT (sector_code, year, month) DO UPDATE SET amount_ore = excluded.amount_ore, note = excluded.note,
                        set_by = excluded.set_by, at = excluded.at, committed_rest_ore = excluded.committed_rest_ore,
                        transition_rest_ore = excluded.transition_rest_ore, version = excluded.version
                    WHERE f.version = \(expectedVersion)
                    RETURNING 1
                    """)
            } else {
                changed = try await connection.execute("""
                    DELETE FROM manual_forecast
                    WHERE sector_code = \(sector.rawValue) AND year = \(month.year) AND month = \(month.month)
                      AND version = \(expectedVersion)
                    RETURNING 1
                    """)
            }
            try await Self.requireOneChange(changed) {
                let now = try await Self.forecast(connection, sector: sector, month: month)
                return (now?.author, now?.at)
            }
            try await Self.audit(connection, context, action: stored == nil ? "forecast.clear" : "forecast.set",
                                 entity: "forecast:\(sector)/\(month)", before: existing.map(ForecastAuditState.init),
                                 after: stored.map(ForecastAuditState.init))
            return stored
        }
    }

    func largestCommitments(sector: SectorCode, year: Int, limit: Int) async throws -> [CommitmentSummary] {
        try await database.read { connection in
            CommitmentSummary.largest(StoredCommitmentSummary.summaries(try await connection.fetchAll(StoredCommitmentSummary.self, """
                SELECT c.request_id, c.placement_id, c.month, SUM(c.amount_ore)::bigint AS amount,
                       COALESCE(MIN(r.offer), MIN(o.name), '') AS description,
                       COALESCE(MIN(pr.case_id), MIN(pp.case_id), '') AS case_id,
                       COALESCE(MIN(r.amount_ore), MIN(p.base_tariff_ore + p.service_tariff_ore + p.special_tariff_ore), 0)
                           AS monthly
                FROM commitment c
                LEFT JOIN grant_request r ON r.id = c.request_id
                LEFT JOIN person pr ON pr.id = r.person_id
                LEFT JOIN placement p ON p.id = c.placement_id
                LEFT JOIN offer o ON o.id = p.offer_id
                LEFT JOIN person pp ON pp.id = p.person_id
                WHERE c.year = \(year) AND c.sector_code = \(sector.rawValue) AND c.replaced_month IS NULL
                GROUP BY c.request_id, c.placement_id, c.month
                """)), limit: limit)
        }
    }

    func familyDraws(year: Int) async throws -> [FamilyDraw] {
        try await database.read { connection in
            try StoredFamilyDraw.draws(try await connection.fetchAll(StoredFamilyDraw.self, """
                WITH entry AS (
                    SELECT person_id, MIN(submitted) AS since FROM grant_request WHERE cross_sector GROUP BY person_id
                )
                SELECT p.case_id, e.since, s.sector_code, SUM(m.amount_ore)::bigint AS amount
                FROM entry e
                JOIN person p ON p.id = e.person_id
                JOIN monthly_case m ON m.person_id = e.person_id
                JOIN sub_area s ON s.id = m.sub_area_id
                WHERE s.sector_code IS NOT NULL AND m.year <= \(year)
                  AND m.year * 12 + m.month >= CAST(substr(e.since, 1, 4) AS BIGINT) * 12 + CAST(substr(e.since, 6, 2) AS BIGINT)
                GROUP BY p.case_id, e.since, s.sector_code
                HAVING SUM(m.amount_ore) <> 0
                """))
        }
    }

    func writeDeviationNote(_ note: DeviationNote, context: CommandContext) async throws -> DeviationNote {
        try await database.write { connection in
            try await connection.execute("SELECT pg_advisory_xact_lock(2, hashtext(\(note.sector.rawValue)))")
            let existing = try await Self.deviationNote(connection, sector: note.sector, subArea: note.subArea, month: note.month)
            let stored = try CommandRules.writeDeviationNote(note, existing: existing,
                                                             knownSectors: try await Self.knownSectors(connection),
                                                             subAreas: try await Self.subAreas(connection), context: context)
            let changed: Int
            if let existing {
                changed = try await connection.execute("""
                    UPDATE deviation_note SET explanation = \(stored.explanation), action_plan = \(stored.actionPlan),
                        owner = \(stored.owner), status = \(stored.status.rawValue), author = \(stored.author),
                        at = \(stored.at?.secondsSinceEpoch), version = version + 1
                    WHERE sector_code = \(stored.sector.rawValue) AND sub_area_code IS NOT DISTINCT FROM \(stored.subArea)
                      AND year = \(stored.month.year) AND month = \(stored.month.month) AND version = \(existing.version)
                    RETURNING 1
                    """)
            } else {
                changed = try await connection.execute("""
                    INSERT INTO deviation_note (explanation, action_plan, owner, status, author, at, sector_code, sub_area_code, year,
                                                month, version)
                    VALUES (\(stored.explanation), \(stored.actionPlan), \(stored.owner), \(stored.status.rawValue), \(stored.author),
                            \(stored.at?.secondsSinceEpoch), \(stored.sector.rawValue), \(stored.subArea), \(stored.month.year),
                            \(stored.month.month), 1)
                    ON CONFLICT DO NOTHING
                    RETURNING 1
                    """)
            }
            try await Self.requireOneChange(changed) {
                let now = try await Self.deviationNote(connection, sector: note.sector, subArea: note.subArea, month: note.month)
                return (now?.author, now?.at)
            }
            try await Self.audit(connection, context, action: "deviation.note", entity: note.auditEntity, before: existing, after: stored)
            return stored
        }
    }

    static func forecast(_ connection: PostgresConnection, sector: SectorCode, month: Month) async throws -> ManualForecast? {
        try await connection.fetchOne(StoredForecast.self, """
            SELECT * FROM manual_forecast WHERE sector_code = \(sector.rawValue) AND year = \(month.year) AND month = \(month.month)
            """)?.forecast
    }

    /// The note of a sector (`subArea` nil) or of one of its sub-areas for a month.
    static func deviationNote(_ connection: PostgresConnection, sector: SectorCode, subArea: String?,
                              month: Month) async throws -> DeviationNote? {
        try await connection.fetchOne(StoredDeviationNote.self, """
            SELECT * FROM deviation_note WHERE sector_code = \(sector.rawValue) AND sub_area_code IS NOT DISTINCT FROM \(subArea)
              AND year = \(month.year) AND month = \(month.month)
            """)?.note()
    }
}
