import GRDB

/// Migration "v9-placement-grant": a placement may carry out an approved grant (#10 item 5).
enum PlacementGrantSchema {
    static let migration = "v9-placement-grant"

    /// The grant a placement carries out: its commitments pay for the place, so the placement
    /// commits nothing of its own (`Placement.commitments`). Placements made before carry none.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE placement ADD COLUMN request_id TEXT REFERENCES grant_request(id)")
    }
}
