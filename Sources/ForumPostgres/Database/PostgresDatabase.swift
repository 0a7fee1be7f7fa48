import ForumCore
import ForumStore
import Logging
import PostgresNIO

/// The forum's PostgreSQL database: a pool of connections (`PostgresClient`) shared by every
/// command of the process, and the schema migrated on opening.
///
/// The pool runs in a task of its own for as long as the database is open; a pool retries a
/// refused login forever, so opening first makes one plain connection and fails fast with a
/// message saying why.
final class PostgresDatabase: Sendable {
    let address: PostgresAddress
    let client: PostgresClient
    let logger: Logger
    let changes: ChangeSignal
    private let runner: Task<Void, Never>

    /// Connects to `address`, migrates the schema (see `PostgresSchema`) and starts the pool.
    static func open(_ address: PostgresAddress) async throws -> PostgresDatabase {
        let logger = Logger(label: "chefforum.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection = try await connect(address, logger: logger)
        let schema: String
        do {
            try await PostgresSchema.migrate(connection, location: address.description, logger: logger)
            schema = try await connection.value(String.self, "SELECT current_schema()") ?? "public"
        } catch {
            _ = try? await connection.close()
            throw translated(error, address: address)
        }
        _ = try? await connection.close()
        return PostgresDatabase(address: address, channel: "chefforum." + schema, logger: logger)
    }

    private init(address: PostgresAddress, channel: String, logger: Logger) {
        self.address = address
        self.logger = logger
        changes = ChangeSignal(address: address, channel: channel, logger: logger)
        let client = PostgresClient(configuration: address.clientConfiguration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// One plain connection, with what went wrong said in the user's words: a refused login, an
    /// unknown database, a server that does not answer.
    static func connect(_ address: PostgresAddress, logger: Logger) async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(configuration: try address.connectionConfiguration(),
                                                        id: 0, logger: logger)
        } catch let error as PSQLError {
            throw StoreError.cannotConnect(address.description, reason: reason(error, address: address))
        } catch {
            throw StoreError.cannotConnect(address.description, reason: Strings.postgresFailure(String(describing: error)))
        }
    }

    private static func reason(_ error: PSQLError, address: PostgresAddress) -> Phrase {
        switch error.serverInfo?[.sqlState] {
        case "28P01", "28000": return Strings.postgresLoginRefused(address.username)
        case "3D000": return Strings.postgresNoSuchDatabase(address.database)
        case .some: return Strings.postgresFailure(error.serverInfo?[.message] ?? String(reflecting: error))
        case nil:
            if error.code == .connectionError || error.code == .unexpectedBackendMessage || error.code == .uncleanShutdown {
                return Strings.postgresUnreachable
            }
            return Strings.postgresFailure(String(describing: error.code))
        }
    }

    /// Runs `body` in one transaction on a connection of the pool: committed if it returns,
    /// rolled back if it throws, and its error passed on as it is (not wrapped).
    ///
    /// Every write notifies the other processes at commit (`ChangeSignal`); a write that is
    /// refused changes nothing and tells no one.
    func write<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let value = try await transaction(begin: "BEGIN") { connection in
            let value = try await body(connection)
            try await connection.execute("SELECT pg_notify(\(changes.channel), \(changes.sender))")
            return value
        }
        changes.committed()
        return value
    }

    /// The server's errors in the user's words: a write the login's roles do not allow (SQLSTATE
    /// 42501; the program's own rules let it through, the database did not), or whatever else the
    /// server said. Errors of the program's own (a rule's refusal) pass as they are.
    static func translated(_ error: any Error, address: PostgresAddress) -> any Error {
        guard let error = error as? PSQLError else { return error }
        if error.serverInfo?[.sqlState] == "42501" {
            return RepositoryError.denied(Strings.postgresRefused(address.username, detail: error.serverInfo?[.message] ?? ""))
        }
        return StoreError.serverFailed(address.description, reason: reason(error, address: address))
    }

    /// Runs `body`'s reads on one snapshot, so that a read of several queries sees one state.
    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func transaction<T: Sendable>(begin: PostgresQuery, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query(begin, logger: logger)
            let value: T
            do {
                value = try await body(connection)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw Self.translated(error, address: address)
            }
            do {
                try await connection.query("COMMIT", logger: logger)
            } catch {
                throw Self.translated(error, address: address)
            }
            return value
        }
    }
}
