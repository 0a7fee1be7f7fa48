import ForumCore
@testable import ForumStore
import Testing

@Suite("Checking the audit chain event by event")
struct AuditChainCheckTests {
    /// A chain of `count` events, each hashed onto the one before.
    static func chain(_ count: Int) -> [AuditEvent] {
        var events: [AuditEvent] = []
        var previous = AuditLog.genesisHash
        for seq in 1...Int64(count) {
            var event = AuditEvent(seq: seq, at: Timestamp(secondsSinceEpoch: 1_795_000_000 + seq), actorLogin: "admin",
                                   actorRoles: "administrator", action: "user.add", entity: "user:u\(seq)", before: nil,
                                   after: "{}", previousHash: previous, hash: "")
            event.hash = AuditLog.hash(of: event)
            previous = event.hash
            events.append(event)
        }
        return events
    }

    static func verify(_ events: [AuditEvent], head: AuditHead) -> AuditVerification {
        var check = AuditChainCheck()
        for event in events {
            if let broken = check.check(event) { return broken }
        }
        return check.finish(head: head)
    }

    @Test("An untouched chain with its head is intact")
    func intact() {
        let events = Self.chain(3)
        #expect(Self.verify(events, head: AuditHead(seq: 3, hash: events[2].hash)) == .intact(events: 3))
        #expect(Self.verify([], head: .empty) == .intact(events: 0))
    }

    @Test("A missing event, a changed one and a removed newest one are each named")
    func broken() {
        let events = Self.chain(3)
        let head = AuditHead(seq: 3, hash: events[2].hash)
        #expect(Self.verify([events[0], events[2]], head: head) == .broken(seq: 2, reason: Strings.auditGap(expected: 2)))
        var changed = events
        changed[1].actorLogin = "mallory"
        #expect(Self.verify(changed, head: head) == .broken(seq: 2, reason: Strings.auditHashMismatch))
        #expect(Self.verify(Array(events.prefix(2)), head: head) == .broken(seq: 3, reason: Strings.auditHeadMismatch))
    }
}
