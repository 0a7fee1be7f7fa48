import ForumCore
import ForumStore
import PostgresNIO

/// The forum on a PostgreSQL server: many hosts, one database.
public final class PostgresBackend: ForumBackend {
    let database: PostgresDatabase
    let postgresRepository: PostgresRepository
    public let location: BackendLocation

    /// Connects to the server at `url` (failing at once, with the reason, when it cannot) and
    /// migrates the schema.
    /// The newest migration this build knows: the schema it writes (`chefforum --version`).
    public static var schemaVersion: String { PostgresSchema.migrations.last?.identifier ?? "" }

    public static func open(url: String) async throws -> PostgresBackend {
        PostgresBackend(database: try await PostgresDatabase.open(try PostgresAddress(url: url)), url: url)
    }

    init(database: PostgresDatabase, url: String) {
        self.database = database
        postgresRepository = PostgresRepository(database: database)
        location = .postgres(url: url)
    }

    public var repository: any ForumRepository { postgresRepository }

    public func auditEvents(_ filter: AuditFilter) async throws -> [AuditEvent] {
        try await database.auditEvents(filter)
    }

    public func verifyAudit() async throws -> AuditVerification {
        try await database.verifyAudit()
    }

    public func auditEvent(seq: Int64) async throws -> AuditEvent? {
        try await database.auditEvent(seq: seq)
    }

    public func importFile(_ kind: ImportKind, from source: ImportSource, key: PseudonymKey, options: ImportOptions,
                           context: CommandContext, progress: (@Sendable (ImportProgress) -> Void)?) async throws -> ImportReport {
        try await database.importFile(kind, from: source, key: key, options: options, context: context, progress: progress)
    }

    /// On a server, the first administrator is whoever the server lets create roles: connecting
    /// is not enough, as writing the file is on SQLite.
    public func setupActor(for user: User) async throws -> (user: User, bootstrapping: Bool) {
        let users = try await postgresRepository.users()
        let mayCreateRoles = try await database.read { connection in
            try await connection.value(Bool.self, """
                SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user
                """) ?? false
        }
        guard mayCreateRoles else { return (user, false) }
        return CommandRules.setupActor(user, users: users)
    }
}
