import ForumCore
import ForumStore
import PostgresNIO

/// Writes the rows of a configuration or case-list file inside the import's transaction, by the
/// same rules as ForumSQLite's `TableWriter`: configuration and budgets are brought up to date
/// (a known key replaces the stored row); a waiting-list file is the whole list of each offer
/// it names, a placements file the whole set of placements of each offer it names; requests
/// are new cases only, and one already stored refuses the file.
enum PostgresTableWriter {
    static func write(_ connection: PostgresConnection, _ table: ImportedTable, file: String,
                      context: CommandContext) async throws {
        switch table {
        case .sectors(let sectors):
            for sector in sectors { try await PostgresWriters.upsertSector(connection, sector) }
        case .subAreas(let subAreas):
            for subArea in subAreas { try await PostgresWriters.upsertSubArea(connection, subArea) }
        case .laws(let laws):
            for law in laws { try await PostgresWriters.upsertLaw(connection, law) }
        case .users(let users):
            for user in users { try await PostgresWriters.upsertUser(connection, user) }
            if try await PostgresRoles.mayManage(connection) {
                let groups = try await PostgresRoles.install(connection)
                for user in users { try await PostgresRoles.grant(user, groups: groups, connection) }
            }
        case .settings(let rows):
            for settings in rows { try await PostgresWriters.saveSettings(connection, settings, isDemo: nil) }
        case .offers(let offers):
            for offer in offers { try await upsert(connection, offer, context: context) }
        case .budgets(let budgets):
            for budget in budgets {
                guard let subArea = try await connection.value(Int64.self, "SELECT id FROM sub_area WHERE code = \(budget.subArea)")
                else { throw RepositoryError.invalid(Strings.importUnknownSubArea) }
                var profile: [Int64]?
                if case .profile(let weights) = budget.periodisation { profile = weights }
                try await PostgresWriters.setBudget(connection, year: budget.year, subAreaID: subArea, amount: budget.amount,
                                                    profile: profile)
            }
        case .youths(let lines):
            // A youth file brings each record it names up to date; a handover or closing it leaves
            // empty stays as set in the console.
            for line in lines {
                let person = try await PostgresWriters.ensurePerson(connection, pseudonym: line.person.bytes)
                let youth = line.youth
                try await connection.execute("""
                    INSERT INTO youth (person_id, birth_date, children_sector, receiving_sector, transition_date, colour,
                        probability, expected_measure, law, annual_cost_ore, last_discussed, handed_over, closed, author, at, version)
                    VALUES (\(person.id), \(youth.birthDate.description), \(youth.childrenSector.rawValue),
                        \(youth.receivingSector.rawValue), \(youth.transitionDate.description), \(youth.colour.rawValue),
                        \(youth.probability.description), \(youth.expectedMeasure), \(youth.law), \(youth.annualCost.ore),
                        \(youth.lastDiscussed?.description), \(youth.handedOver?.description), \(youth.closed?.description),
                        \(context.user.name), \(context.at.secondsSinceEpoch), 1)
                    ON CONFLICT (person_id) DO UPDATE SET birth_date = excluded.birth_date,
                        children_sector = excluded.children_sector, receiving_sector = excluded.receiving_sector,
                        transition_date = excluded.transition_date, colour = excluded.colour, probability = excluded.probability,
                        expected_measure = excluded.expected_measure, law = excluded.law, annual_cost_ore = excluded.annual_cost_ore,
                        last_discussed = excluded.last_discussed, handed_over = COALESCE(excluded.handed_over, youth.handed_over),
                        closed = COALESCE(excluded.closed, youth.closed), author = excluded.author, at = excluded.at,
                        version = youth.version + 1
                    """)
            }
        case .waitingList(let entries):
            for offer in Set(entries.map(\.offer)) {
                try await connection.execute("DELETE FROM waiting_entry WHERE offer_id = \(offer.rawValue)")
            }
            for entry in entries {
                let person = try await PostgresWriters.ensurePerson(connection, pseudonym: entry.person.bytes)
                try await PostgresWriters.insertWaitingEntry(connection, offer: entry.offer, personID: person.id,
                                                             crossSector: entry.crossSector, priority: entry.priority,
                                                             since: entry.since, units: entry.units, note: entry.note)
            }
        case .placements(let lines):
            let budgetYear = try await connection.value(Int.self, "SELECT budget_year FROM settings WHERE id = 1")
                ?? context.today.year
            var offers: [OfferID: Offer] = [:]
            for id in Set(lines.map(\.offer)) {
                try await connection.execute("""
                    DELETE FROM commitment WHERE placement_id IN (SELECT id FROM placement WHERE offer_id = \(id.rawValue))
                    """)
                try await connection.execute("DELETE FROM placement WHERE offer_id = \(id.rawValue)")
                offers[id] = try await PostgresRepository.fetchOffer(connection, id)
            }
            for line in lines {
                guard let offer = offers[line.offer] else { continue }
                let person = try await PostgresWriters.ensurePerson(connection, pseudonym: line.person.bytes)
                try await PostgresPlacements.insert(connection, line.placement(on: offer), personID: person.id,
                                                    budgetYear: budgetYear, in: nil)
            }
        case .requests(let requests):
            let problems = ProblemLog(file: file)
            let stored = Set(try await connection.values(String.self, """
                SELECT id FROM grant_request WHERE id = ANY(\(requests.map(\.request.id.rawValue))::text[])
                """))
            for row in requests where stored.contains(row.request.id.rawValue) {
                problems.add(line: row.line, Strings.importRequestExists(row.request.id.rawValue))
            }
            guard problems.isEmpty else { throw problems.failure }
            for row in requests {
                let person = try await PostgresWriters.ensurePerson(connection, pseudonym: row.person.bytes)
                try await PostgresWriters.insertRequest(connection, row.request, personID: person.id)
            }
        }
    }

    /// An offer as the file gives it; a stored one keeps its place in history through its version.
    private static func upsert(_ connection: PostgresConnection, _ offer: Offer, context: CommandContext) async throws {
        try await connection.execute("""
            INSERT INTO offer (id, name, sector_code, unit, capacity, cross_sector_quota,
                               base_tariff_ore, service_tariff_ore, special_tariff_ore, provider, leader_login, version,
                               changed_by, changed_at)
            VALUES (\(offer.id.rawValue), \(offer.name), \(offer.sector.rawValue), \(offer.unit.rawValue), \(offer.capacity),
                    \(offer.crossSectorQuota), \(offer.tariff.base.ore), \(offer.tariff.service.ore), \(offer.tariff.special.ore),
                    \(offer.provider.rawValue), \(offer.leaderLogin), 1, \(context.user.name), \(context.at.secondsSinceEpoch))
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, sector_code = excluded.sector_code, unit = excluded.unit,
                capacity = excluded.capacity, cross_sector_quota = excluded.cross_sector_quota,
                base_tariff_ore = excluded.base_tariff_ore, service_tariff_ore = excluded.service_tariff_ore,
                special_tariff_ore = excluded.special_tariff_ore, provider = excluded.provider,
                leader_login = excluded.leader_login, version = offer.version + 1,
                changed_by = excluded.changed_by, changed_at = excluded.changed_at
            """)
    }
}
