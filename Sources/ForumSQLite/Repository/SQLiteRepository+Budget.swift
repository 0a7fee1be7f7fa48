import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func budget(year: Int) async throws -> BudgetSnapshot {
        try await database.read { db in
            var subAreas: [String: BudgetFigures] = [:]
            var sectorOfSubArea: [String: SectorCode] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT code, sector_code FROM sub_area") {
                let code: String = row["code"]
                subAreas[code] = BudgetFigures(budget: .zero)
                if let sector = row["sector_code"] as String? { sectorOfSubArea[code] = SectorCode(sector) }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT s.code, b.amount_ore FROM budget b JOIN sub_area s ON s.id = b.sub_area_id WHERE b.year = ?
                """, arguments: [year]) {
                subAreas[row["code"], default: BudgetFigures(budget: .zero)].budget = Money(ore: row["amount_ore"])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT s.code, m.month, m.amount_ore FROM monthly_actual m JOIN sub_area s ON s.id = m.sub_area_id WHERE m.year = ?
                """, arguments: [year]) {
                let month: Int = row["month"]
                subAreas[row["code"], default: BudgetFigures(budget: .zero)].actual[month - 1] += Money(ore: row["amount_ore"])
            }
            // Sub-areas with nothing at all this year are left out (the unmapped one among them).
            subAreas = subAreas.filter { !$0.value.budget.isZero || $0.value.actual.contains { !$0.isZero } || sectorOfSubArea[$0.key] != nil }

            var sectors: [SectorCode: BudgetFigures] = [:]
            for code in try String.fetchAll(db, sql: "SELECT code FROM sector") {
                sectors[SectorCode(code)] = BudgetFigures(budget: .zero)
            }
            for (code, figures) in subAreas {
                guard let sector = sectorOfSubArea[code] else { continue }
                sectors[sector] = (sectors[sector] ?? BudgetFigures(budget: .zero)) + figures
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT sector_code, month, SUM(amount_ore) AS amount FROM commitment WHERE year = ? GROUP BY sector_code, month
                """, arguments: [year]) {
                let month: Int = row["month"]
                sectors[SectorCode(row["sector_code"] as String), default: BudgetFigures(budget: .zero)].commitments[month - 1]
                    += Money(ore: row["amount"])
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM manual_forecast WHERE year = ?", arguments: [year]) {
                let month: Int = row["month"]
                sectors[SectorCode(row["sector_code"] as String), default: BudgetFigures(budget: .zero)].manualForecasts[month] =
                    ManualForecast(amount: Money(ore: row["amount_ore"]), note: row["note"])
            }
            let lastPosted = try Int.fetchOne(db, sql: """
                SELECT MAX(month) FROM monthly_actual WHERE year = ? AND amount_ore <> 0
                """, arguments: [year])
            return BudgetSnapshot(year: year, lastPostedMonth: lastPosted, sectors: sectors, subAreas: subAreas)
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
            guard try Self.knownSectors(db).contains(sector) else { throw RepositoryError.unknownSector(sector) }
            if case .denied(let why) = Permissions.check(context.user, .setForecast(sector)) { throw RepositoryError.denied(why) }
            let before = try Row.fetchOne(db, sql: """
                SELECT amount_ore, note FROM manual_forecast WHERE sector_code = ? AND year = ? AND month = ?
                """, arguments: [sector.rawValue, month.year, month.month])
            let beforeState = before.map { ForecastAuditState(amountOre: $0["amount_ore"], note: $0["note"]) }
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
            guard try Self.knownSectors(db).contains(note.sector) else { throw RepositoryError.unknownSector(note.sector) }
            if case .denied(let why) = Permissions.check(context.user, .writeDeviationNote(note.sector)) {
                throw RepositoryError.denied(why)
            }
            let existing = try StoredDeviationNote.fetch(db, sector: note.sector, month: note.month)
            let currentVersion = existing?.version ?? 0
            guard currentVersion == note.version else {
                throw RepositoryError.conflict(by: existing?.author, at: existing?.at)
            }
            var stored = note
            stored.author = context.user.name
            stored.at = context.at
            stored.version = currentVersion + 1
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
        guard db.changesCount == 1 else {
            let now = try StoredDeviationNote.fetch(db, sector: note.sector, month: note.month)
            throw RepositoryError.conflict(by: now?.author, at: now?.at)
        }
    }
}

struct ForecastAuditState: Encodable {
    var amountOre: Int64
    var note: String
}
