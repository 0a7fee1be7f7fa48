import ForumCore
import ForumStore
import GRDB

/// The transition list (DOMAIN §12) on SQLite.
extension SQLiteRepository {
    public func youths() async throws -> [Youth] {
        try await database.read { db in try Self.youths(db) }
    }

    static func youths(_ db: Database) throws -> [Youth] {
        try StoredYouth.fetchAll(db, sql: """
            SELECT \(StoredYouth.selection) FROM youth y JOIN person p ON p.id = y.person_id
            ORDER BY y.transition_date, p.case_id
            """).map { try $0.youth() }
    }

    static func youth(_ db: Database, case caseID: CaseID) throws -> Youth? {
        try StoredYouth.fetchOne(db, sql: """
            SELECT \(StoredYouth.selection) FROM youth y JOIN person p ON p.id = y.person_id WHERE p.case_id = ?
            """, arguments: [caseID.rawValue])?.youth()
    }

    public func transitionSettings() async throws -> TransitionSettings {
        try await database.read { db in try Self.transitionSettings(db) }
    }

    static func transitionSettings(_ db: Database) throws -> TransitionSettings {
        var settings = TransitionSettings.standard
        if let row = try Row.fetchOne(db, sql: "SELECT entry_age_months, handover_age_months FROM transition_settings WHERE id = 1") {
            settings.entryAgeMonths = row["entry_age_months"]
            settings.handoverAgeMonths = row["handover_age_months"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT sector_code, amount_ore FROM transition_other_inflow") {
            settings.netOtherInflow[SectorCode(row["sector_code"] as String)] = Money(ore: row["amount_ore"])
        }
        return settings
    }

    public func setYouth(_ youth: Youth, expectedVersion: Int, context: CommandContext) async throws -> Youth {
        try await database.write { db in
            guard let person = try PlacementTable.personID(db, case: youth.caseID) else {
                throw RepositoryError.caseNotFound(youth.caseID)
            }
            let existing = try Self.youth(db, case: youth.caseID)
            let stored = try CommandRules.setYouth(youth, existing: existing, expectedVersion: expectedVersion,
                                                   knownSectors: try Self.knownSectors(db), context: context)
            try Self.saveYouth(db, stored, person: person, over: existing)
            try Self.audit(db, context, action: "youth.set", entity: "youth:\(youth.caseID)",
                           before: existing.map(YouthAuditState.init), after: YouthAuditState(stored))
            return stored
        }
    }

    /// Writes a record over the version that was read, and only over it; a new one only where
    /// there is none yet.
    static func saveYouth(_ db: Database, _ youth: Youth, person: Int64, over read: Youth?) throws {
        let arguments: StatementArguments = [
            youth.birthDate.description, youth.childrenSector.rawValue, youth.receivingSector.rawValue,
            youth.transitionDate.description, youth.colour.rawValue, youth.probability.description, youth.expectedMeasure,
            youth.law, youth.annualCost.ore, youth.lastDiscussed?.description, youth.handedOver?.description,
            youth.closed?.description, youth.author, youth.at?.secondsSinceEpoch, youth.version, person,
        ]
        if let read {
            try db.execute(sql: """
                UPDATE youth SET birth_date = ?, children_sector = ?, receiving_sector = ?, transition_date = ?, colour = ?,
                    probability = ?, expected_measure = ?, law = ?, annual_cost_ore = ?, last_discussed = ?, handed_over = ?,
                    closed = ?, author = ?, at = ?, version = ?
                WHERE person_id = ? AND version = ?
                """, arguments: arguments + [read.version])
        } else {
            try db.execute(sql: """
                INSERT INTO youth (birth_date, children_sector, receiving_sector, transition_date, colour, probability,
                    expected_measure, law, annual_cost_ore, last_discussed, handed_over, closed, author, at, version, person_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, arguments: arguments)
        }
        try db.requireOneChange {
            let now = try Self.youth(db, case: youth.caseID)
            return (now?.author, now?.at)
        }
    }

    public func setTransitionSettings(_ settings: TransitionSettings, context: CommandContext) async throws -> TransitionSettings {
        try await database.write { db in
            let before = try Self.transitionSettings(db)
            let stored = try CommandRules.setTransitionSettings(settings, knownSectors: try Self.knownSectors(db), context: context)
            try db.execute(sql: """
                INSERT INTO transition_settings (id, entry_age_months, handover_age_months) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET entry_age_months = excluded.entry_age_months,
                    handover_age_months = excluded.handover_age_months
                """, arguments: [stored.entryAgeMonths, stored.handoverAgeMonths])
            try db.execute(sql: "DELETE FROM transition_other_inflow")
            for (sector, amount) in stored.netOtherInflow {
                try db.execute(sql: "INSERT INTO transition_other_inflow (sector_code, amount_ore) VALUES (?, ?)",
                               arguments: [sector.rawValue, amount.ore])
            }
            try Self.audit(db, context, action: "transition.settings", entity: "settings",
                           before: TransitionSettingsAuditState(before), after: TransitionSettingsAuditState(stored))
            return stored
        }
    }
}
