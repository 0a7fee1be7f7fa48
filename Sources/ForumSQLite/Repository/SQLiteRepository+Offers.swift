import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func offers() async throws -> [Offer] {
        try await database.read { db in try Self.fetchOffers(db) }
    }

    static func fetchOffers(_ db: Database) throws -> [Offer] {
        let placements = Dictionary(grouping: try StoredPlacement.fetchAll(db, offer: nil).map { try $0.placement() },
                                    by: \.offer)
        return try StoredOffer.fetchAll(db, sql: "SELECT * FROM offer ORDER BY id").map {
            try $0.offer(placements: placements[OfferID($0.id)] ?? [])
        }
    }

    public func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry] {
        try await database.read { db in
            _ = try Self.fetchOffer(db, offer)
            return WaitingList.ordered(try StoredWaitingEntry.fetchAll(db, offer: offer).map { try $0.entry() })
        }
    }

    public func waitingLists() async throws -> [WaitingListEntry] {
        try await database.read { db in
            Dictionary(grouping: try StoredWaitingEntry.fetchAll(db).map { try $0.entry() }, by: \.offer)
                .sorted { $0.key < $1.key }.flatMap { WaitingList.ordered($0.value) }
        }
    }

    public func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, terms: CommandRules.PlacementTerms,
                              context: CommandContext) async throws -> Offer {
        let path = database.path
        return try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let row = try StoredWaitingEntry.fetchAll(db, offer: offerID, id: entryID).first
            let year = try Self.settings(db, path: path).budgetYear
            let allocation = try CommandRules.allocatePlace(offer, expectedVersion: expectedVersion, entry: try row?.entry(),
                                                            entryID: entryID, terms: terms, budgetYear: year,
                                                            meeting: try MeetingTable.openMeeting(db), context: context)
            try db.execute(sql: "DELETE FROM waiting_entry WHERE id = ?", arguments: [entryID])
            try Self.saveVersion(db, allocation.offer, over: offer)
            var placement = allocation.placement
            placement.id = try PlacementTable.insert(db, placement, personID: row?.personID ?? 0, budgetYear: year,
                                                  in: context.today.calendarMonth)
            try Self.audit(db, context, action: "offer.allocate", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer, waitingEntry: entryID),
                           after: OfferAuditState(allocation.offer, placement: placement))
            return try Self.fetchOffer(db, offerID)
        }
    }

    public func endPlace(_ offerID: OfferID, placement placementID: Int64, on day: Day, expectedVersion: Int,
                         context: CommandContext) async throws -> Offer {
        let path = database.path
        return try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let year = try Self.settings(db, path: path).budgetYear
            let ending = try CommandRules.endPlace(offer, expectedVersion: expectedVersion, placementID: placementID, on: day,
                                                   budgetYear: year, meeting: try MeetingTable.openMeeting(db), context: context)
            try Self.saveVersion(db, ending.offer, over: offer)
            try PlacementTable.end(db, ending.placement, budgetYear: year, in: context.today.calendarMonth)
            try Self.audit(db, context, action: "offer.end_place", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer, placement: offer.placements.first { $0.id == placementID }),
                           after: OfferAuditState(ending.offer, placement: ending.placement))
            return try Self.fetchOffer(db, offerID)
        }
    }

    public func setWaitingPriority(_ offerID: OfferID, entry entryID: Int64, priority: Int, expectedVersion: Int,
                                   context: CommandContext) async throws -> Offer {
        try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let entry = try StoredWaitingEntry.fetchAll(db, offer: offerID, id: entryID).first?.entry()
            let change = try CommandRules.setWaitingPriority(offer, expectedVersion: expectedVersion, entry: entry,
                                                             entryID: entryID, priority: priority,
                                                             meeting: try MeetingTable.openMeeting(db), context: context)
            try Self.saveVersion(db, change.offer, over: offer)
            try db.execute(sql: "UPDATE waiting_entry SET priority = ? WHERE id = ?", arguments: [priority, entryID])
            try Self.audit(db, context, action: "offer.wait_priority", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer, entry: entry), after: OfferAuditState(change.offer, entry: change.entry))
            return try Self.fetchOffer(db, offerID)
        }
    }

    public func addToWaitingList(_ offerID: OfferID, case caseID: CaseID, crossSector: Bool, priority: Int, units: Int,
                                 note: String, expectedVersion: Int, context: CommandContext) async throws -> Offer {
        try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let person = try PlacementTable.personID(db, case: caseID)
            let waiting = try StoredWaitingEntry.fetchAll(db, offer: offerID).map { try $0.entry() }
            var change = try CommandRules.addToWaitingList(
                offer, expectedVersion: expectedVersion, caseID: caseID, known: person != nil, waiting: waiting,
                crossSector: crossSector, priority: priority, units: units, note: note,
                meeting: try MeetingTable.openMeeting(db), context: context)
            try Self.saveVersion(db, change.offer, over: offer)
            change.entry.id = try StoreWriters.insertWaitingEntry(
                db, offer: offerID, personID: person ?? 0, crossSector: crossSector, priority: priority,
                since: change.entry.since, units: units, note: note)
            try Self.audit(db, context, action: "offer.wait_add", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(change.offer, entry: change.entry))
            return try Self.fetchOffer(db, offerID)
        }
    }

    public func setQuota(_ offerID: OfferID, quota: Int, expectedVersion: Int, context: CommandContext) async throws -> Offer {
        try await database.write { db in
            let offer = try Self.fetchOffer(db, offerID)
            let updated = try CommandRules.setQuota(offer, expectedVersion: expectedVersion, quota: quota,
                                                    meeting: try MeetingTable.openMeeting(db), context: context)
            try Self.saveVersion(db, updated, over: offer)
            try db.execute(sql: "UPDATE offer SET cross_sector_quota = ? WHERE id = ?", arguments: [quota, offerID.rawValue])
            try Self.audit(db, context, action: "offer.quota", entity: "offer:\(offerID)",
                           before: OfferAuditState(offer), after: OfferAuditState(updated))
            return try Self.fetchOffer(db, offerID)
        }
    }

    /// Moves the offer's version over the one that was read, and only over it (see `saveState`):
    /// every change of its placements, waiting list or quota goes through here first.
    private static func saveVersion(_ db: Database, _ offer: Offer, over read: Offer) throws {
        try db.execute(sql: """
            UPDATE offer SET version = version + 1, changed_by = ?, changed_at = ? WHERE id = ? AND version = ?
            """, arguments: [offer.changedBy, offer.changedAt?.secondsSinceEpoch, offer.id.rawValue, read.version])
        try db.requireOneChange {
            let now = try fetchOffer(db, offer.id)
            return (now.changedBy, now.changedAt)
        }
    }

    static func fetchOffer(_ db: Database, _ id: OfferID) throws -> Offer {
        guard let row = try StoredOffer.fetchOne(db, sql: "SELECT * FROM offer WHERE id = ?", arguments: [id.rawValue]) else {
            throw RepositoryError.offerNotFound(id)
        }
        return try row.offer(placements: try StoredPlacement.fetchAll(db, offer: id).map { try $0.placement() })
    }
}
