import ForumCore
import ForumStore
import GRDB

/// The `placement` table and its commitments (`commitment.placement_id`): a placement's
/// commitments in force are always `Placement.commitments(budgetYear:)`, revised through
/// `CommitmentTable` whenever it changes so that the budget as it stood keeps the earlier rows.
enum PlacementTable {
    /// Inserts `placement` for the person `personID` with its commitments, known from `month`
    /// (nil: in every month, as for imported placements); returns its id (from the INSERT).
    @discardableResult
    static func insert(_ db: Database, _ placement: Placement, personID: Int64, budgetYear: Int, in month: Month?) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO placement (offer_id, person_id, cross_sector, start_day, end_day, units, base_tariff_ore,
                                   service_tariff_ore, special_tariff_ore, payer, override_reason, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [placement.offer.rawValue, personID, placement.crossSector, placement.from.description,
                             placement.until?.description, placement.units, placement.tariff.base.ore,
                             placement.tariff.service.ore, placement.tariff.special.ore, placement.payer.shareList,
                             placement.overrideReason, placement.requestID?.rawValue])
        let id = db.lastInsertedRowID
        var stored = placement
        stored.id = id
        try CommitmentTable.replace(db, .placement(id), with: stored.commitments(budgetYear: budgetYear), in: month)
        return id
    }

    /// Stores a placement's new end and the commitments that remain from `month`.
    static func end(_ db: Database, _ placement: Placement, budgetYear: Int, in month: Month) throws {
        try db.execute(sql: "UPDATE placement SET end_day = ? WHERE id = ?",
                       arguments: [placement.until?.description, placement.id])
        try CommitmentTable.replace(db, .placement(placement.id), with: placement.commitments(budgetYear: budgetYear), in: month)
    }

    /// The person behind a case id, nil when the store does not know the case.
    static func personID(_ db: Database, case caseID: CaseID) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE case_id = ?", arguments: [caseID.rawValue])
    }
}
