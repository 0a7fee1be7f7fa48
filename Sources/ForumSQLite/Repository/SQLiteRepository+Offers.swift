import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func offers() async throws -> [Offer] {
        try await database.read { db in try StoredOffer.fetchAll(db, sql: "SELECT * FROM offer ORDER BY id").map { try $0.offer() } }
    }

    public func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry] {
        try await database.read { db in
            _ = try Self.fetchOffer(db, offer)
            return WaitingList.ordered(try StoredWaitingEntry.fetchAll(db, offer: offer).map { try $0.entry() })
        }
    }

    public func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, start: Day,
                              context: CommandContext) async throws -> Offer {
        let path = database.path
        return try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let row = try StoredWaitingEntry.fetchAll(db, offer: offerID, id: entryID).first
            let entry = try row?.entry()
            let year = try Self.settings(db, path: path).budgetYear
            let allocation = try CommandRules.allocatePlace(offer, expectedVersion: expectedVersion, entry: entry, entryID: entryID,
                                                            start: start, budgetYear: year, context: context)
            let updated = allocation.offer
            try db.execute(sql: "DELETE FROM waiting_entry WHERE id = ?", arguments: [entryID])
            try db.execute(sql: "INSERT INTO placement (offer_id, person_id, cross_sector, start_day) VALUES (?, ?, ?, ?)",
                           arguments: [offerID.rawValue, row?.personID, entry?.crossSector ?? false,
                                       start.description])
            let placementID = db.lastInsertedRowID
            for line in allocation.commitments.lines {
                try db.execute(sql: """
                    INSERT INTO commitment (placement_id, year, month, sector_code, amount_ore, decided_month, known_month)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [placementID, line.month.year, line.month.month, line.sector.rawValue, line.amount.ore,
                                     context.today.calendarMonth.ordinal, context.today.calendarMonth.ordinal])
            }
            try Self.saveOccupancy(db, updated, over: offer)
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
            try Self.saveOccupancy(db, updated, over: offer)
            try Self.audit(db, context, action: "offer.end_place", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(updated))
            return try Self.fetchOffer(db, offerID)
        }
    }

    /// Writes the occupancy over the version that was read, and only over it (see `saveState`).
    private static func saveOccupancy(_ db: Database, _ offer: Offer, over read: Offer) throws {
        try db.execute(sql: """
            UPDATE offer SET occupied = ?, occupied_cross_sector = ?, version = version + 1, changed_by = ?, changed_at = ?
            WHERE id = ? AND version = ?
            """, arguments: [offer.occupied, offer.occupiedByCrossSector, offer.changedBy, offer.changedAt?.secondsSinceEpoch,
                             offer.id.rawValue, read.version])
        try db.requireOneChange {
            let now = try fetchOffer(db, offer.id)
            return (now.changedBy, now.changedAt)
        }
    }

    static func fetchOffer(_ db: Database, _ id: OfferID) throws -> Offer {
        guard let row = try StoredOffer.fetchOne(db, sql: "SELECT * FROM offer WHERE id = ?", arguments: [id.rawValue]) else {
            throw RepositoryError.offerNotFound(id)
        }
        return try row.offer()
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
