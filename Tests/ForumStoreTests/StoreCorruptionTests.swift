import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// A value this build does not know — written by hand, or by something else than Chefforum —
/// is refused by name, never read as a default.
@Suite("Unknown stored values fail loudly")
struct StoreCorruptionTests {
    /// What to read after corrupting a row.
    enum Read: String, CustomTestStringConvertible {
        case request, history, users, offers, waitingList
        var testDescription: String { rawValue }

        func run(_ repository: SQLiteRepository) async throws {
            switch self {
            case .request: _ = try await repository.request("IND-1")
            case .history: _ = try await repository.history(of: "IND-1")
            case .users: _ = try await repository.users()
            case .offers: _ = try await repository.offers()
            case .waitingList: _ = try await repository.waitingList("BO-1")
            }
        }
    }

    @Test("A corrupt column is named with the value found", arguments: [
        ("UPDATE grant_request SET status = 'maybe' WHERE id = 'IND-1'", Read.request, "grant_request.status", "maybe"),
        ("UPDATE grant_request SET step = 9 WHERE id = 'IND-1'", .request, "grant_request.step", "9"),
        ("UPDATE grant_request SET submitted = '2026-13-45' WHERE id = 'IND-1'", .request, "grant_request.submitted", "2026-13-45"),
        ("UPDATE grant_request SET proposed_split = 'BEV=sixty' WHERE id = 'IND-1'", .request, "grant_request.proposed_split", "BEV=sixty"),
        ("UPDATE decision SET kind = 'shrug'", .request, "decision.kind", "shrug"),
        ("UPDATE decision SET previous_status = 'limbo'", .request, "decision.previous_status", "limbo"),
        ("UPDATE request_event SET kind = 'teleported' WHERE request_id = 'IND-1'", .history, "request_event.kind", "teleported"),
        ("UPDATE request_event SET decision_kind = 'shrug' WHERE request_id = 'IND-1'", .history, "request_event.decision_kind", "shrug"),
        ("UPDATE app_user SET roles = 'chief,king' WHERE login = 'bevchef'", .users, "app_user.roles", "king"),
        ("UPDATE offer SET unit = 'hours' WHERE id = 'BO-1'", .offers, "offer.unit", "hours"),
        ("UPDATE offer SET provider = 'nobody' WHERE id = 'BO-1'", .offers, "offer.provider", "nobody"),
        ("UPDATE waiting_entry SET since = 'soon'", .waitingList, "waiting_entry.since", "soon"),
    ])
    func corrupt(sql: String, read: Read, column: String, value: String) async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        _ = try await test.repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                             context: try TestDatabase.context(TestDatabase.chiefBEV))
        try await test.database.write { db in try db.execute(sql: sql) }
        await #expect(throws: StoreCorruption.badValue(column: column, value: value)) {
            try await read.run(test.repository)
        }
    }
}
