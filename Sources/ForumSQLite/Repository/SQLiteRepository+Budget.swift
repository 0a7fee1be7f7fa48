import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func budget(year: Int) async throws -> BudgetSnapshot {
        try await database.read { db in
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
            let commitments = try StoredSectorMonth.fetchAll(db, sql: """
                SELECT sector_code, month, SUM(amount_ore) AS amount FROM commitment WHERE year = ? GROUP BY sector_code, month
                """, arguments: [year]).map { BudgetInput.MonthRow(SectorCode($0.sectorCode), month: $0.month, amount: Money(ore: $0.amount)) }
            let forecasts = try StoredForecast.fetchAll(db, sql: "SELECT * FROM manual_forecast WHERE year = ?", arguments: [year])
                .map(\.row)
            return BudgetAggregation.snapshot(BudgetInput(
                year: year, periodisation: periodisation,
                sectors: Array(try Self.knownSectors(db)), subAreas: subAreas, budgets: budgets, actuals: actuals,
                commitments: commitments, forecasts: forecasts))
        }
    }

    public func deviationNotes(year: Int) async throws -> [DeviationNote] {
        try await database.read { db in
            try StoredDeviationNote.fetchAll(db, sql: "SELECT * FROM deviation_note WHERE year = ? ORDER BY sector_code, month",
                                             arguments: [year]).map { try $0.note() }
        }
    }

    public func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?,
                            context: CommandContext) async throws {
        try await database.write { db in
            let forecast = try CommandRules.setForecast(forecast, for: sector, knownSectors: try Self.knownSectors(db),
                                                        context: context)
            let before = try StoredForecast.fetchOne(db, sql: """
                SELECT * FROM manual_forecast WHERE sector_code = ? AND year = ? AND month = ?
                """, arguments: [sector.rawValue, month.year, month.month])
            let beforeState = before.map { ForecastAuditState(amountOre: $0.amountOre, note: $0.note) }
            if let forecast {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO manual_forecast (sector_code, year, month, amount_ore, note, set_by, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [sector.rawValue, month.year, month.month, forecast.amount.ore, forecast.note,
                                     context.user.login, context.at.secondsSinceEpoch])
            } else {
                try db.execute(sql: "DELETE FROM manual_forecast WHERE sector_code = ? AND year = ? AND month = ?",
                               arguments: [sector.rawValue, month.year, month.month])
            }
            try Self.audit(db, context, action: forecast == nil ? "forecast.clear" : "forecast.set",
                           entity: "forecast:\(sector)/\(month)", before: beforeState,
                           after: forecast.map { ForecastAuditState(amountOre: $0.amount.ore, note: $0.note) })
        }
    }

    public func writeDeviationNote(_ note: DeviationNote, context: CommandContext) async throws -> DeviationNote {
        try await database.write { db in
            let existing = try StoredDeviationNote.fetch(db, sector: note.sector, month: note.month)
            let stored = try CommandRules.writeDeviationNote(note, existing: existing, knownSectors: try Self.knownSectors(db),
                                                             context: context)
            try Self.saveNote(db, stored, over: existing)
            try Self.audit(db, context, action: "deviation.note", entity: "deviation:\(note.sector)/\(note.month)",
                           before: existing, after: stored)
            return stored
        }
    }

    /// Writes a note over the version that was read, and only over it (see `saveState`); a
    /// first note only where there is none yet.
    private static func saveNote(_ db: Database, _ note: DeviationNote, over read: DeviationNote?) throws {
        let arguments: StatementArguments = [note.explanation, note.actionPlan, note.owner, note.author, note.at?.secondsSinceEpoch,
                                             note.sector.rawValue, note.month.year, note.month.month]
        if let read {
            try db.execute(sql: """
                UPDATE deviation_note SET explanation = ?, action_plan = ?, owner = ?, author = ?, at = ?, version = version + 1
                WHERE sector_code = ? AND year = ? AND month = ? AND version = ?
                """, arguments: arguments + [read.version])
        } else {
            try db.execute(sql: """
                INSERT INTO deviation_note (explanation, action_plan, owner, author, at, sector_code, year, month, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING
                """, arguments: arguments)
        }
        try db.requireOneChange {
            let now = try StoredDeviationNote.fetch(db, sector: note.sector, month: note.month)
            return (now?.author, now?.at)
        }
    }
}

struct ForecastAuditState: Encodable {
    var amountOre: Int64
    var note: String
}
