import ForumCore
import ForumStore
import GRDB


extension StoredRequestEvent: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "request_event"
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
