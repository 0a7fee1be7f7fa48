import ForumCore
import ForumStore
import GRDB

/// `ForumRepository` on SQLite. Every command is one write transaction that re-reads what it
/// changes, applies the shared `CommandRules`, writes over the version it read, and appends
/// one audit event.
final class SQLiteRepository: ForumRepository, Sendable {
    public let database: ForumDatabase

    public init(database: ForumDatabase) {
        self.database = database
    }

    public func changeToken() async throws -> Int64 {
        try await database.dataVersion()
    }

    public func settings() async throws -> ForumSettings {
        let path = database.path
        return try await database.read { db in try Self.settings(db, path: path) }
    }

    static func settings(_ db: Database, path: String) throws -> ForumSettings {
        guard let row = try StoredSettings.fetchOne(db, sql: "SELECT * FROM settings WHERE id = 1") else {
            throw StoreError.notInitialised(path: path)
        }
        return try row.settings()
    }

    public func sectors() async throws -> [Sector] {
        try await database.read { db in try StoredSector.fetchAll(db, sql: "SELECT * FROM sector ORDER BY code").map(\.sector) }
    }

    public func subAreas() async throws -> [SubArea] {
        try await database.read { db in try Self.subAreas(db) }
    }

    static func subAreas(_ db: Database) throws -> [SubArea] {
        try StoredSubArea.fetchAll(db, sql: "SELECT * FROM sub_area WHERE sector_code IS NOT NULL ORDER BY code").compactMap(\.subArea)
    }

    public func laws() async throws -> [LawBasis] {
        try await database.read { db in try StoredLaw.fetchAll(db, sql: "SELECT * FROM law ORDER BY code").map(\.law) }
    }

    public func users() async throws -> [User] {
        try await database.read { db in try StoredUser.fetchAll(db, sql: "SELECT * FROM app_user ORDER BY login").map { try $0.user() } }
    }

    public func user(login: String) async throws -> User? {
        try await database.read { db in try Self.user(db, login: login) }
    }

    static func user(_ db: Database, login: String) throws -> User? {
        try StoredUser.fetchOne(db, sql: "SELECT * FROM app_user WHERE login = ?", arguments: [login])?.user()
    }

    static func knownSectors(_ db: Database) throws -> Set<SectorCode> {
        Set(try String.fetchAll(db, sql: "SELECT code FROM sector").map { SectorCode($0) })
    }

    /// Appends the audit event of a command: the actor, what, on which entity, before and after.
    static func audit(_ db: Database, _ context: CommandContext, action: String, entity: String,
                      before: (any Encodable)? = nil, after: (any Encodable)? = nil) throws {
        try AuditLog.append(db, actor: context.user, at: context.at, action: action, entity: entity, before: before, after: after)
    }
}
