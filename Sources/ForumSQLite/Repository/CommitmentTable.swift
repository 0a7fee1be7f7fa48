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

/// The `commitment` table: per request or placement, the schedule in force (`replaced_month`
/// NULL) and the rows it replaced, kept for the months they stood so that the budget can be
/// shown as it stood at the end of an earlier month (months are stored as `Month.ordinal`).
enum CommitmentTable {
    /// Puts `schedule` in force for `request` from `month` (nil: known in every month, as for
    /// data imported decided), following `CommitmentRevision`: unchanged rows stay, rows that
    /// stop are marked replaced, except those known in the same month, which never stood at the
    /// end of any month and are deleted.
    static func replace(_ db: Database, request: RequestID, with schedule: CommitmentSchedule, in month: Month?) throws {
        let current = try self.schedule(db, request: request)
        let revision = CommitmentRevision(from: current, to: schedule)
        let decided = try Int.fetchOne(db, sql: """
            SELECT decided_month FROM commitment WHERE request_id = ? AND replaced_month IS NULL LIMIT 1
            """, arguments: [request.rawValue]) ?? month?.ordinal
        for line in revision.removed {
            guard let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM commitment WHERE request_id = ? AND replaced_month IS NULL AND year = ? AND month = ?
                AND sector_code = ? AND amount_ore = ? LIMIT 1
                """, arguments: [request.rawValue, line.month.year, line.month.month, line.sector.rawValue, line.amount.ore])
            else { continue }
            try db.execute(sql: """
                UPDATE commitment SET replaced_month = ? WHERE id = ? AND ? IS NOT NULL AND known_month IS NOT ?
                """, arguments: [month?.ordinal, id, month?.ordinal, month?.ordinal])
            try db.execute(sql: "DELETE FROM commitment WHERE id = ? AND replaced_month IS NULL", arguments: [id])
        }
        let statement = try db.makeStatement(sql: """
            INSERT INTO commitment (request_id, year, month, sector_code, amount_ore, decided_month, known_month)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for line in revision.added {
            try statement.execute(arguments: [request.rawValue, line.month.year, line.month.month,
                                              line.sector.rawValue, line.amount.ore, decided, month?.ordinal])
        }
    }

    static func schedule(_ db: Database, request: RequestID) throws -> CommitmentSchedule {
        CommitmentSchedule(lines: try StoredCommitment.fetchAll(db, sql: """
            SELECT year, month, sector_code, amount_ore FROM commitment WHERE request_id = ? AND replaced_month IS NULL
            ORDER BY year, month, id
            """, arguments: [request.rawValue]).map { try $0.line() })
    }
}
