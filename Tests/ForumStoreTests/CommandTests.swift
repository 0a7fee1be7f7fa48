import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// What a command's audit event records on SQLite. The effects of every command, and that each
/// appends one event, are the contract suite's (Contract/).
@Suite("Commands on SQLite: what the audit event records")
struct CommandTests {
    @Test("An approval's event names the actor, the roles, the state before and after, and the commitments")
    func approve() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        let split = try PaymentSplit(parsing: "BEV=60,VOK=20,FAM=20")
        _ = try await test.repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: split),
                                             context: try TestDatabase.context(TestDatabase.chiefBEV))
        let events = try await test.database.auditEvents(AuditFilter())
        #expect(events.map(\.action) == ["request.approve", "meeting.open"])
        #expect(events[0].action == "request.approve")
        #expect(events[0].entity == "request:IND-1")
        #expect(events[0].actorLogin == "bevchef")
        #expect(events[0].actorRoles == "chief")
        #expect(events[0].before?.contains("\"status\":\"on_agenda\"") == true)
        #expect(events[0].after?.contains("\"status\":\"approved\"") == true)
        #expect(events[0].after?.contains("\"BEV\":15750000") == true)
    }
}
