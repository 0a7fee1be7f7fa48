import ForumCore
import ForumStore

/// The forum on one SQLite file: many terminals on one host.
public final class SQLiteBackend: ForumBackend {
    let database: ForumDatabase
    let sqliteRepository: SQLiteRepository

    /// Opens (creating if needed) and migrates the database at `path`.
    public init(path: String) throws {
        database = try ForumDatabase(path: path)
        sqliteRepository = SQLiteRepository(database: database)
    }

    /// The newest migration this build knows: the schema it writes (`chefforum --version`).
    public static var schemaVersion: String { Schema.knownMigrations.last ?? "" }

    public var location: BackendLocation { .sqlite(path: database.path) }
    public var repository: any ForumRepository { sqliteRepository }

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

    /// Whoever can write the file could change it anyway, so the first person to set up a
    /// database without an administrator does so as administrator.
    public func setupActor(for user: User) async throws -> (user: User, bootstrapping: Bool) {
        CommandRules.setupActor(user, users: try await sqliteRepository.users())
    }
}
