import ForumCore
import ForumStore
import PostgresNIO

extension PostgresRepository {
    func offers() async throws -> [Offer] {
        try await database.read { connection in try await Self.fetchOffers(connection) }
    }

    static func fetchOffers(_ connection: PostgresConnection) async throws -> [Offer] {
        let placements = Dictionary(grouping: try await Self.placements(connection, offer: nil).map { try $0.placement() },
                                    by: \.offer)
        return try await connection.fetchAll(StoredOffer.self, "SELECT * FROM offer ORDER BY id").map {
            try $0.offer(placements: placements[OfferID($0.id)] ?? [])
        }
    }

    func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry] {
        try await database.read { connection in
            _ = try await Self.fetchOffer(connection, offer)
            return WaitingList.ordered(try await Self.waitingEntries(connection, offer: offer).map { try $0.entry() })
        }
    }

    func waitingLists() async throws -> [WaitingListEntry] {
        try await database.read { connection in
            Dictionary(grouping: try await Self.waitingEntries(connection, offer: nil).map { try $0.entry() }, by: \.offer)
                .sorted { $0.key < $1.key }.flatMap { WaitingList.ordered($0.value) }
        }
    }

    func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, terms: CommandRules.PlacementTerms,
                       context: CommandContext) async throws -> Offer {
        let location = location
        return try await database.write { connection in
            let meeting = try await PostgresMeetings.openMeetingLocked(connection)
            let offer = try await Self.lockOffer(connection, offerID)
            let row = try await Self.waitingEntries(connection, offer: offerID, id: entryID).first
            let year = try await Self.settings(connection, location: location).budgetYear
            let allocation = try CommandRules.allocatePlace(offer, expectedVersion: expectedVersion, entry: try row?.entry(),
                                                            entryID: entryID, terms: terms, budgetYear: year, meeting: meeting,
                                                            context: context)
            try await connection.execute("DELETE FROM waiting_entry WHERE id = \(entryID)")
            try await Self.saveVersion(connection, allocation.offer, over: offer)
            var placement = allocation.placement
            placement.id = try await PostgresPlacements.insert(connection, placement, personID: row?.personID ?? 0,
                                                               budgetYear: year, in: context.today.calendarMonth)
            try await Self.audit(connection, context, action: "offer.allocate", entity: "offer:\(offerID)",
                                 before: OfferAuditState(offer, waitingEntry: entryID),
                                 after: OfferAuditState(allocation.offer, placement: placement))
            return try await Self.fetchOffer(connection, offerID)
        }
    }

    func endPlace(_ offerID: OfferID, placement placementID: Int64, on day: Day, expectedVersion: Int,
                  context: CommandContext) async throws -> Offer {
        let location = location
        return try await database.write { connection in
            let meeting = try await PostgresMeetings.openMeetingLocked(connection)
            let offer = try await Self.lockOffer(connection, offerID)
            let year = try await Self.settings(connection, location: location).budgetYear
            let ending = try CommandRules.endPlace(offer, expectedVersion: expectedVersion, placementID: placementID, on: day,
                                                   budgetYear: year, meeting: meeting, context: context)
            try await Self.saveVersion(connection, ending.offer, over: offer)
            try await PostgresPlacements.end(connection, ending.placement, budgetYear: year, in: context.today.calendarMonth)
            try await Self.audit(connection, context, action: "offer.end_place", entity: "offer:\(offerID)",
                                 before: OfferAuditState(offer, placement: offer.placements.first { $0.id == placementID }),
                                 after: OfferAuditState(ending.offer, placement: ending.placement))
            return try await Self.fetchOffer(connection, offerID)
        }
    }

    func setWaitingPriority(_ offerID: OfferID, entry entryID: Int64, priority: Int, expectedVersion: Int,
                            context: CommandContext) async throws -> Offer {
        try await database.write { connection in
            let meeting = try await PostgresMeetings.openMeetingLocked(connection)
            let offer = try await Self.lockOffer(connection, offerID)
            let entry = try await Self.waitingEntries(connection, offer: offerID, id: entryID).first?.entry()
            let change = try CommandRules.setWaitingPriority(offer, expectedVersion: expectedVersion, entry: entry,
                                                             entryID: entryID, priority: priority, meeting: meeting,
                                                             context: context)
            try await Self.saveVersion(connection, change.offer, over: offer)
            try await connection.execute("UPDATE waiting_entry SET priority = \(priority) WHERE id = \(entryID)")
            try await Self.audit(connection, context, action: "offer.wait_priority", entity: "offer:\(offerID)",
                                 before: OfferAuditState(offer, entry: entry),
                                 after: OfferAuditState(change.offer, entry: change.entry))
            return try await Self.fetchOffer(connection, offerID)
        }
    }

    func addToWaitingList(_ offerID: OfferID, case caseID: CaseID, crossSector: Bool, priority: Int, units: Int,
                          note: String, expectedVersion: Int, context: CommandContext) async throws -> Offer {
        try await database.write { connection in
            let meeting = try await PostgresMeetings.openMeetingLocked(connection)
            let offer = try await Self.lockOffer(connection, offerID)
            let person = try await connection.value(Int64.self, "SELECT id FROM person WHERE case_id = \(caseID.rawValue)")
            let waiting = try await Self.waitingEntries(connection, offer: offerID).map { try $0.entry() }
            var change = try CommandRules.addToWaitingList(
                offer, expectedVersion: expectedVersion, caseID: caseID, known: person != nil, waiting: waiting,
                crossSector: crossSector, priority: priority, units: units, note: note, meeting: meeting, context: context)
            try await Self.saveVersion(connection, change.offer, over: offer)
            change.entry.id = try await PostgresWriters.insertWaitingEntry(
                connection, offer: offerID, personID: person ?? 0, crossSector: crossSector, priority: priority,
                since: change.entry.since, units: units, note: note)
            try await Self.audit(connection, context, action: "offer.wait_add", entity: "offer:\(offerID)",
                                 before: OfferAuditState(offer), after: OfferAuditState(change.offer, entry: change.entry))
            return try await Self.fetchOffer(connection, offerID)
        }
    }

    func setQuota(_ offerID: OfferID, quota: Int, expectedVersion: Int, context: CommandContext) async throws -> Offer {
        try await database.write { connection in
            let meeting = try await PostgresMeetings.openMeetingLocked(connection)
            let offer = try await Self.lockOffer(connection, offerID)
            let updated = try CommandRules.setQuota(offer, expectedVersion: expectedVersion, quota: quota, meeting: meeting,
                                                    context: context)
            try await Self.saveVersion(connection, updated, over: offer)
            try await connection.execute("UPDATE offer SET cross_sector_quota = \(quota) WHERE id = \(offerID.rawValue)")
            try await Self.audit(connection, context, action: "offer.quota", entity: "offer:\(offerID)",
                                 before: OfferAuditState(offer), after: OfferAuditState(updated))
            return try await Self.fetchOffer(connection, offerID)
        }
    }

    /// Locks the offer's row for the rest of the transaction and reads it with its placements:
    /// every change of its placements, waiting list or quota is made under this lock.
    private static func lockOffer(_ connection: PostgresConnection, _ id: OfferID) async throws -> Offer {
        try await connection.execute("SELECT 1 FROM offer WHERE id = \(id.rawValue) FOR UPDATE")
        return try await fetchOffer(connection, id)
    }

    /// Moves the offer's version over the one that was read, and only over it.
    private static func saveVersion(_ connection: PostgresConnection, _ offer: Offer, over read: Offer) async throws {
        let changed = try await connection.execute("""
            UPDATE offer SET version = version + 1, changed_by = \(offer.changedBy), changed_at = \(offer.changedAt?.secondsSinceEpoch)
            WHERE id = \(offer.id.rawValue) AND version = \(read.version) RETURNING 1
            """)
        try await requireOneChange(changed) {
            let now = try await fetchOffer(connection, offer.id)
            return (now.changedBy, now.changedAt)
        }
    }

    static func fetchOffer(_ connection: PostgresConnection, _ id: OfferID) async throws -> Offer {
        guard let row = try await connection.fetchOne(StoredOffer.self, "SELECT * FROM offer WHERE id = \(id.rawValue)") else {
            throw RepositoryError.offerNotFound(id)
        }
        return try row.offer(placements: try await placements(connection, offer: id).map { try $0.placement() })
    }

    /// The placements of one offer, or of every offer, in id order.
    static func placements(_ connection: PostgresConnection, offer: OfferID?) async throws -> [StoredPlacement] {
        try await connection.fetchAll(StoredPlacement.self, """
            SELECT pl.*, p.case_id FROM placement pl JOIN person p ON p.id = pl.person_id
            WHERE \(offer?.rawValue)::text IS NULL OR pl.offer_id = \(offer?.rawValue) ORDER BY pl.id
            """)
    }

    /// The waiting entries of one offer (or the one entry `id` of it), or of every offer.
    private static func waitingEntries(_ connection: PostgresConnection, offer: OfferID?,
                                       id: Int64? = nil) async throws -> [StoredWaitingEntry] {
        try await connection.fetchAll(StoredWaitingEntry.self, """
            SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id
            WHERE (\(offer?.rawValue)::text IS NULL OR w.offer_id = \(offer?.rawValue)) AND (\(id)::bigint IS NULL OR w.id = \(id))
            ORDER BY w.id
            """)
    }
}

/// The `placement` table and its commitments, as ForumSQLite's `PlacementTable`: a placement's
/// commitments in force are always `Placement.commitments(budgetYear:)`.
enum PostgresPlacements {
    /// Inserts `placement` for the person `personID` with its commitments, known from `month`
    /// (nil: in every month, as for imported placements); returns its id.
    @discardableResult
    static func insert(_ connection: PostgresConnection, _ placement: Placement, personID: Int64, budgetYear: Int,
                       in month: Month?) async throws -> Int64 {
        guard let id = try await connection.value(Int64.self, """
            INSERT INTO placement (offer_id, person_id, cross_sector, start_day, end_day, units, base_tariff_ore,
                                   service_tariff_ore, special_tariff_ore, payer, override_reason)
            VALUES (\(placement.offer.rawValue), \(personID), \(placement.crossSector), \(placement.from.description),
                    \(placement.until?.description), \(placement.units), \(placement.tariff.base.ore),
                    \(placement.tariff.service.ore), \(placement.tariff.special.ore), \(placement.payer.shareList),
                    \(placement.overrideReason))
            RETURNING id
            """) else { throw StoreCorruption.badValue(column: "placement.id", value: "NULL") }
        var stored = placement
        stored.id = id
        try await PostgresCommitments.replace(connection, .placement(id), with: stored.commitments(budgetYear: budgetYear), in: month)
        return id
    }

    /// Stores a placement's new end and the commitments that remain from `month`.
    static func end(_ connection: PostgresConnection, _ placement: Placement, budgetYear: Int, in month: Month) async throws {
        try await connection.execute("UPDATE placement SET end_day = \(placement.until?.description) WHERE id = \(placement.id)")
        try await PostgresCommitments.replace(connection, .placement(placement.id),
                                              with: placement.commitments(budgetYear: budgetYear), in: month)
    }
}
