import ForumCore
import ForumStore
import PostgresNIO

/// Writes of reference data and imported rows on PostgreSQL, for the import and the demo (as
/// ForumSQLite's `StoreWriters`). Each runs inside the caller's transaction; the caller appends
/// the audit event.
enum PostgresWriters {
    static func saveSettings(_ connection: PostgresConnection, _ settings: ForumSettings, isDemo: Bool?) async throws {
        // Whether the database is a demo is the demo builder's to say (isDemo), never a file's (nil).
        try await connection.execute("""
            INSERT INTO settings (id, municipality, budget_year, policy_json, tolerance_ore, tolerance_basis_points,
                                  periodisation, is_demo)
            VALUES (1, \(settings.municipality), \(settings.budgetYear), \(try AuditLog.json(settings.policy)),
                    \(settings.tolerance.amount.ore), \(settings.tolerance.basisPoints), \(RowCoding.text(settings.periodisation)),
                    \(isDemo ?? false))
            ON CONFLICT (id) DO UPDATE SET municipality = excluded.municipality, budget_year = excluded.budget_year,
                policy_json = excluded.policy_json, tolerance_ore = excluded.tolerance_ore,
                tolerance_basis_points = excluded.tolerance_basis_points, periodisation = excluded.periodisation,
                is_demo = COALESCE(\(isDemo), settings.is_demo)
            """)
    }

    static func upsertSector(_ connection: PostgresConnection, _ sector: Sector) async throws {
        try await connection.execute("""
            INSERT INTO sector (code, name, chief_login) VALUES (\(sector.code.rawValue), \(sector.name), \(sector.chiefLogin))
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, chief_login = excluded.chief_login
            """)
    }

    @discardableResult
    static func upsertSubArea(_ connection: PostgresConnection, _ subArea: SubArea) async throws -> Int64 {
        try await connection.value(Int64.self, """
            INSERT INTO sub_area (code, name, sector_code) VALUES (\(subArea.code), \(subArea.name), \(subArea.sector.rawValue))
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, sector_code = excluded.sector_code
            RETURNING id
            """) ?? 0
    }

    static func upsertLaw(_ connection: PostgresConnection, _ law: LawBasis) async throws {
        try await connection.execute("""
            INSERT INTO law (code, name, default_payer) VALUES (\(law.code), \(law.name), \(law.defaultPayer.rawValue))
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, default_payer = excluded.default_payer
            """)
    }

    static func upsertUser(_ connection: PostgresConnection, _ user: User) async throws {
        try await connection.execute("""
            INSERT INTO app_user (login, name, roles, sector_code)
            VALUES (\(user.login), \(user.name), \(RowCoding.roles(user.roles)), \(user.sector?.rawValue))
            ON CONFLICT (login) DO UPDATE SET name = excluded.name, roles = excluded.roles, sector_code = excluded.sector_code
            """)
    }

    static func setBudget(_ connection: PostgresConnection, year: Int, subAreaID: Int64, amount: Money,
                          profile: [Int64]?) async throws {
        try await connection.execute("""
            INSERT INTO budget (year, sub_area_id, amount_ore, profile)
            VALUES (\(year), \(subAreaID), \(amount.ore), \(profile.map { RowCoding.text(.profile($0)) }))
            ON CONFLICT (year, sub_area_id) DO UPDATE SET amount_ore = excluded.amount_ore, profile = excluded.profile
            """)
    }

    static func insertOffer(_ connection: PostgresConnection, _ offer: Offer) async throws {
        try await connection.execute("""
            INSERT INTO offer (id, name, sector_code, unit, capacity, cross_sector_quota,
                               base_tariff_ore, service_tariff_ore, special_tariff_ore, provider, leader_login, version)
            VALUES (\(offer.id.rawValue), \(offer.name), \(offer.sector.rawValue), \(offer.unit.rawValue), \(offer.capacity),
                    \(offer.crossSectorQuota), \(offer.tariff.base.ore), \(offer.tariff.service.ore), \(offer.tariff.special.ore),
                    \(offer.provider.rawValue), \(offer.leaderLogin), \(offer.version))
            """)
    }

    @discardableResult
    static func insertWaitingEntry(_ connection: PostgresConnection, offer: OfferID, personID: Int64, crossSector: Bool,
                                   priority: Int, since: Day, units: Int = 1, note: String) async throws -> Int64 {
        try await connection.value(Int64.self, """
            INSERT INTO waiting_entry (offer_id, person_id, cross_sector, priority, since, units, note)
            VALUES (\(offer.rawValue), \(personID), \(crossSector), \(priority), \(since.description), \(units), \(note))
            RETURNING id
            """) ?? 0
    }

    /// The person row for a pseudonym, created if new.
    static func ensurePerson(_ connection: PostgresConnection, pseudonym: [UInt8]) async throws -> (id: Int64, caseID: CaseID) {
        let bytes = ByteBuffer(bytes: pseudonym)
        for try await (id, caseID) in try await connection.query("""
            SELECT id, case_id FROM person WHERE pseudonym = \(bytes)
            """, logger: PostgresConnection.quiet).decode((Int64, String).self) {
            return (id, CaseID(caseID))
        }
        let caseID = Persons.caseID(forPseudonym: pseudonym)
        let id = try await connection.value(Int64.self, """
            INSERT INTO person (pseudonym, case_id) VALUES (\(bytes), \(caseID.rawValue)) RETURNING id
            """) ?? 0
        return (id, caseID)
    }

    /// Inserts a request as the case system delivers it, with its alternatives; a request that
    /// arrives already decided also gets its decision record, commitments and history.
    static func insertRequest(_ connection: PostgresConnection, _ request: GrantRequest, personID: Int64) async throws {
        let amount = RowCoding.columns(request.amount)
        try await connection.execute("""
            INSERT INTO grant_request (id, person_id, cross_sector, requesting_unit, requested_by, sector_code, law_code,
                offer, offer_id, amount_kind, amount_ore, start_day, end_day, weekly_hours_tenths, step, proposed_split,
                reason, submitted, status, version)
            VALUES (\(request.id.rawValue), \(personID), \(request.crossSector), \(request.requestingUnit), \(request.requestedBy),
                    \(request.sector.rawValue), \(request.law), \(request.offer), \(request.offerID?.rawValue), \(amount.kind),
                    \(amount.ore), \(amount.start), \(amount.end), \(request.weeklyHours?.tenths), \(request.step.rawValue),
                    \(request.proposedSplit.shareList), \(request.reason), \(request.submitted.description),
                    \(request.status.rawValue), \(request.version))
            """)
        for (position, alternative) in request.alternatives.enumerated() {
            let columns = RowCoding.columns(alternative.amount)
            try await connection.execute("""
                INSERT INTO alternative (request_id, position, description, amount_kind, amount_ore, start_day, end_day)
                VALUES (\(request.id.rawValue), \(position + 1), \(alternative.description), \(columns.kind), \(columns.ore),
                        \(columns.start), \(columns.end))
                """)
        }
        try await PostgresRepository.appendEvent(connection, request.id,
                                                 RequestEvent(kind: .submitted, day: request.submitted, actor: request.requestedBy))
        if let record = request.decision {
            let id = try await PostgresRepository.insertDecision(connection, record)
            try await connection.execute("UPDATE grant_request SET decision_id = \(id) WHERE id = \(request.id.rawValue)")
            try await PostgresRepository.appendEvent(connection, request.id, RequestEvent(
                kind: .decided, at: record.at, actor: record.decidedByName, decision: record.decision.kind,
                split: record.decision.split, note: record.decision.note))
            try await PostgresCommitments.replace(connection, .request(request.id), with: CommandRules.commitments(of: request),
                                                  in: nil)
        }
    }
}
