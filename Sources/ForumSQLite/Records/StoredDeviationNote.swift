import ForumCore
import ForumStore
import GRDB

extension StoredDeviationNote: FetchableRecord {
    static func fetch(_ db: Database, sector: SectorCode, month: Month) throws -> DeviationNote? {
        try fetchOne(db, sql: "SELECT * FROM deviation_note WHERE sector_code = ? AND year = ? AND month = ?",
                     arguments: [sector.rawValue, month.year, month.month])?.note()
    }
}
