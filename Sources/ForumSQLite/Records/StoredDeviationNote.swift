import ForumCore
import ForumStore
import GRDB

/// A row of `deviation_note`.
struct StoredDeviationNote: Decodable, FetchableRecord {
    var sectorCode: String
    var year: Int
    var month: Int
    var explanation: String
    var actionPlan: String
    var owner: String
    var status: String
    var author: String
    var at: Int64
    var version: Int

    enum CodingKeys: String, CodingKey {
        case year, month, explanation, owner, status, author, at, version
        case sectorCode = "sector_code", actionPlan = "action_plan"
    }

    func note() throws -> DeviationNote {
        DeviationNote(sector: SectorCode(sectorCode), month: try RowCoding.month(year: year, month: month, table: "deviation_note"),
                      explanation: explanation, actionPlan: actionPlan, owner: owner,
                      status: try RowCoding.value(status, column: "deviation_note.status"), author: author,
                      at: Timestamp(secondsSinceEpoch: at), version: version)
    }

    static func fetch(_ db: Database, sector: SectorCode, month: Month) throws -> DeviationNote? {
        try fetchOne(db, sql: "SELECT * FROM deviation_note WHERE sector_code = ? AND year = ? AND month = ?",
                     arguments: [sector.rawValue, month.year, month.month])?.note()
    }
}
