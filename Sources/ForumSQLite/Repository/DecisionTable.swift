import ForumCore
import ForumStore
import GRDB

extension StoredDecision: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "decision"

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// The `decision` table: every decision ever made on a request, undone ones included.
enum DecisionTable {
    /// Inserts the decision and returns the id the database gave it: never computed beforehand,
    /// so that two writers can never pick the same one.
    static func insert(_ db: Database, _ record: DecisionRecord) throws -> Int64 {
        var row = StoredDecision(record)
        try row.insert(db)
        return db.lastInsertedRowID
    }

    /// The decisions in force of the requests `grant_request r` that `whereClause` selects, by id.
    static func inForce(_ db: Database, whereClause: String, arguments: StatementArguments) throws -> [Int64: DecisionRecord] {
        let rows = try StoredDecision.fetchAll(db, sql: """
            SELECT d.* FROM decision d JOIN grant_request r ON r.decision_id = d.id \(whereClause)
            """, arguments: arguments)
        var records: [Int64: DecisionRecord] = [:]
        for row in rows {
            let record = try row.record()
            records[record.id] = record
        }
        return records
    }

    /// The latest decision on a request that is neither undone nor set aside by reopening, other
    /// than `excluding`.
    static func latestStanding(_ db: Database, request: RequestID, excluding: Int64) throws -> DecisionRecord? {
        try StoredDecision.fetchOne(db, sql: """
            SELECT * FROM decision WHERE request_id = ? AND undone_at IS NULL AND reopened_at IS NULL AND id <> ?
            ORDER BY id DESC LIMIT 1
            """, arguments: [request.rawValue, excluding])?.record()
    }

    /// The request of the person's latest decision in the meeting that still stands.
    static func lastStanding(_ db: Database, by login: String, in meeting: String) throws -> RequestID? {
        try String.fetchOne(db, sql: """
            SELECT request_id FROM decision WHERE decided_by = ? AND meeting = ? AND undone_at IS NULL AND reopened_at IS NULL
            ORDER BY id DESC LIMIT 1
            """, arguments: [login, meeting]).map(RequestID.init)
    }
}
