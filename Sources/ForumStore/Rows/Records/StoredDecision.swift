import ForumCore

/// A row of `decision`.
package struct StoredDecision: Codable, Sendable {
    package var id: Int64?
    package var requestID: String
    package var kind: String
    package var split: String
    package var note: String
    package var validUntil: String?
    package var followUp: String?
    package var previousStatus: String
    package var decidedBy: String
    package var decidedByName: String
    package var meeting: String?
    package var at: Int64
    package var undoneAt: Int64?
    package var undoneBy: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, split, note, meeting, at
        case requestID = "request_id", validUntil = "valid_until", followUp = "follow_up", previousStatus = "previous_status"
        case decidedBy = "decided_by", decidedByName = "decided_by_name", undoneAt = "undone_at", undoneBy = "undone_by"
    }

    /// A new row for `record`; its id is the one the INSERT assigns.
    package init(_ record: DecisionRecord) {
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

    package func record() throws -> DecisionRecord {
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
