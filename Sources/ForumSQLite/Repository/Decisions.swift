import ForumCore
import ForumStore
import GRDB

/// The `decision` table: every decision ever made on a request, undone ones included.
enum Decisions {
    static func insert(_ db: Database, _ record: DecisionRecord) throws -> Int64 {
        let decision = record.decision
        try db.execute(sql: """
            INSERT INTO decision (request_id, kind, split, note, valid_until, follow_up, previous_status, decided_by,
                                  decided_by_name, meeting, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.requestID.rawValue, decision.kind.rawValue, decision.split.shareList, decision.note,
                             decision.validUntil?.description, decision.followUp?.description,
                             record.previousStatus.rawValue, record.decidedBy, record.decidedByName, record.meeting,
                             record.at.secondsSinceEpoch])
        return db.lastInsertedRowID
    }

    static func record(from row: Row, prefix: String = "") throws -> DecisionRecord? {
        guard let id: Int64 = row[prefix + "id"] else { return nil }
        let kindText: String = row[prefix + "kind"]
        guard let kind = DecisionKind(rawValue: kindText) else { throw StoreCorruption.badValue(column: "decision.kind", value: kindText) }
        let previousText: String = row[prefix + "previous_status"]
        guard let previous = RequestStatus(rawValue: previousText) else {
            throw StoreCorruption.badValue(column: "decision.previous_status", value: previousText)
        }
        let decision = Decision(
            kind: kind, split: try RowCoding.split(row[prefix + "split"]), note: row[prefix + "note"],
            validUntil: try RowCoding.day(row[prefix + "valid_until"] as String?),
            followUp: try RowCoding.day(row[prefix + "follow_up"] as String?))
        let undone: Int64? = row[prefix + "undone_at"]
        return DecisionRecord(
            id: id, requestID: RequestID(row[prefix + "request_id"] as String), decision: decision,
            previousStatus: previous, decidedBy: row[prefix + "decided_by"], decidedByName: row[prefix + "decided_by_name"],
            meeting: row[prefix + "meeting"], at: Timestamp(secondsSinceEpoch: row[prefix + "at"]),
            undoneAt: undone.map(Timestamp.init(secondsSinceEpoch:)))
    }

    /// The latest decision on a request that is not undone, other than `excluding`.
    static func latestStanding(_ db: Database, request: RequestID, excluding: Int64) throws -> DecisionRecord? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT * FROM decision WHERE request_id = ? AND undone_at IS NULL AND id <> ? ORDER BY id DESC LIMIT 1
            """, arguments: [request.rawValue, excluding]) else { return nil }
        return try record(from: row)
    }
}

/// The `request_event` table: a request's history.
enum RequestEvents {
    static func append(_ db: Database, _ request: RequestID, _ event: RequestEvent) throws {
        try db.execute(sql: """
            INSERT INTO request_event (request_id, kind, at, day, actor, decision_kind, split, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [request.rawValue, event.kind.rawValue, event.at?.secondsSinceEpoch, event.day?.description,
                             event.actor, event.decision?.rawValue, event.split?.shareList, event.note])
    }
}

/// The `commitment` table: the schedule in force per request or placement.
enum Commitments {
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
        let rows = try Row.fetchAll(db, sql: """
            SELECT year, month, sector_code, amount_ore FROM commitment WHERE request_id = ? ORDER BY year, month, id
            """, arguments: [request.rawValue])
        return CommitmentSchedule(lines: try rows.map { row in
            let year: Int = row["year"]
            let month: Int = row["month"]
            guard let value = try? Month(year: year, month: month) else {
                throw StoreCorruption.badValue(column: "commitment.month", value: "\(year)-\(month)")
            }
            return CommitmentLine(month: value, sector: SectorCode(row["sector_code"] as String), amount: Money(ore: row["amount_ore"]))
        })
    }
}
