import ForumCore
import ForumStore
import PostgresNIO

/// The `commitment` table on PostgreSQL: per request or placement, the schedule in force
/// (`replaced_month` NULL) and the rows it replaced, kept for the months they stood — as
/// ForumSQLite's `CommitmentTable`, revised by the same `CommitmentRevision`.
enum PostgresCommitments {
    /// Whose schedule a row belongs to: a grant request or a placement.
    enum Owner {
        case request(RequestID)
        case placement(Int64)

        var requestID: String? {
            if case .request(let id) = self { id.rawValue } else { nil }
        }

        var placementID: Int64? {
            if case .placement(let id) = self { id } else { nil }
        }
    }

    /// Puts `schedule` in force for `owner` from `month` (nil: known in every month, as for
    /// data imported decided): unchanged rows stay, rows that stop are marked replaced, except
    /// those known in the same month, which never stood at the end of any month and are deleted.
    static func replace(_ connection: PostgresConnection, _ owner: Owner, with schedule: CommitmentSchedule,
                        in month: Month?) async throws {
        let current = try await self.schedule(connection, owner)
        let revision = CommitmentRevision(from: current, to: schedule)
        let ordinal = month?.ordinal
        let first = try await connection.values(Int?.self, """
            SELECT decided_month FROM commitment
            WHERE (request_id = \(owner.requestID) OR placement_id = \(owner.placementID))
              AND replaced_month IS NULL
            ORDER BY id LIMIT 1
            """).first
        let decided = (first ?? nil) ?? ordinal
        for line in revision.removed {
            guard let id = try await connection.value(Int64.self, """
                SELECT id FROM commitment
                WHERE (request_id = \(owner.requestID) OR placement_id = \(owner.placementID))
                  AND replaced_month IS NULL AND year = \(line.month.year) AND month = \(line.month.month)
                  AND sector_code = \(line.sector.rawValue) AND amount_ore = \(line.amount.ore) LIMIT 1
                """) else { continue }
            try await connection.execute("""
                UPDATE commitment SET replaced_month = \(ordinal)
                WHERE id = \(id) AND \(ordinal)::bigint IS NOT NULL AND known_month IS DISTINCT FROM \(ordinal)
                """)
            try await connection.execute("DELETE FROM commitment WHERE id = \(id) AND replaced_month IS NULL")
        }
        for line in revision.added {
            try await connection.execute("""
                INSERT INTO commitment (request_id, placement_id, year, month, sector_code, amount_ore, decided_month, known_month)
                VALUES (\(owner.requestID), \(owner.placementID), \(line.month.year), \(line.month.month), \(line.sector.rawValue),
                        \(line.amount.ore), \(decided), \(ordinal))
                """)
        }
    }

    /// The schedule in force for `owner`.
    static func schedule(_ connection: PostgresConnection, _ owner: Owner) async throws -> CommitmentSchedule {
        CommitmentSchedule(lines: try await connection.fetchAll(StoredCommitment.self, """
            SELECT year, month, sector_code, amount_ore FROM commitment
            WHERE (request_id = \(owner.requestID) OR placement_id = \(owner.placementID))
              AND replaced_month IS NULL
            ORDER BY year, month, id
            """).map { try $0.line() })
    }
}
