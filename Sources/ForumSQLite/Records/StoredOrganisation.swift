import ForumCore
import ForumStore
import Foundation
import GRDB

extension StoredSettings: FetchableRecord {}

extension StoredSector: FetchableRecord {}

extension StoredSubArea: FetchableRecord {
    /// The sub-areas of the kontoplan, by id: all but the unmapped one.
    static func mapped(_ db: Database) throws -> [StoredSubArea] {
        try fetchAll(db, sql: "SELECT id, code, name, sector_code FROM sub_area WHERE sector_code IS NOT NULL ORDER BY id")
    }
}

extension StoredLaw: FetchableRecord {}

extension StoredUser: FetchableRecord {}
