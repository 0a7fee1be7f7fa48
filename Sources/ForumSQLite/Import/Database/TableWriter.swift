import ForumCore
import ForumStore
import GRDB

/// Writes the rows of a configuration or case-list file inside the import's transaction.
///
/// Configuration (settings, sectors, sub-areas, laws, users, offers) and budgets are brought up to date:
/// a row with a known key replaces the stored one, so the economist can load a corrected file.
/// A waiting-list file is the whole list of each offer it names, and a placements file the whole
/// set of placements (with their commitments) of each offer it names. Requests are new cases only:
/// one already in the database may carry the forum's decisions, which a case-system file must
/// never overwrite, so it refuses the file.
enum TableWriter {
    static func write(_ db: Database, _ table: ImportedTable, file: String, context: CommandContext) throws {
        switch table {
        case .sectors(let sectors):
            for sector in sectors {
                try upsert(db, into: "sector", key: "code", columns: ["name", "chief_login"],
                           [sector.code.rawValue, sector.name, sector.chiefLogin])
            }
        case .subAreas(let subAreas):
            for subArea in subAreas {
                try upsert(db, into: "sub_area", key: "code", columns: ["name", "sector_code"],
                           [subArea.code, subArea.name, subArea.sector.rawValue])
            }
        case .laws(let laws):
            for law in laws {
                try upsert(db, into: "law", key: "code", columns: ["name", "default_payer"],
                           [law.code, law.name, law.defaultPayer.rawValue])
            }
        case .users(let users):
            for user in users {
                try upsert(db, into: "app_user", key: "login", columns: ["name", "roles", "sector_code"],
                           [user.login, user.name, RowCoding.roles(user.roles), user.sector?.rawValue])
            }
        case .settings(let rows):
            for settings in rows {
                // Whether the database is a demo is the demo builder's to say, not a file's.
                try db.execute(sql: """
                    INSERT INTO settings (id, municipality, budget_year, policy_json, tolerance_ore, tolerance_basis_points,
                                          periodisation)
                    VALUES (1, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET municipality = excluded.municipality, budget_year = excluded.budget_year,
                        policy_json = excluded.policy_json, tolerance_ore = excluded.tolerance_ore,
                        tolerance_basis_points = excluded.tolerance_basis_points, periodisation = excluded.periodisation
                    """, arguments: [settings.municipality, settings.budgetYear, try AuditLog.json(settings.policy),
                                     settings.tolerance.amount.ore, settings.tolerance.basisPoints,
                                     RowCoding.text(settings.periodisation)])
            }
        case .offers(let offers):
            for offer in offers { try upsert(db, offer, context: context) }
        case .budgets(let budgets):
            for budget in budgets {
                guard let subArea = try Int64.fetchOne(db, sql: "SELECT id FROM sub_area WHERE code = ?", arguments: [budget.subArea]) else {
                    throw RepositoryError.invalid(Strings.importUnknownSubArea)
                }
                var profile: [Int64]?
                if case .profile(let weights) = budget.periodisation { profile = weights }
                try StoreWriters.setBudget(db, year: budget.year, subAreaID: subArea, amount: budget.amount, profile: profile)
            }
        case .waitingList(let entries):
            for offer in Set(entries.map(\.offer)) {
                try db.execute(sql: "DELETE FROM waiting_entry WHERE offer_id = ?", arguments: [offer.rawValue])
            }
            for entry in entries {
                let person = try Persons.ensure(db, pseudonym: entry.person.bytes)
                try StoreWriters.insertWaitingEntry(db, offer: entry.offer, personID: person.id, crossSector: entry.crossSector,
                                                    priority: entry.priority, since: entry.since, units: entry.units,
                                                    note: entry.note)
            }
        case .placements(let lines):
            let budgetYear = try Int.fetchOne(db, sql: "SELECT budget_year FROM settings WHERE id = 1") ?? context.today.year
            var offers: [OfferID: Offer] = [:]
            for id in Set(lines.map(\.offer)) {
                try db.execute(sql: "DELETE FROM commitment WHERE placement_id IN (SELECT id FROM placement WHERE offer_id = ?)",
                               arguments: [id.rawValue])
                try db.execute(sql: "DELETE FROM placement WHERE offer_id = ?", arguments: [id.rawValue])
                offers[id] = try SQLiteRepository.fetchOffer(db, id)
            }
            for line in lines {
                guard let offer = offers[line.offer] else { continue }
                let person = try Persons.ensure(db, pseudonym: line.person.bytes)
                try PlacementTable.insert(db, line.placement(on: offer), personID: person.id, budgetYear: budgetYear, in: nil)
            }
        case .youths(let lines):
            // A youth file brings each record it names up to date; a handover or closing it leaves
            // empty stays as set in the console.
            for line in lines {
                let person = try Persons.ensure(db, pseudonym: line.person.bytes)
                let youth = line.youth
                try db.execute(sql: """
                    INSERT INTO youth (person_id, birth_date, children_sector, receiving_sector, transition_date, colour,
                        probability, expected_measure, law, annual_cost_ore, last_discussed, handed_over, closed, author, at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (person_id) DO UPDATE SET birth_date = excluded.birth_date,
                        children_sector = excluded.children_sector, receiving_sector = excluded.receiving_sector,
                        transition_date = excluded.transition_date, colour = excluded.colour, probability = excluded.probability,
                        expected_measure = excluded.expected_measure, law = excluded.law, annual_cost_ore = excluded.annual_cost_ore,
                        last_discussed = excluded.last_discussed, handed_over = COALESCE(excluded.handed_over, youth.handed_over),
                        closed = COALESCE(excluded.closed, youth.closed), author = excluded.author, at = excluded.at,
                        version = youth.version + 1
                    """, arguments: [person.id, youth.birthDate.description, youth.childrenSector.rawValue,
                                     youth.receivingSector.rawValue, youth.transitionDate.description, youth.colour.rawValue,
                                     youth.probability.description, youth.expectedMeasure, youth.law, youth.annualCost.ore,
                                     youth.lastDiscussed?.description, youth.handedOver?.description, youth.closed?.description,
                                     context.user.name, context.at.secondsSinceEpoch])
            }
        case .requests(let requests):
            let problems = ProblemLog(file: file)
            for row in requests
            where try Bool.fetchOne(db, sql: "SELECT 1 FROM grant_request WHERE id = ?", arguments: [row.request.id.rawValue]) != nil {
                problems.add(line: row.line, Strings.importRequestExists(row.request.id.rawValue))
            }
            guard problems.isEmpty else { throw problems.failure }
            for row in requests {
                let person = try Persons.ensure(db, pseudonym: row.person.bytes)
                try StoreWriters.insertRequest(db, row.request, personID: person.id)
            }
        }
    }

    /// A configuration row with a known key replaces the stored one; `values` are the key's
    /// value followed by the columns' values.
    private static func upsert(_ db: Database, into table: String, key: String, columns: [String],
                               _ values: [(any DatabaseValueConvertible)?]) throws {
        let names = ([key] + columns).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        let updates = columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try db.execute(sql: "INSERT INTO \(table) (\(names)) VALUES (\(placeholders)) ON CONFLICT (\(key)) DO UPDATE SET \(updates)",
                       arguments: StatementArguments(values))
    }

    /// An offer as the file gives it; a stored one keeps its place in history through its version.
    private static func upsert(_ db: Database, _ offer: Offer, context: CommandContext) throws {
        try db.execute(sql: """
            INSERT INTO offer (id, name, sector_code, unit, capacity, cross_sector_quota,
                               base_tariff_ore, service_tariff_ore, special_tariff_ore, provider, leader_login, version,
                               changed_by, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, sector_code = excluded.sector_code, unit = excluded.unit,
                capacity = excluded.capacity,
                cross_sector_quota = excluded.cross_sector_quota, base_tariff_ore = excluded.base_tariff_ore,
                service_tariff_ore = excluded.service_tariff_ore, special_tariff_ore = excluded.special_tariff_ore,
                provider = excluded.provider, leader_login = excluded.leader_login, version = offer.version + 1,
                changed_by = excluded.changed_by, changed_at = excluded.changed_at
            """, arguments: [offer.id.rawValue, offer.name, offer.sector.rawValue, offer.unit.rawValue, offer.capacity,
                             offer.crossSectorQuota, offer.tariff.base.ore,
                             offer.tariff.service.ore, offer.tariff.special.ore, offer.provider.rawValue, offer.leaderLogin,
                             context.user.name, context.at.secondsSinceEpoch])
    }
}
