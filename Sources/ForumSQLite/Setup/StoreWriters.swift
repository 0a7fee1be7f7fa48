import ForumCore
import ForumStore
import GRDB

/// Writes of reference data and imported rows, for the import and the demo builder. Each runs
/// inside the caller's transaction; the caller appends the audit event.
enum StoreWriters {
    static func saveSettings(_ db: Database, _ settings: ForumSettings, isDemo: Bool) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO settings (id, municipality, budget_year, policy_json, tolerance_ore, tolerance_basis_points,
                                             periodisation, is_demo)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [settings.municipality, settings.budgetYear, try AuditLog.json(settings.policy),
                             settings.tolerance.amount.ore, settings.tolerance.basisPoints,
                             RowCoding.text(settings.periodisation), isDemo])
    }

    static func insertSector(_ db: Database, _ sector: Sector) throws {
        try db.execute(sql: "INSERT INTO sector (code, name, chief_login) VALUES (?, ?, ?)",
                       arguments: [sector.code.rawValue, sector.name, sector.chiefLogin])
    }

    @discardableResult
    static func insertSubArea(_ db: Database, _ subArea: SubArea) throws -> Int64 {
        try db.execute(sql: "INSERT INTO sub_area (code, name, sector_code) VALUES (?, ?, ?)",
                       arguments: [subArea.code, subArea.name, subArea.sector.rawValue])
        return db.lastInsertedRowID
    }

    static func insertLaw(_ db: Database, _ law: LawBasis) throws {
        try db.execute(sql: "INSERT INTO law (code, name, default_payer) VALUES (?, ?, ?)",
                       arguments: [law.code, law.name, law.defaultPayer.rawValue])
    }

    static func insertUser(_ db: Database, _ user: User) throws {
        try db.execute(sql: "INSERT INTO app_user (login, name, roles, sector_code) VALUES (?, ?, ?, ?)",
                       arguments: [user.login, user.name, RowCoding.roles(user.roles), user.sector?.rawValue])
    }

    static func setBudget(_ db: Database, year: Int, subAreaID: Int64, amount: Money, profile: [Int64]?) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO budget (year, sub_area_id, amount_ore, profile) VALUES (?, ?, ?, ?)",
                       arguments: [year, subAreaID, amount.ore, profile.map { RowCoding.text(.profile($0)) }])
    }

    static func insertOffer(_ db: Database, _ offer: Offer) throws {
        try db.execute(sql: """
            INSERT INTO offer (id, name, sector_code, unit, capacity, cross_sector_quota,
                               base_tariff_ore, service_tariff_ore, special_tariff_ore, provider, leader_login, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [offer.id.rawValue, offer.name, offer.sector.rawValue, offer.unit.rawValue, offer.capacity,
                             offer.crossSectorQuota, offer.tariff.base.ore,
                             offer.tariff.service.ore, offer.tariff.special.ore, offer.provider.rawValue,
                             offer.leaderLogin, offer.version])
    }

    @discardableResult
    static func insertWaitingEntry(_ db: Database, offer: OfferID, personID: Int64, crossSector: Bool,
                                   priority: Int, since: Day, units: Int = 1, note: String) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO waiting_entry (offer_id, person_id, cross_sector, priority, since, units, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [offer.rawValue, personID, crossSector, priority, since.description, units, note])
        return db.lastInsertedRowID
    }

    /// Inserts a request as the case system delivers it, with its alternatives; a request that
    /// arrives already decided also gets its decision record, commitments and history.
    static func insertRequest(_ db: Database, _ request: GrantRequest, personID: Int64) throws {
        let amount = RowCoding.columns(request.amount)
        try db.execute(sql: """
            INSERT INTO grant_request (id, person_id, cross_sector, requesting_unit, requested_by, sector_code, law_code,
                offer, offer_id, amount_kind, amount_ore, start_day, end_day, weekly_hours_tenths, step, proposed_split,
                reason, submitted, status, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [request.id.rawValue, personID, request.crossSector, request.requestingUnit, request.requestedBy,
                             request.sector.rawValue, request.law, request.offer, request.offerID?.rawValue, amount.kind,
                             amount.ore, amount.start, amount.end, request.weeklyHours?.tenths, request.step.rawValue,
                             request.proposedSplit.shareList, request.reason, request.submitted.description,
                             request.status.rawValue, request.version])
        for (position, alternative) in request.alternatives.enumerated() {
            let columns = RowCoding.columns(alternative.amount)
            try db.execute(sql: """
                INSERT INTO alternative (request_id, position, description, amount_kind, amount_ore, start_day, end_day)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [request.id.rawValue, position + 1, alternative.description, columns.kind, columns.ore,
                                 columns.start, columns.end])
        }
        try RequestEventTable.append(db, request.id, RequestEvent(kind: .submitted, day: request.submitted, actor: request.requestedBy))
        if let record = request.decision {
            let id = try DecisionTable.insert(db, record)
            try db.execute(sql: "UPDATE grant_request SET decision_id = ? WHERE id = ?", arguments: [id, request.id.rawValue])
            try RequestEventTable.append(db, request.id, RequestEvent(
                kind: .decided, at: record.at, actor: record.decidedByName, decision: record.decision.kind,
                split: record.decision.split, note: record.decision.note))
            try CommitmentTable.replace(db, .request(request.id), with: CommandRules.commitments(of: request), in: nil)
        }
    }
}
