import ForumCore

/// A row of `audit_event`.
package struct StoredAuditEvent: Codable, Sendable {
    package var seq: Int64
    package var at: Int64
    package var actorLogin: String
    package var actorRoles: String
    package var action: String
    package var entity: String
    package var beforeJSON: String?
    package var afterJSON: String?
    package var previousHash: String
    package var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, action, entity, hash
        case actorLogin = "actor_login", actorRoles = "actor_roles", beforeJSON = "before_json", afterJSON = "after_json"
        case previousHash = "previous_hash"
    }

    package init(_ event: AuditEvent) {
        seq = event.seq
        at = event.at.secondsSinceEpoch
        actorLogin = event.actorLogin
        actorRoles = event.actorRoles
        action = event.action
        entity = event.entity
        beforeJSON = event.before
        afterJSON = event.after
        previousHash = event.previousHash
        hash = event.hash
    }

    package var event: AuditEvent {
        AuditEvent(seq: seq, at: Timestamp(secondsSinceEpoch: at), actorLogin: actorLogin, actorRoles: actorRoles,
                   action: action, entity: entity, before: beforeJSON, after: afterJSON, previousHash: previousHash, hash: hash)
    }
}
