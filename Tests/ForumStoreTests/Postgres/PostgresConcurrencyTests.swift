import Foundation
import ForumCore
import Logging
import PostgresNIO
import ForumStore
import Testing
@testable import ForumPostgres

/// Several hosts on one database: each test opens the database more than once, as separate
/// hosts would, with a pool of connections each — there is no single writer to lean on.
@Suite("PostgreSQL: many writers at once", .enabled(if: TestServer.enabled))
struct PostgresConcurrencyTests {
    typealias M = ContractMunicipality

    /// The contract municipality in a fresh schema, opened `hosts` times.
    static func hosts(_ count: Int) async throws -> (PostgresAddress, [PostgresRepository]) {
        let address = try await TestServer.freshSchema()
        var repositories: [PostgresRepository] = []
        for index in 0..<count {
            let database = try await PostgresDatabase.open(address)
            if index == 0 { try await database.write(PostgresMunicipality.write) }
            repositories.append(PostgresRepository(database: database))
        }
        return (address, repositories)
    }

    @Test("Two hosts deciding the same request at once: exactly one wins, the other is told who decided first")
    func twoDeciders() async throws {
        let (address, hosts) = try await Self.hosts(2)
        defer { TestServer.drop(address) }
        _ = try await hosts[0].openMeeting(date: ContractSubject.meetingDay, participants: ["bevchef"],
                                           agenda: try await hosts[0].draftAgenda(date: ContractSubject.meetingDay),
                                           context: ContractSubject.context(M.chair, meeting: nil))
        let approve = ContractSubject.context(M.chiefBEV, at: 1_795_000_100)
        let reject = ContractSubject.context(M.chair, at: 1_795_000_200)
        // Both decisions are valid on their own (a rejection has its reason), so whichever comes
        // second loses only to the race.
        async let first = Self.outcome { try await hosts[0].decide("IND-2", expectedVersion: 1,
                                                                  decision: Decision(kind: .approve, split: M.assensSplit),
                                                                  context: approve) }
        async let second = Self.outcome { try await hosts[1].decide("IND-2", expectedVersion: 1,
                                                                   decision: Decision(kind: .reject, split: M.assensSplit,
                                                                                      note: "Ikke nødvendigt"),
                                                                   context: reject) }
        let outcomes = await [first, second]
        let winners = outcomes.compactMap { try? $0.get() }
        try #require(winners.count == 1)
        let winner = winners[0]
        let loser = outcomes.first { (try? $0.get()) == nil }
        #expect(throws: RepositoryError.alreadyDecided(by: winner.changedBy ?? "", at: winner.changedAt)) { try loser?.get() }
        #expect(try await hosts[1].request("IND-2") == winner)
        #expect(try await hosts[0].history(of: "IND-2").filter { $0.kind == .decided }.count == 1)
        #expect(try await hosts[0].database.verifyAudit() == .intact(events: 2))
    }

    static func outcome<T: Sendable>(_ body: () async throws -> T) async -> Result<T, any Error> {
        do { return .success(try await body()) } catch { return .failure(error) }
    }

    @Test("Many hosts writing at once keep one linear audit chain, and each host hears of the others' commits")
    func linearChain() async throws {
        let (address, hosts) = try await Self.hosts(4)
        defer { TestServer.drop(address) }
        let notes = try M.sectors.flatMap { sector in
            try (1...10).map { month in
                DeviationNote(sector: sector.code, month: try Month(year: 2026, month: month), explanation: "Forklaring",
                              actionPlan: "Plan", owner: "Økonomi")
            }
        }
        let watcher = hosts[3]
        let before = try await watcher.changeToken()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, note) in notes.enumerated() {
                let host = hosts[index % 3]
                group.addTask {
                    _ = try await host.writeDeviationNote(note, context: ContractSubject.context(M.economist))
                }
            }
            try await group.waitForAll()
        }
        #expect(try await hosts[0].database.verifyAudit() == .intact(events: Int64(notes.count)))
        #expect(try await hosts[3].deviationNotes(year: 2026).count == notes.count)
        // The fourth host wrote nothing: only the others' notifications can move its token.
        let deadline = ContinuousClock.now + .seconds(5)
        while try await watcher.changeToken() == before, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try await watcher.changeToken() != before)
    }

    @Test("Two databases' forums making the same new login at once: both succeed, and the login is in each one's groups")
    func sameLoginAtOnce() async throws {
        // Role names are server-wide: two forums on one server (or two test schemas) may create
        // the same login in the same instant, and the loser of that race must not fail.
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        for _ in 0..<6 {
            let addresses = [try await TestServer.freshSchema(), try await TestServer.freshSchema()]
            defer { addresses.forEach(TestServer.drop) }
            let login = "race_" + UUID().uuidString.prefix(8).lowercased()
            let user = User(login: login, name: "Race", roles: [.reader])
            for address in addresses { _ = try await PostgresDatabase.open(address) } // the schema, to grant on
            var connections: [PostgresConnection] = []
            for address in addresses { connections.append(try await PostgresDatabase.connect(address, logger: logger)) }
            defer { for connection in connections { Task { try? await connection.close() } } }
            var groups: [[Role: String]] = []
            for connection in connections { groups.append(try await PostgresRoles.install(connection)) }
            let (one, other) = (connections[0], connections[1])
            let (oneGroups, otherGroups) = (groups[0], groups[1])
            async let first: Void = PostgresRoles.grant(user, groups: oneGroups, one)
            async let second: Void = PostgresRoles.grant(user, groups: otherGroups, other)
            _ = try await (first, second)
            for (connection, group) in zip(connections, groups) {
                let member = try await connection.value(Bool.self, "SELECT pg_has_role(\(login), \(group[.reader]!), 'MEMBER')")
                #expect(member == true)
            }
            try await connections[0].execute("DROP ROLE \(unescaped: PostgresRoles.identifier(login))")
        }
    }
}
