import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("Two terminals deciding at once")
struct ConcurrencyTests {
    @Test("Exactly one of two concurrent decisions succeeds; the other is told who decided first")
    func race() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        try await test.openMeeting()
        let rounds = 40
        try await test.database.pool.write { db in
            let person = try Persons.ensure(db, pseudonym: Array(repeating: 0xCD, count: 32))
            for round in 0..<rounds {
                try StoreWriters.insertRequest(db, try TestDatabase.request("RACE-\(round)"), personID: person.id)
            }
        }
        // Two pools on one file, like two terminals.
        let first = SQLiteRepository(database: try ForumDatabase(path: test.path))
        let second = SQLiteRepository(database: try ForumDatabase(path: test.path))
        for round in 0..<rounds {
            let id = RequestID("RACE-\(round)")
            async let a = Self.attempt(first, id, TestDatabase.chiefBEV, .approve)
            async let b = Self.attempt(second, id, TestDatabase.chiefVOK, .reject)
            let outcomes = await [a, b]
            let winners = outcomes.filter { $0 == nil }
            #expect(winners.count == 1, "round \(round): \(outcomes)")
            let request = try await first.request(id)
            let winnerName = try #require(request.decision?.decidedByName)
            let loser = outcomes.compactMap { $0 }.first
            #expect(loser == .alreadyDecided(by: winnerName, at: request.decision?.at), "round \(round)")
            #expect(try await first.history(of: id).filter { $0.kind == .decided }.count == 1)
        }
        #expect(try await test.database.verifyAudit() == .intact(events: Int64(rounds) + 1))
    }

    /// Nil on success, the repository error otherwise.
    static func attempt(_ repository: SQLiteRepository, _ id: RequestID, _ user: User, _ kind: DecisionKind) async -> RepositoryError? {
        do {
            _ = try await repository.decide(id, expectedVersion: 1, decision: Decision(kind: kind, split: .single("BEV"), note: "nej"),
                                            context: try TestDatabase.context(user))
            return nil
        } catch let error as RepositoryError {
            return error
        } catch {
            return .invalid(Phrase(da: "\(error)", en: "\(error)"))
        }
    }
}
