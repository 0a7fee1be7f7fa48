import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func budgetRows(year: Int) async throws -> BudgetInput {
        try await database.read { db in try Self.budgetRows(db, year: year) }
    }

    /// Every figure comes from the monthly totals and the commitments, never from postings: a
    /// few hundred rows whatever the number of postings.
    static func budgetRows(_ db: Database, year: Int) throws -> BudgetInput {
        // Postings and budgets may be imported before the settings: then 1/12 a month.
        let periodisation = try String.fetchOne(db, sql: "SELECT periodisation FROM settings WHERE id = 1")
            .map { try RowCoding.periodisation($0, column: "settings.periodisation") } ?? .even
        let subAreas = try StoredSubArea.fetchAll(db, sql: "SELECT * FROM sub_area").map { row in
            BudgetInput.SubAreaRow(code: row.code, sector: row.sectorCode.map { SectorCode($0) })
        }
        let budgets = try StoredBudget.fetchAll(db, sql: """
            SELECT s.code, b.amount_ore, b.profile FROM budget b JOIN sub_area s ON s.id = b.sub_area_id WHERE b.year = ?
            """, arguments: [year]).map { try $0.row() }
        let actuals = try StoredMonthlyActual.fetchAll(db, sql: """
            SELECT s.code, m.month, m.amount_ore FROM monthly_actual m JOIN sub_area s ON s.id = m.sub_area_id WHERE m.year = ?
            """, arguments: [year]).map(\.row)
        let commitments = try StoredCommitmentMonth.fetchAll(db, sql: StoredCommitmentMonth.query, arguments: [year]).map(\.row)
        let forecasts = try StoredForecast.fetchAll(db, sql: "SELECT * FROM manual_forecast WHERE year = ?", arguments: [year])
            .map(\.row)
        // The import keeps each file's last posting day; the year's is the latest of them.
        let lastDay = try String.fetchOne(db, sql: """
            SELECT MAX(last_day) FROM import_batch WHERE kind = 'postings' AND last_day BETWEEN ? AND ?
            """, arguments: ["\(year)-01-01", "\(year)-12-31"])
        return BudgetInput(
            year: year, periodisation: periodisation, sectors: Array(try knownSectors(db)), subAreas: subAreas,
            budgets: budgets, actuals: actuals, commitments: commitments, forecasts: forecasts,
            lastPostingDay: try RowCoding.day(lastDay, column: "import_batch.last_day"))
    }

    public func deviationNotes(year: Int) async throws -> [DeviationNote] {
        try await database.read { db in
            try StoredDeviationNote.fetchAll(db, sql: """
                SELECT * FROM deviation_note WHERE year = ? ORDER BY sector_code, COALESCE(sub_area_code, ''), month
                """, arguments: [year]).map { try $0.note() }
        }
    }

    public func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?, expectedVersion: Int,
                            context: CommandContext) async throws -> ManualForecast? {
        let path = database.path
        return try await database.write { db in
            let existing = try StoredForecast.fetch(db, sector: sector, month: month)
            var rows = try Self.budgetRows(db, year: month.year)
            let youths = try Self.youths(db)
            if !youths.isEmpty {
                rows = TransitionInflow.adding(to: rows, youths: youths, requests: try Self.fetchRequests(db, whereClause: "", arguments: []))
            }
            let figures = BudgetAggregation.snapshot(rows).sectors[sector]
            let stored = try CommandRules.setForecast(
                forecast, for: sector, month: month, existing: existing, expectedVersion: expectedVersion,
                figures: figures ?? BudgetFigures(budget: .zero), budgetYear: try Self.settings(db, path: path).budgetYear,
                knownSectors: try Self.knownSectors(db), context: context)
            let key: StatementArguments = [sector.rawValue, month.year, month.month]
            if let stored {
                try db.execute(sql: """
                    INSERT INTO manual_forecast (sector_code, year, month, amount_ore, note, set_by, at, committed_rest_ore,
                                                 transition_rest_ore, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (sector_code, year, month) DO UPDATE SET amount_ore = excluded.amount_ore, note = excluded.note,
                        set_by = excluded.set_by, at = excluded.at, committed_rest_ore = excluded.committed_rest_ore,
                        transition_rest_ore = excluded.transition_rest_ore, version = excluded.version
                    WHERE version = ?
                    """, arguments: key + [stored.amount.ore, stored.note, stored.author, context.at.secondsSinceEpoch,
                                           stored.committedRest?.ore, stored.transitionRest?.ore, stored.version, expectedVersion])
            } else {
                try db.execute(sql: "DELETE FROM manual_forecast WHERE sector_code = ? AND year = ? AND month = ? AND version = ?",
                               arguments: key + [expectedVersion])
            }
            try db.requireOneChange {
                let now = try StoredForecast.fetch(db, sector: sector, month: month)
                return (now?.author, now?.at)
            }
            try Self.audit(db, context, action: stored == nil ? "forecast.clear" : "forecast.set",
                           entity: "forecast:\(sector)/\(month)", before: existing.map(ForecastAuditState.init),
                           after: stored.map(ForecastAuditState.init))
            return stored
        }
    }

    public func largestCommitments(sector: SectorCode, year: Int, limit: Int) async throws -> [CommitmentSummary] {
        try await database.read { db in
            CommitmentSummary.largest(try StoredCommitmentSummary.fetchAll(db, sector: sector, year: year), limit: limit)
        }
    }

    public func familyDraws(year: Int) async throws -> [FamilyDraw] {
        try await database.read { db in try StoredFamilyDraw.fetchAll(db, through: year) }
    }

    public func writeDeviationNote(_ note: DeviationNote, context: CommandContext) async throws -> DeviationNote {
        try await database.write { db in
            let existing = try StoredDeviationNote.fetch(db, sector: note.sector, subArea: note.subArea, month: note.month)
            let stored = try CommandRules.writeDeviationNote(note, existing: existing, knownSectors: try Self.knownSectors(db),
                                                             subAreas: try Self.subAreas(db), context: context)
            try Self.saveNote(db, stored, over: existing)
            try Self.audit(db, context, action: "deviation.note", entity: note.auditEntity, before: existing, after: stored)
            return stored
        }
    }

    /// Writes a note over the version that was read, and only over it (see `saveState`); a
    /// first note only where there is none yet.
    private static func saveNote(_ db: Database, _ note: DeviationNote, over read: DeviationNote?) throws {
        let arguments: StatementArguments = [note.explanation, note.actionPlan, note.owner, note.status.rawValue, note.author,
                                             note.at?.secondsSinceEpoch, note.sector.rawValue, note.subArea, note.month.year,
                                             note.month.month]
        if let read {
            try db.execute(sql: """
                UPDATE deviation_note SET explanation = ?, action_plan = ?, owner = ?, status = ?, author = ?, at = ?,
                    version = version + 1
                WHERE sector_code = ? AND sub_area_code IS ? AND year = ? AND month = ? AND version = ?
                """, arguments: arguments + [read.version])
        } else {
            try db.execute(sql: """
                INSERT INTO deviation_note (explanation, action_plan, owner, status, author, at, sector_code, sub_area_code, year,
                                            month, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING
                """, arguments: arguments)
        }
        try db.requireOneChange {
            let now = try StoredDeviationNote.fetch(db, sector: note.sector, subArea: note.subArea, month: note.month)
            return (now?.author, now?.at)
        }
    }
}
