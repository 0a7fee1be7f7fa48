import Crypto
import Foundation
import ForumCore

/// One event of the audit trail.
public struct AuditEvent: Hashable, Sendable, Codable {
    public var seq: Int64
    public var at: Timestamp
    public var actorLogin: String
    /// The actor's roles when it happened, comma-separated.
    public var actorRoles: String
    /// What was done, e.g. `request.decide`, `user.add`, `import.postings`.
    public var action: String
    /// What it was done to, e.g. `request:IND-2026-0142`.
    public var entity: String
    /// JSON of the values before and after (nil where there was none).
    public var before: String?
    public var after: String?
    public var previousHash: String
    public var hash: String

    package init(seq: Int64, at: Timestamp, actorLogin: String, actorRoles: String, action: String, entity: String,
                 before: String?, after: String?, previousHash: String, hash: String) {
        self.seq = seq
        self.at = at
        self.actorLogin = actorLogin
        self.actorRoles = actorRoles
        self.action = action
        self.entity = entity
        self.before = before
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The append-only, hash-chained audit trail.
///
/// Every command appends exactly one event inside its own write transaction, so a command and
/// its event are committed together or not at all. Each event's hash is SHA-256 over the
/// previous hash and the event's fields; `AuditChainCheck` recomputes the chain and names the first
/// event that does not fit (changed, deleted or reordered), and the head row catches removal
/// of the newest events.
public enum AuditLog {
    package static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over the previous hash and every field, separated by a unit separator that
    /// cannot occur unescaped in JSON or logins.
    package static func hash(of event: AuditEvent) -> String {
        let fields = [
            event.previousHash, String(event.seq), String(event.at.secondsSinceEpoch), event.actorLogin,
            event.actorRoles, event.action, event.entity, event.before ?? "\u{0}", event.after ?? "\u{0}",
        ]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The event that follows `head`, hashed: what a backend appends, under whatever keeps
    /// other writers from appending after the same head at the same time.
    package static func event(after head: AuditHead, actor: User, at: Timestamp, action: String, entity: String,
                              before: (any Encodable)?, after: (any Encodable)?) throws -> AuditEvent {
        var event = AuditEvent(
            seq: head.seq + 1, at: at, actorLogin: actor.login,
            actorRoles: actor.sortedRoles.map(\.rawValue).joined(separator: ","),
            action: action, entity: entity, before: try before.map(json), after: try after.map(json),
            previousHash: head.hash, hash: "")
        event.hash = hash(of: event)
        return event
    }

    package static func json(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The outcome of checking the audit trail.
public enum AuditVerification: Hashable, Sendable {
    case intact(events: Int64)
    /// The first event that does not fit, and why.
    case broken(seq: Int64, reason: Phrase)
    /// The database file itself is damaged (SQLite's own check failed), whatever its trail says.
    case damaged(detail: String)
}

/// Filters for listing audit events.
public struct AuditFilter: Hashable, Sendable {
    public var actor: String?
    public var action: String?
    /// Substring of the entity, e.g. a request id.
    public var entity: String?
    public var since: Timestamp?
    public var limit: Int

    public init(actor: String? = nil, action: String? = nil, entity: String? = nil, since: Timestamp? = nil, limit: Int = 100) {
        self.actor = actor
        self.action = action
        self.entity = entity
        self.since = since
        self.limit = limit
    }
}
