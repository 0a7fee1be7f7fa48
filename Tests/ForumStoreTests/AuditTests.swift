import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("The audit trail is hash-chained and tamper-evident")
struct AuditTests {
    /// A database with six audited commands: a meeting opened, then five in and around it.
    static func auditedDatabase() async throws -> TestDatabase {
        let test = try TestDatabase()
        try await test.openMeeting()
        let repository = test.repository
        let chair = try TestDatabase.context(TestDatabase.chair)
        let deferred = try await repository.decide("IND-1", expectedVersion: 1,
                                                   decision: Decision(kind: .defer, split: .single("BEV"), note: "Mangler"), context: chair)
        let approved = try await repository.decide("IND-1", expectedVersion: deferred.version,
                                                   decision: Decision(kind: .approve, split: .single("BEV")), context: chair)
        _ = try await repository.undoDecision("IND-1", expectedVersion: approved.version, context: chair)
        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .refer, split: .single("BEV")), context: chair)
        try await repository.addUser(User(login: "ny", name: "Ny", roles: [.reader]), context: try TestDatabase.context(TestDatabase.admin))
        return test
    }

    @Test("An untouched trail verifies")
    func intact() async throws {
        let test = try await Self.auditedDatabase()
        defer { test.remove() }
        #expect(try await test.database.verifyAudit() == .intact(events: 6))
    }

    @Test("Changing any field of any event is detected at that event", arguments: [
        "at = at + 1", "actor_login = actor_login || 'x'", "actor_roles = actor_roles || ',x'", "action = action || 'x'",
        "entity = entity || 'x'", "before_json = coalesce(before_json, '') || ' '", "after_json = coalesce(after_json, '') || ' '",
    ])
    func tamperedField(assignment: String) async throws {
        for seq in [1, 3, 5] {
            let test = try await Self.auditedDatabase()
            defer { test.remove() }
            try await test.database.write { db in try db.execute(sql: "UPDATE audit_event SET \(assignment) WHERE seq = \(seq)") }
            let result = try await test.database.verifyAudit()
            if case .broken(let brokenSeq, _) = result {
                #expect(brokenSeq == Int64(seq), "\(assignment) at \(seq)")
            } else {
                Issue.record("\(assignment) at \(seq) was not detected")
            }
        }
    }

    @Test("Recomputing a changed event's own hash breaks the link to the next one")
    func rehashed() async throws {
        let test = try await Self.auditedDatabase()
        defer { test.remove() }
        try await test.database.write { db in
            var event = try #require(try StoredAuditEvent.fetchOne(db, sql: "SELECT * FROM audit_event WHERE seq = 2")).event
            event.actorLogin = "mallory"
            let forged = AuditLog.hash(of: event)
            try db.execute(sql: "UPDATE audit_event SET actor_login = 'mallory', hash = ? WHERE seq = 2", arguments: [forged])
        }
        #expect(try await test.database.verifyAudit() == .broken(seq: 3, reason: Strings.auditChainMismatch))
    }

    @Test("Deleting an event in the middle or at the end is detected")
    func deleted() async throws {
        let middle = try await Self.auditedDatabase()
        defer { middle.remove() }
        try await middle.database.write { db in try db.execute(sql: "DELETE FROM audit_event WHERE seq = 3") }
        #expect(try await middle.database.verifyAudit() == .broken(seq: 3, reason: Strings.auditGap(expected: 3)))

        let last = try await Self.auditedDatabase()
        defer { last.remove() }
        try await last.database.write { db in try db.execute(sql: "DELETE FROM audit_event WHERE seq = 6") }
        #expect(try await last.database.verifyAudit() == .broken(seq: 6, reason: Strings.auditHeadMismatch))
    }

    @Test("Listing filters by actor, action and entity, newest first")
    func listing() async throws {
        let test = try await Self.auditedDatabase()
        defer { test.remove() }
        #expect(try await test.database.auditEvents(AuditFilter(actor: "admin")).map(\.action) == ["user.add"])
        #expect(try await test.database.auditEvents(AuditFilter(action: "request.")).map(\.seq) == [5, 4, 3, 2])
        #expect(try await test.database.auditEvents(AuditFilter(entity: "IND-2")).map(\.action) == ["request.refer"])
        #expect(try await test.database.auditEvents(AuditFilter(limit: 2)).map(\.seq) == [6, 5])
    }
}
