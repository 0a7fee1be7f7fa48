import ForumCore
import ForumStore
import GRDB

extension StoredOffer: FetchableRecord {}

extension StoredWaitingEntry: FetchableRecord {
    /// The entries of one offer, or the one entry `id` of it.
    static func fetchAll(_ db: Database, offer: OfferID, id: Int64? = nil) throws -> [StoredWaitingEntry] {
        try fetchAll(db, sql: """
            SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id
            WHERE w.offer_id = ? AND (? IS NULL OR w.id = ?)
            """, arguments: [offer.rawValue, id, id])
    }

    /// The entries of every offer.
    static func fetchAll(_ db: Database) throws -> [StoredWaitingEntry] {
        try fetchAll(db, sql: "SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id")
    }
}

extension StoredPlacement: FetchableRecord {
    /// The placements of one offer, or of every offer, in id order.
    static func fetchAll(_ db: Database, offer: OfferID?) throws -> [StoredPlacement] {
        try fetchAll(db, sql: """
            SELECT pl.*, p.case_id FROM placement pl JOIN person p ON p.id = pl.person_id
            WHERE ? IS NULL OR pl.offer_id = ? ORDER BY pl.id
            """, arguments: [offer?.rawValue, offer?.rawValue])
    }
}
