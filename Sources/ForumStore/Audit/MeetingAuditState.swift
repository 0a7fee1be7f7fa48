import ForumCore

/// What the audit trail records of a meeting: its date, status, participants and each item's state.
package struct MeetingAuditState: Encodable, Sendable {
    package var date: String
    package var status: String
    package var participants: [String]
    package var items: [String: String]

    package init(_ meeting: Meeting) {
        date = meeting.date.description
        status = meeting.status.rawValue
        participants = meeting.participants
        items = Dictionary(meeting.items.map { ($0.key.description, $0.state.rawValue) }, uniquingKeysWith: { first, _ in first })
    }
}
