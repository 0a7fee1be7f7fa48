import ForumCore
import ForumStore
import GRDB

/// A row of `request_event`.
struct StoredRequestEvent: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "request_event"

    var requestID: String
    var kind: String
    var at: Int64?
    var day: String?
    var actor: String
    var decisionKind: String?
    var split: String?
    var note: String

    enum CodingKeys: String, CodingKey {
        case kind, at, day, actor, split, note
        case requestID = "request_id", decisionKind = "decision_kind"
    }

    init(_ request: RequestID, _ event: RequestEvent) {
        requestID = request.rawValue
        kind = event.kind.rawValue
        at = event.at?.secondsSinceEpoch
        day = event.day?.description
        actor = event.actor
        decisionKind = event.decision?.rawValue
        split = event.split?.shareList
        note = event.note
    }

    func event() throws -> RequestEvent {
        RequestEvent(
            kind: try RowCoding.value(kind, column: "request_event.kind"), at: at.map(Timestamp.init(secondsSinceEpoch:)),
            day: try RowCoding.day(day, column: "request_event.day"), actor: actor,
            decision: try RowCoding.value(decisionKind, column: "request_event.decision_kind"),
            split: try RowCoding.split(split, column: "request_event.split"), note: note)
    }
}

/// The `request_event` table: a request's history.
enum RequestEventTable {
    static func append(_ db: Database, _ request: RequestID, _ event: RequestEvent) throws {
        try StoredRequestEvent(request, event).insert(db)
    }

    static func history(_ db: Database, request: RequestID) throws -> [RequestEvent] {
        try StoredRequestEvent.fetchAll(db, sql: "SELECT * FROM request_event WHERE request_id = ? ORDER BY id",
                                        arguments: [request.rawValue]).map { try $0.event() }
    }
}
