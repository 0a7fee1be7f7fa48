import ForumCore
import ForumStore
import PostgresNIO

/// The transition list (DOMAIN §12) on PostgreSQL.
extension PostgresRepository {
    func youths() async throws -> [Youth] {
        try await database.read { connection in try await Self.youths(connection) }
    }

    static func youths(_ connection: PostgresConnection) async throws -> [Youth] {
        try await connection.fetchAll(StoredYouth.self, """
            SELECT \(unescaped: StoredYouth.selection) FROM youth y JOIN person p ON p.id = y.person_id
            ORDER BY y.transition_date, p.case_id
            """).map { try $0.youth() }
    }

    static func youth(_ connection: PostgresConnection, case caseID: CaseID) async throws -> Youth? {
        try await connection.fetchOne(StoredYouth.self, """
            SELECT \(unescaped: StoredYouth.selection) FROM youth y JOIN person p ON p.id = y.person_id
            WHERE p.case_id = \(caseID.rawValue)
            """)?.youth()
    }

    func transitionSettings() async throws -> TransitionSettings {
        try await database.read { connection in try await Self.transitionSettings(connection) }
    }

    private static func transitionSettings(_ connection: PostgresConnection) async throws -> TransitionSettings {
        var settings = TransitionSettings.standard
        if let entry = try await connection.value(Int64.self, "SELECT entry_age_months FROM transition_settings WHERE id = 1"),
           let handover = try await connection.value(Int64.self, "SELECT handover_age_months FROM transition_settings WHERE id = 1") {
            settings.entryAgeMonths = Int(entry)
            settings.handoverAgeMonths = Int(handover)
        }
        for row in try await connection.fetchAll(StoredOtherInflow.self, "SELECT sector_code, amount_ore FROM transition_other_inflow") {
            settings.netOtherInflow[SectorCode(row.sectorCode)] = Money(ore: row.amountOre)
        }
        return settings
    }

    func setYouth(_ youth: Youth, expectedVersion: Int, context: CommandContext) async throws -> Youth {
        try await database.write { connection in
            guard let person = try await connection.value(Int64.self, "SELECT id FROM person WHERE case_id = \(youth.caseID.rawValue)") else {
                throw RepositoryError.caseNotFound(youth.caseID)
            }
            // Two first records of one case meet here, not in the unique key.
            try await connection.execute("SELECT pg_advisory_xact_lock(16, hashtext(\(youth.caseID.rawValue)))")
            let existing = try await Self.youth(connection, case: youth.caseID)
            let stored = try CommandRules.setYouth(youth, existing: existing, expectedVersion: expectedVersion,
                                                   knownSectors: try await Self.knownSectors(connection), context: context)
            let changed: Int
            if let existing {
                changed = try await connection.execute("""
                    UPDATE youth SET birth_date = \(stored.birthDate.description), children_sector = \(stored.childrenSector.rawValue),
                        receiving_sector = \(stored.receivingSector.rawValue), transition_date = \(stored.transitionDate.description),
                        colour = \(stored.colour.rawValue), probability = \(stored.probability.description),
                        expected_measure = \(stored.expectedMeasure), law = \(stored.law), annual_cost_ore = \(stored.annualCost.ore),
                        last_discussed = \(stored.lastDiscussed?.description), handed_over = \(stored.handedOver?.description),
                        closed = \(stored.closed?.description), author = \(stored.author), at = \(stored.at?.secondsSinceEpoch),
                        version = \(Int64(stored.version))
                    WHERE person_id = \(person) AND version = \(Int64(existing.version))
                    RETURNING 1
                    """)
            } else {
                changed = try await connection.execute("""
                    INSERT INTO youth (person_id, birth_date, children_sector, receiving_sector, transition_date, colour, probability,
                        expected_measure, law, annual_cost_ore, last_discussed, handed_over, closed, author, at, version)
                    VALUES (\(person), \(stored.birthDate.description), \(stored.childrenSector.rawValue),
                        \(stored.receivingSector.rawValue), \(stored.transitionDate.description), \(stored.colour.rawValue),
                        \(stored.probability.description), \(stored.expectedMeasure), \(stored.law), \(stored.annualCost.ore),
                        \(stored.lastDiscussed?.description), \(stored.handedOver?.description), \(stored.closed?.description),
                        \(stored.author), \(stored.at?.secondsSinceEpoch), \(Int64(stored.version)))
                    ON CONFLICT DO NOTHING
                    RETURNING 1
                    """)
            }
            try await Self.requireOneChange(changed) {
                let now = try await Self.youth(connection, case: youth.caseID)
                return (now?.author, now?.at)
            }
            try await Self.audit(connection, context, action: "youth.set", entity: "youth:\(youth.caseID)",
                                 before: existing.map(YouthAuditState.init), after: YouthAuditState(stored))
            return stored
        }
    }

    func setTransitionSettings(_ settings: TransitionSettings, context: CommandContext) async throws -> TransitionSettings {
        try await database.write { connection in
            try await connection.execute("SELECT pg_advisory_xact_lock(17, 0)")
            let before = try await Self.transitionSettings(connection)
            let stored = try CommandRules.setTransitionSettings(settings, knownSectors: try await Self.knownSectors(connection),
                                                                context: context)
            _ = try await connection.execute("""
                INSERT INTO transition_settings (id, entry_age_months, handover_age_months)
                VALUES (1, \(Int64(stored.entryAgeMonths)), \(Int64(stored.handoverAgeMonths)))
                ON CONFLICT (id) DO UPDATE SET entry_age_months = excluded.entry_age_months,
                    handover_age_months = excluded.handover_age_months
                """)
            _ = try await connection.execute("DELETE FROM transition_other_inflow")
            for (sector, amount) in stored.netOtherInflow {
                _ = try await connection.execute("""
                    INSERT INTO transition_other_inflow (sector_code, amount_ore) VALUES (\(sector.rawValue), \(amount.ore))
                    """)
            }
            try await Self.audit(connection, context, action: "transition.settings", entity: "settings",
                                 before: TransitionSettingsAuditState(before), after: TransitionSettingsAuditState(stored))
            return stored
        }
    }
}

/// A row of `transition_other_inflow`.
private struct StoredOtherInflow: Decodable {
    var sectorCode: String
    var amountOre: Int64

    enum CodingKeys: String, CodingKey {
        case sectorCode = "sector_code", amountOre = "amount_ore"
    }
}
