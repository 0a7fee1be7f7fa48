import ForumCore
import ForumStore
import GRDB

/// A month's amount of a request's commitment schedule, as `commitment` holds it.
struct StoredCommitment: Decodable, FetchableRecord {
    var year: Int
    var month: Int
    var sectorCode: String
    var amountOre: Int64

    enum CodingKeys: String, CodingKey {
        case year, month
        case sectorCode = "sector_code", amountOre = "amount_ore"
    }

    func line() throws -> CommitmentLine {
        CommitmentLine(month: try RowCoding.month(year: year, month: month, table: "commitment"), sector: SectorCode(sectorCode),
                       amount: Money(ore: amountOre))
    }
}

/// The `commitment` table: the schedule in force per request or placement.
enum CommitmentTable {
    static func replace(_ db: Database, request: RequestID, with schedule: CommitmentSchedule) throws {
        try db.execute(sql: "DELETE FROM commitment WHERE request_id = ?", arguments: [request.rawValue])
        let statement = try db.makeStatement(sql: """
            INSERT INTO commitment (request_id, year, month, sector_code, amount_ore) VALUES (?, ?, ?, ?, ?)
            """)
        for line in schedule.lines {
            try statement.execute(arguments: [request.rawValue, line.month.year, line.month.month,
                                              line.sector.rawValue, line.amount.ore])
        }
    }

    static func schedule(_ db: Database, request: RequestID) throws -> CommitmentSchedule {
        CommitmentSchedule(lines: try StoredCommitment.fetchAll(db, sql: """
            SELECT year, month, sector_code, amount_ore FROM commitment WHERE request_id = ? ORDER BY year, month, id
            """, arguments: [request.rawValue]).map { try $0.line() })
    }
}
