import ForumCore
import ForumStore
import GRDB

extension StoredBudget: FetchableRecord {}

extension StoredMonthlyActual: FetchableRecord {}

extension StoredForecast: FetchableRecord {
    static func fetch(_ db: Database, sector: SectorCode, month: Month) throws -> ManualForecast? {
        try fetchOne(db, sql: "SELECT * FROM manual_forecast WHERE sector_code = ? AND year = ? AND month = ?",
                     arguments: [sector.rawValue, month.year, month.month])?.forecast
    }
}
