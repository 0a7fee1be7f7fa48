import ForumCore

/// A row of `request_event`.
package struct StoredRequestEvent: Codable, Sendable {
    package var requestID: String
    package var kind: String
    package var at: Int64?
    package var day: String?
    package var actor: String
    package var decisionKind: String?
    package var split: String?
    package var note: String

    enum CodingKeys: String, CodingKey {
        case kind, at, day, actor, split, note
        case requestID = "request_id", decisionKind = "decision_kind"
    }

    package init(_ request: RequestID, _ event: RequestEvent) {
        requestID = request.rawValue
        kind = event.kind.rawValue
        at = event.at?.secondsSinceEpoch
        day = event.day?.description
        actor = event.actor
        decisionKind = event.decision?.rawValue
        split = event.split?.shareList
        note = event.note
    }

    package func event() throws -> RequestEvent {
        RequestEvent(
            kind: try RowCoding.value(kind, column: "request_event.kind"), at: at.map(Timestamp.init(secondsSinceEpoch:)),
            day: try RowCoding.day(day, column: "request_event.day"), actor: actor,
            decision: try RowCoding.value(decisionKind, column: "request_event.decision_kind"),
            split: try RowCoding.split(split, column: "request_event.split"), note: note)
    }
}
