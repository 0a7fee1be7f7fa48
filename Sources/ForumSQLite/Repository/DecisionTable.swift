import ForumCore
import ForumStore
import GRDB

/// A row of `decision`.
struct StoredDecision: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "decision"

    var id: Int64?
    var requestID: String
    var kind: String
    var split: String
    var note: String
    var validUntil: String?
    var followUp: String?
    var previousStatus: String
    var decidedBy: String
    var decidedByName: String
    var meeting: String?
    var at: Int64
    var undoneAt: Int64?
    var undoneBy: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, split, note, meeting, at
        case requestID = "request_id", validUntil = "valid_until", followUp = "follow_up", previousStatus = "previous_status"
        case decidedBy = "decided_by", decidedByName = "decided_by_name", undoneAt = "undone_at", undoneBy = "undone_by"
    }

    /// A new row for `record`; its id is the one the INSERT assigns.
    init(_ record: DecisionRecord) {
        let decision = record.decision
        requestID = record.requestID.rawValue
        kind = decision.kind.rawValue
        split = decision.split.shareList
        note = decision.note
        validUntil = decision.validUntil?.description
        followUp = decision.followUp?.description
        previousStatus = record.previousStatus.rawValue
        decidedBy = record.decidedBy
        decidedByName = record.decidedByName
        meeting = record.meeting
        at = record.at.secondsSinceEpoch
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func record() throws -> DecisionRecord {
        guard let id else { throw StoreCorruption.badValue(column: "decision.id", value: "NULL") }
        let decision = Decision(
            kind: try RowCoding.value(kind, column: "decision.kind"), split: try RowCoding.split(split, column: "decision.split"),
            note: note, validUntil: try RowCoding.day(validUntil, column: "decision.valid_until"),
            followUp: try RowCoding.day(followUp, column: "decision.follow_up"))
        return DecisionRecord(
            id: id, requestID: RequestID(requestID), decision: decision,
            previousStatus: try RowCoding.value(previousStatus, column: "decision.previous_status"),
            decidedBy: decidedBy, decidedByName: decidedByName, meeting: meeting, at: Timestamp(secondsSinceEpoch: at),
            undoneAt: undoneAt.map(Timestamp.init(secondsSinceEpoch:)))
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
