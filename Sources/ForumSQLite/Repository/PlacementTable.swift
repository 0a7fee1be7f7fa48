import ForumCore
import ForumStore
import GRDB

/// The `placement` table and its commitments (`commitment.placement_id`): a placement's
/// commitments are always `Placement.commitments(budgetYear:)`, replaced whenever it changes.
enum PlacementTable {
    /// Inserts `placement` for the person `personID` with its commitments; returns its id (from the INSERT).
    @discardableResult
    static func insert(_ db: Database, _ placement: Placement, personID: Int64, budgetYear: Int) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO placement (offer_id, person_id, cross_sector, start_day, end_day, units, base_tariff_ore,
                                   service_tariff_ore, special_tariff_ore, payer, override_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [placement.offer.rawValue, personID, placement.crossSector, placement.from.description,
                             placement.until?.description, placement.units, placement.tariff.base.ore,
                             placement.tariff.service.ore, placement.tariff.special.ore, placement.payer.shareList,
                             placement.overrideReason])
        let id = db.lastInsertedRowID
        var stored = placement
        stored.id = id
        try replaceCommitments(db, stored, budgetYear: budgetYear)
        return id
    }

    /// Stores a placement's new end and the commitments that remain.
    static func end(_ db: Database, _ placement: Placement, budgetYear: Int) throws {
        try db.execute(sql: "UPDATE placement SET end_day = ? WHERE id = ?",
                       arguments: [placement.until?.description, placement.id])
        try replaceCommitments(db, placement, budgetYear: budgetYear)
    }

    private static func replaceCommitments(_ db: Database, _ placement: Placement, budgetYear: Int) throws {
        try db.execute(sql: "DELETE FROM commitment WHERE placement_id = ?", arguments: [placement.id])
        let statement = try db.makeStatement(sql: """
            INSERT INTO commitment (placement_id, year, month, sector_code, amount_ore) VALUES (?, ?, ?, ?, ?)
            """)
        for line in placement.commitments(budgetYear: budgetYear).lines {
            try statement.execute(arguments: [placement.id, line.month.year, line.month.month, line.sector.rawValue,
                                              line.amount.ore])
        }
    }

    /// The person behind a case id, nil when the store does not know the case.
    static func personID(_ db: Database, case caseID: CaseID) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE case_id = ?", arguments: [caseID.rawValue])
    }
}
