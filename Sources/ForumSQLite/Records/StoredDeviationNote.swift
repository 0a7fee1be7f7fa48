import ForumCore
import ForumStore
import GRDB

extension StoredDeviationNote: FetchableRecord {
    /// The note of a sector (`subArea` nil) or of one of its sub-areas for a month.
    static func fetch(_ db: Database, sector: SectorCode, subArea: String?, month: Month) throws -> DeviationNote? {
        try fetchOne(db, sql: "SELECT * FROM deviation_note WHERE sector_code = ? AND sub_area_code IS ? AND year = ? AND month = ?",
                     arguments: [sector.rawValue, subArea, month.year, month.month])?.note()
    }
}
