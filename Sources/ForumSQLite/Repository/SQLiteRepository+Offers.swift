import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func offers() async throws -> [Offer] {
        try await database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM offer ORDER BY id").map(Self.offer(from:)) }
    }

    public func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry] {
        try await database.read { db in
            _ = try Self.fetchOffer(db, offer)
            let rows = try Row.fetchAll(db, sql: """
                SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id WHERE w.offer_id = ?
                """, arguments: [offer.rawValue])
            return WaitingList.ordered(try rows.map { row in
                WaitingListEntry(id: row["id"], offer: offer, caseID: CaseID(row["case_id"] as String),
                                 crossSector: row["cross_sector"], priority: row["priority"],
                                 since: try RowCoding.day(row["since"] as String), note: row["note"])
            })
        }
    }

    public func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, start: Day,
                              context: CommandContext) async throws -> Offer {
        let path = database.path
        return try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            try Self.checkVersion(offer, expectedVersion)
            if case .denied(let why) = Permissions.check(context.user, .manageOffer(offer)) { throw RepositoryError.denied(why) }
            guard let entry = try Row.fetchOne(db, sql: "SELECT * FROM waiting_entry WHERE id = ? AND offer_id = ?",
                                               arguments: [entryID, offerID.rawValue]) else {
                throw RepositoryError.waitingEntryNotFound(entryID)
            }
            let crossSector: Bool = entry["cross_sector"]
            guard crossSector ? offer.freeForCrossSector > 0 : offer.freeForOthers > 0 else {
                throw RepositoryError.noFreePlace(offerID)
            }
            var updated = offer
            updated.occupied += 1
            if crossSector { updated.occupiedByCrossSector += 1 }
            updated.version += 1
            try db.execute(sql: "DELETE FROM waiting_entry WHERE id = ?", arguments: [entryID])
            try db.execute(sql: "INSERT INTO placement (offer_id, person_id, cross_sector, start_day) VALUES (?, ?, ?, ?)",
                           arguments: [offerID.rawValue, entry["person_id"] as Int64, crossSector, start.description])
            let placementID = db.lastInsertedRowID
            // The place costs its tariff each month from the start to the end of the budget year.
            let year = try Self.settings(db, path: path).budgetYear
            if updated.unit == .places, let yearEnd = try? Day(year: year, month: 12, day: 31), start <= yearEnd {
                let schedule = CommitmentSchedule(amount: .monthly(rate: updated.tariff.total, start: start, end: yearEnd),
                                                  split: .single(updated.sector))
                for line in schedule.lines {
                    try db.execute(sql: """
                        INSERT INTO commitment (placement_id, year, month, sector_code, amount_ore) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [placementID, line.month.year, line.month.month, line.sector.rawValue, line.amount.ore])
                }
            }
            try Self.saveOccupancy(db, updated, context)
            try Self.audit(db, context, action: "offer.allocate", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(updated, waitingEntry: entryID, start: start))
            return try Self.fetchOffer(db, offerID)
        }
    }

    public func endPlace(_ offerID: OfferID, crossSector: Bool, expectedVersion: Int,
                         context: CommandContext) async throws -> Offer {
        try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            try Self.checkVersion(offer, expectedVersion)
            if case .denied(let why) = Permissions.check(context.user, .manageOffer(offer)) { throw RepositoryError.denied(why) }
            guard offer.occupied > 0, !crossSector || offer.occupiedByCrossSector > 0 else {
                throw RepositoryError.noOccupiedPlace(offerID)
            }
            var updated = offer
            updated.occupied -= 1
            if crossSector { updated.occupiedByCrossSector -= 1 }
            updated.version += 1
            try Self.saveOccupancy(db, updated, context)
            try Self.audit(db, context, action: "offer.end_place", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(updated))
            return try Self.fetchOffer(db, offerID)
        }
    }

    private static func checkVersion(_ offer: Offer, _ expectedVersion: Int) throws {
        guard offer.version == expectedVersion else {
            throw RepositoryError.conflict(by: offer.changedBy, at: offer.changedAt)
        }
    }

    private static func saveOccupancy(_ db: Database, _ offer: Offer, _ context: CommandContext) throws {
        try db.execute(sql: """
            UPDATE offer SET occupied = ?, occupied_cross_sector = ?, version = ?, changed_by = ?, changed_at = ? WHERE id = ?
            """, arguments: [offer.occupied, offer.occupiedByCrossSector, offer.version, context.user.name,
                             context.at.secondsSinceEpoch, offer.id.rawValue])
    }

    static func fetchOffer(_ db: Database, _ id: OfferID) throws -> Offer {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM offer WHERE id = ?", arguments: [id.rawValue]) else {
            throw RepositoryError.offerNotFound(id)
        }
        return try offer(from: row)
    }

    static func offer(from row: Row) throws -> Offer {
        let unitText: String = row["unit"]
        let providerText: String = row["provider"]
        guard let unit = CapacityUnit(rawValue: unitText) else { throw StoreCorruption.badValue(column: "offer.unit", value: unitText) }
        guard let provider = Provider(rawValue: providerText) else {
            throw StoreCorruption.badValue(column: "offer.provider", value: providerText)
        }
        var offer = Offer(
            id: OfferID(row["id"] as String), name: row["name"], sector: SectorCode(row["sector_code"] as String), unit: unit,
            capacity: row["capacity"], occupied: row["occupied"], occupiedByCrossSector: row["occupied_cross_sector"],
            crossSectorQuota: row["cross_sector_quota"],
            tariff: Tariff(base: Money(ore: row["base_tariff_ore"]), service: Money(ore: row["service_tariff_ore"]),
                           special: Money(ore: row["special_tariff_ore"])),
            provider: provider, leaderLogin: row["leader_login"], version: row["version"])
        offer.changedBy = row["changed_by"]
        offer.changedAt = (row["changed_at"] as Int64?).map(Timestamp.init(secondsSinceEpoch:))
        return offer
    }
}

/// What the audit trail records of an offer.
struct OfferAuditState: Encodable {
    var occupied: Int
    var occupiedCrossSector: Int
    var version: Int
    var waitingEntry: Int64?
    var start: String?

    init(_ offer: Offer, waitingEntry: Int64? = nil, start: Day? = nil) {
        occupied = offer.occupied
        occupiedCrossSector = offer.occupiedByCrossSector
        version = offer.version
        self.waitingEntry = waitingEntry
        self.start = start?.description
    }
}
