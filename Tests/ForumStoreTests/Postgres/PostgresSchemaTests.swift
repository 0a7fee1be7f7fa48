import ForumCore
import ForumStore
import Testing
@testable import ForumPostgres

@Suite("PostgreSQL schema: versioned migrations", .enabled(if: TestServer.enabled))
struct PostgresSchemaTests {
    @Test("Opening an empty database creates the schema once, also when two processes open it at the same moment")
    func migratesOnce() async throws {
        let address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        async let first = PostgresDatabase.open(address)
        async let second = PostgresDatabase.open(address)
        let database = try await first
        _ = try await second
        let applied = try await database.read { connection in
            try await connection.values(String.self, "SELECT identifier FROM chefforum_migration")
        }
        #expect(applied == PostgresSchema.migrations.map(\.identifier))
        _ = try await PostgresDatabase.open(address)
    }

    @Test("A database migrated by a newer build is refused, naming the unknown migrations, as on SQLite")
    func newerSchemaRefused() async throws {
        let address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        _ = try await PostgresDatabase.open(address)
        try await TestServer.execute("INSERT INTO chefforum_migration (identifier) VALUES ('v9-future')", on: address)
        await #expect(throws: StoreError.newerSchema(path: address.description, migrations: ["v9-future"])) {
            _ = try await PostgresDatabase.open(address)
        }
    }

    @Test("A wrong password fails at once with a message naming the login, rather than retrying")
    func wrongPassword() async throws {
        var address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        address.password = "not-the-password"
        await #expect(throws: StoreError.cannotConnect(address.description,
                                                      reason: Strings.postgresLoginRefused(address.username))) {
            _ = try await PostgresDatabase.open(address)
        }
    }
}
