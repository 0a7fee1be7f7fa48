/// The newest event's sequence number and hash, kept apart from the events so that removing
/// the newest events is detected too.
public struct AuditHead: Hashable, Sendable {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// The head of an empty trail.
    public static let empty = AuditHead(seq: 0, hash: AuditLog.genesisHash)
}
