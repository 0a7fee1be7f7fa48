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
    /// Three statements at most, however long the schedule: a placement or a decision costs a
    /// few round trips, not one per month.
    static func replace(_ connection: PostgresConnection, _ owner: Owner, with schedule: CommitmentSchedule,
                        in month: Month?) async throws {
        let rows = try await connection.fetchAll(InForce.self, """
            SELECT id, year, month, sector_code, amount_ore, decided_month FROM commitment
            WHERE (request_id = \(owner.requestID) OR placement_id = \(owner.placementID)) AND replaced_month IS NULL
            ORDER BY id
            """)
        let current = CommitmentSchedule(lines: try rows.map { try $0.line.line() })
        let revision = CommitmentRevision(from: current, to: schedule)
        let ordinal = month?.ordinal
        let decided = (rows.first?.decidedMonth) ?? ordinal
        // Each removed line takes one row of its kind, the first in id order, as on SQLite.
        var unused = rows
        var removed: [Int64] = []
        for line in revision.removed {
            guard let index = unused.firstIndex(where: { (try? $0.line.line()) == line }) else { continue }
            removed.append(unused.remove(at: index).id)
        }
        if !removed.isEmpty {
            try await connection.execute("""
                UPDATE commitment SET replaced_month = \(ordinal)
                WHERE id = ANY(\(removed)::bigint[]) AND \(ordinal)::bigint IS NOT NULL AND known_month IS DISTINCT FROM \(ordinal)
                """)
            try await connection.execute("""
                DELETE FROM commitment WHERE id = ANY(\(removed)::bigint[]) AND replaced_month IS NULL
                """)
        }
        guard !revision.added.isEmpty else { return }
        let added = revision.added
        try await connection.execute("""
            INSERT INTO commitment (request_id, placement_id, year, month, sector_code, amount_ore, decided_month, known_month)
            SELECT \(owner.requestID), \(owner.placementID)::bigint, year, month, sector_code, amount_ore, \(decided)::bigint,
                   \(ordinal)::bigint
            FROM unnest(\(added.map { Int64($0.month.year) })::bigint[], \(added.map { Int64($0.month.month) })::bigint[],
                        \(added.map(\.sector.rawValue))::text[], \(added.map(\.amount.ore))::bigint[])
                AS line(year, month, sector_code, amount_ore)
            """)
    }

    /// A row in force, with what `replace` needs beside its line.
    private struct InForce: Decodable {
        var id: Int64
        var decidedMonth: Int?
        var line: StoredCommitment

        enum CodingKeys: String, CodingKey {
            case id
            case decidedMonth = "decided_month"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(Int64.self, forKey: .id)
            decidedMonth = try container.decodeIfPresent(Int.self, forKey: .decidedMonth)
            line = try StoredCommitment(from: decoder)
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
