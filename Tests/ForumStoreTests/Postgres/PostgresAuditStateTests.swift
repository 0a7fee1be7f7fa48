import ForumCore
import ForumStore
import Testing
@testable import ForumPostgres

/// The state cross-check on PostgreSQL runs the same comparison as on SQLite (`AuditStateCheck`);
/// one tamper of each kind the server's reading differs in is enough here.
@Suite("PostgreSQL: audit verify cross-checks the stored rows", .enabled(if: TestServer.enabled))
struct PostgresAuditStateTests {
    typealias M = ContractMunicipality

    @Test("A decided request and a user's roles edited with raw SQL are reported, naming the row")
    func edited() async throws {
        let address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        let database = try await PostgresDatabase.open(address)
        try await database.write(PostgresMunicipality.write)
        let repository = PostgresRepository(database: database)
        _ = try await repository.openMeeting(date: ContractSubject.meetingDay, participants: ["bevchef"],
                                             agenda: try await repository.draftAgenda(date: ContractSubject.meetingDay),
                                             context: ContractSubject.context(M.chair, meeting: nil))
        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: M.assensSplit),
                                        context: ContractSubject.context(M.chiefBEV, at: 1_795_000_100))
        try await repository.addUser(User(login: "ny", name: "Ny", roles: [.reader]),
                                     context: ContractSubject.context(M.admin, at: 1_795_000_200))
        #expect(try await database.verifyAudit() == .intact(events: 3))

        _ = try await database.write { connection in
            try await connection.execute("UPDATE commitment SET amount_ore = amount_ore + 100 WHERE request_id = 'IND-2'")
        }
        #expect(try await database.verifyAudit()
                == .broken(seq: 2, reason: Strings.auditStateDiffers("grant_request IND-2", fields: ["commitmentsBySector"])))

        _ = try await database.write { connection in
            try await connection.execute("UPDATE commitment SET amount_ore = amount_ore - 100 WHERE request_id = 'IND-2'")
        }
        _ = try await database.write { connection in
            try await connection.execute("UPDATE app_user SET roles = 'administrator' WHERE login = 'ny'")
        }
        #expect(try await database.verifyAudit() == .broken(seq: 3, reason: Strings.auditStateDiffers("app_user ny", fields: ["roles"])))
    }
}
