import Foundation
import Logging
import PostgresNIO
import Testing
@testable import ForumPostgres

/// The PostgreSQL server the tests use: `CHEFFORUM_TEST_POSTGRES_URL` (set by `.ci/run`, or by
/// hand from `.ci/postgres-server start`). Locally its tests are skipped without it; under
/// `CI=true` its absence fails them, so that CI never passes without running them.
enum TestServer {
    static var url: String? {
        ProcessInfo.processInfo.environment["CHEFFORUM_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the PostgreSQL tests run: with a server, or under CI where they must.
    static var enabled: Bool { url != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "CI=true but CHEFFORUM_TEST_POSTGRES_URL is unset: start a server with .ci/postgres-server" }
    }

    /// The server's address in a schema of its own, created empty: test cases run side by side
    /// without seeing each other's tables (`search_path` is a startup parameter of every
    /// connection). The schema is dropped by `drop`.
    static func freshSchema() async throws -> PostgresAddress {
        guard let url else { throw Missing() }
        var address = try PostgresAddress(url: url)
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await execute("CREATE SCHEMA \(schema)", on: address)
        address.startupParameters = [("search_path", schema)]
        return address
    }

    /// Drops the schema of `address` and all it holds; the process may end before it is done,
    /// which a throwaway server does not mind.
    static func drop(_ address: PostgresAddress) {
        guard let schema = address.startupParameters.first(where: { $0.0 == "search_path" })?.1 else { return }
        var plain = address
        plain.startupParameters = []
        Task { try? await execute("DROP SCHEMA \(schema) CASCADE", on: plain) }
    }

    /// Runs one statement of the test's own on a connection of its own.
    static func execute(_ sql: String, on address: PostgresAddress) async throws {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection = try await PostgresDatabase.connect(address, logger: logger)
        defer { Task { try? await connection.close() } }
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }
}
