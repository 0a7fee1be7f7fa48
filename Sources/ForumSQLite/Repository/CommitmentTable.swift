import ForumCore
import ForumStore
import GRDB


extension StoredCommitment: FetchableRecord {}

/// The `commitment` table: per request or placement, the schedule in force (`replaced_month`
/// NULL) and the rows it replaced, kept for the months they stood so that the budget can be
/// shown as it stood at the end of an earlier month (months are stored as `Month.ordinal`).
enum CommitmentTable {
    /// Whose schedule a row belongs to: a grant request or a placement.
    enum Owner {
        case request(RequestID)
        case placement(Int64)

        /// The column naming the owner; a constant, so it is safe to put into the SQL text.
        var column: String {
            switch self {
            case .request: "request_id"
            case .placement: "placement_id"
            }
        }

        var key: any DatabaseValueConvertible {
            switch self {
            case .request(let id): id.rawValue
            case .placement(let id): id
            }
        }
    }

    /// Puts `schedule` in force for `owner` from `month` (nil: known in every month, as for
    /// data imported decided), following `CommitmentRevision`: unchanged rows stay, rows that
    /// stop are marked replaced, except those known in the same month, which never stood at the
    /// end of any month and are deleted.
    static func replace(_ db: Database, _ owner: Owner, with schedule: CommitmentSchedule, in month: Month?) throws {
        let column = owner.column
        let current = try self.schedule(db, owner)
        let revision = CommitmentRevision(from: current, to: schedule)
        let decided = try Int.fetchOne(db, sql: """
            SELECT decided_month FROM commitment WHERE \(column) = ? AND replaced_month IS NULL LIMIT 1
            """, arguments: [owner.key]) ?? month?.ordinal
        for line in revision.removed {
            guard let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM commitment WHERE \(column) = ? AND replaced_month IS NULL AND year = ? AND month = ?
                AND sector_code = ? AND amount_ore = ? LIMIT 1
                """, arguments: [owner.key, line.month.year, line.month.month, line.sector.rawValue, line.amount.ore])
            else { continue }
            try db.execute(sql: """
                UPDATE commitment SET replaced_month = ? WHERE id = ? AND ? IS NOT NULL AND known_month IS NOT ?
                """, arguments: [month?.ordinal, id, month?.ordinal, month?.ordinal])
            try db.execute(sql: "DELETE FROM commitment WHERE id = ? AND replaced_month IS NULL", arguments: [id])
        }
        let statement = try db.makeStatement(sql: """
            INSERT INTO commitment (\(column), year, month, sector_code, amount_ore, decided_month, known_month)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for line in revision.added {
            try statement.execute(arguments: [owner.key, line.month.year, line.month.month,
                                              line.sector.rawValue, line.amount.ore, decided, month?.ordinal])
        }
    }

    /// The schedule in force for `owner`.
    static func schedule(_ db: Database, _ owner: Owner) throws -> CommitmentSchedule {
        CommitmentSchedule(lines: try StoredCommitment.fetchAll(db, sql: """
            SELECT year, month, sector_code, amount_ore FROM commitment WHERE \(owner.column) = ? AND replaced_month IS NULL
            ORDER BY year, month, id
            """, arguments: [owner.key]).map { try $0.line() })
    }
}
