/// A point of the audit trail kept outside the database (`HASH:COUNT`: event COUNT has hash
/// HASH), so that removing the newest events and fixing the head, or emptying the trail, which the
/// chain alone cannot see, is found: the trail must still contain that point.
public struct AuditAnchor: Hashable, Sendable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// Reads `HASH:COUNT`; nil when it is not a 64-digit hex hash and a count of 0 or more.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 64, parts[0].allSatisfy(\.isHexDigit),
              let seq = Int64(parts[1]), seq >= 0 else { return nil }
        self.init(seq: seq, hash: parts[0].lowercased())
    }

    /// The anchor of the trail whose newest event is `event` (the empty trail's when nil).
    public init(newest event: AuditEvent?) {
        self.init(seq: event?.seq ?? 0, hash: event?.hash ?? AuditLog.genesisHash)
    }

    public var description: String { "\(hash):\(seq)" }
}
