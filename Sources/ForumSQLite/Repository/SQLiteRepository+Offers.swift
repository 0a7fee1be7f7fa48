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
            return WaitingList.ordered(try rows.map { try Self.waitingEntry(from: $0, offer: offer) })
        }
    }

    private static func waitingEntry(from row: Row, offer: OfferID) throws -> WaitingListEntry {
        WaitingListEntry(id: row["id"], offer: offer, caseID: CaseID(row["case_id"] as String),
                         crossSector: row["cross_sector"], priority: row["priority"],
                         since: try RowCoding.day(row["since"] as String), note: row["note"])
    }

    public func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, start: Day,
                              context: CommandContext) async throws -> Offer {
        let path = database.path
        return try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let row = try Row.fetchOne(db, sql: """
                SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id WHERE w.id = ? AND w.offer_id = ?
                """, arguments: [entryID, offerID.rawValue])
            let entry = try row.map { try Self.waitingEntry(from: $0, offer: offerID) }
            let year = try Self.settings(db, path: path).budgetYear
            let allocation = try CommandRules.allocatePlace(offer, expectedVersion: expectedVersion, entry: entry, entryID: entryID,
                                                            start: start, budgetYear: year, context: context)
            let updated = allocation.offer
            try db.execute(sql: "DELETE FROM waiting_entry WHERE id = ?", arguments: [entryID])
            try db.execute(sql: "INSERT INTO placement (offer_id, person_id, cross_sector, start_day) VALUES (?, ?, ?, ?)",
                           arguments: [offerID.rawValue, row?["person_id"] as Int64?, entry?.crossSector ?? false,
                                       start.description])
            let placementID = db.lastInsertedRowID
            for line in allocation.commitments.lines {
                try db.execute(sql: """
                    INSERT INTO commitment (placement_id, year, month, sector_code, amount_ore) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [placementID, line.month.year, line.month.month, line.sector.rawValue, line.amount.ore])
            }
            try Self.saveOccupancy(db, updated)
            try Self.audit(db, context, action: "offer.allocate", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(updated, waitingEntry: entryID, start: start))
            return try Self.fetchOffer(db, offerID)
        }
    }

    public func endPlace(_ offerID: OfferID, crossSector: Bool, expectedVersion: Int,
                         context: CommandContext) async throws -> Offer {
        try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let updated = try CommandRules.endPlace(offer, expectedVersion: expectedVersion, crossSector: crossSector,
                                                    context: context)
            try Self.saveOccupancy(db, updated)
            try Self.audit(db, context, action: "offer.end_place", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(updated))
            return try Self.fetchOffer(db, offerID)
        }
    }

    private static func saveOccupancy(_ db: Database, _ offer: Offer) throws {
        try db.execute(sql: """
            UPDATE offer SET occupied = ?, occupied_cross_sector = ?, version = ?, changed_by = ?, changed_at = ? WHERE id = ?
            """, arguments: [offer.occupied, offer.occupiedByCrossSector, offer.version, offer.changedBy,
                             offer.changedAt?.secondsSinceEpoch, offer.id.rawValue])
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
