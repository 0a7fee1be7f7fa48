import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("The change token the console polls")
struct ChangeTokenTests {
    @Test("Stays put while nothing is committed, even with concurrent reads; moves on a commit by anyone")
    func token() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        let repository = test.repository
        let other = SQLiteRepository(database: try ForumDatabase(path: test.path))
        let start = try await repository.changeToken()
        // Concurrent reads make the pool open several reader connections; the token must not care.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { _ = try await repository.requests() } }
            try await group.waitForAll()
        }
        for _ in 0..<5 { #expect(try await repository.changeToken() == start) }
        // A poll while a long read holds a reader connection still sees no change.
        let database = test.database
        let longRead = Task {
            try await database.read { _ in Thread.sleep(forTimeInterval: 0.3) }
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(try await repository.changeToken() == start)
        try await longRead.value

        _ = try await other.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                   context: try TestDatabase.context(TestDatabase.chair))
        let afterOther = try await repository.changeToken()
        #expect(afterOther != start)

        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .refer, split: .single("BEV")),
                                        context: try TestDatabase.context(TestDatabase.chair))
        #expect(try await repository.changeToken() != afterOther)
    }
}
