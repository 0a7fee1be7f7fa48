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
            try Self.checkVersion(offer, expectedVersion)
            if case .denied(let why) = Permissions.check(context.user, .manageOffer(offer)) { throw RepositoryError.denied(why) }
            guard let entry = try StoredWaitingEntry.fetchAll(db, offer: offerID, id: entryID).first else {
                throw RepositoryError.waitingEntryNotFound(entryID)
            }
            let crossSector = entry.crossSector
            guard crossSector ? offer.freeForCrossSector > 0 : offer.freeForOthers > 0 else {
                throw RepositoryError.noFreePlace(offerID)
            }
            var updated = offer
            updated.occupied += 1
            if crossSector { updated.occupiedByCrossSector += 1 }
            updated.version += 1
            try db.execute(sql: "DELETE FROM waiting_entry WHERE id = ?", arguments: [entryID])
            try db.execute(sql: "INSERT INTO placement (offer_id, person_id, cross_sector, start_day) VALUES (?, ?, ?, ?)",
                           arguments: [offerID.rawValue, entry.personID, crossSector, start.description])
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
            try Self.saveOccupancy(db, updated, over: offer, context)
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
            try Self.saveOccupancy(db, updated, over: offer, context)
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

    /// Writes the occupancy over the version that was read, and only over it (see `saveState`).
    private static func saveOccupancy(_ db: Database, _ offer: Offer, over read: Offer, _ context: CommandContext) throws {
        try db.execute(sql: """
            UPDATE offer SET occupied = ?, occupied_cross_sector = ?, version = version + 1, changed_by = ?, changed_at = ?
            WHERE id = ? AND version = ?
            """, arguments: [offer.occupied, offer.occupiedByCrossSector, context.user.name, context.at.secondsSinceEpoch,
                             offer.id.rawValue, read.version])
        guard db.changesCount == 1 else {
            let now = try fetchOffer(db, offer.id)
            throw RepositoryError.conflict(by: now.changedBy, at: now.changedAt)
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
