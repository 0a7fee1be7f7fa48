import ForumCore
import ForumStore
import PostgresNIO

/// `ForumRepository` on PostgreSQL. Every command is one transaction that locks the rows it
/// changes (`SELECT … FOR UPDATE`), re-reads them, applies the shared `CommandRules`, writes
/// over the version it read, and appends one audit event under the audit head's lock — so
/// that many hosts can write at once and still get one winner and one linear chain.
final class PostgresRepository: ForumRepository, Sendable {
    let database: PostgresDatabase

    init(database: PostgresDatabase) {
        self.database = database
    }

    var location: String { database.address.description }

    func changeToken() async throws -> Int64 {
        database.changes.token
    }

    func settings() async throws -> ForumSettings {
        let location = location
        return try await database.read { connection in try await Self.settings(connection, location: location) }
    }

    static func settings(_ connection: PostgresConnection, location: String) async throws -> ForumSettings {
        guard let row = try await connection.fetchOne(StoredSettings.self, "SELECT * FROM settings WHERE id = 1") else {
            throw StoreError.notInitialised(path: location)
        }
        return try row.settings()
    }

    func sectors() async throws -> [Sector] {
        try await database.read { connection in
            try await connection.fetchAll(StoredSector.self, "SELECT * FROM sector ORDER BY code").map(\.sector)
        }
    }

    func subAreas() async throws -> [SubArea] {
        try await database.read { connection in try await Self.subAreas(connection) }
    }

    static func subAreas(_ connection: PostgresConnection) async throws -> [SubArea] {
        try await connection.fetchAll(StoredSubArea.self, "SELECT * FROM sub_area WHERE sector_code IS NOT NULL ORDER BY code")
            .compactMap(\.subArea)
    }

    func laws() async throws -> [LawBasis] {
        try await database.read { connection in
            try await connection.fetchAll(StoredLaw.self, "SELECT * FROM law ORDER BY code").map(\.law)
        }
    }

    func users() async throws -> [User] {
        try await database.read { connection in
            try await connection.fetchAll(StoredUser.self, "SELECT * FROM app_user ORDER BY login").map { try $0.user() }
        }
    }

    func user(login: String) async throws -> User? {
        try await database.read { connection in try await Self.user(connection, login: login) }
    }

    static func user(_ connection: PostgresConnection, login: String) async throws -> User? {
        try await connection.fetchOne(StoredUser.self, "SELECT * FROM app_user WHERE login = \(login)")?.user()
    }

    static func knownSectors(_ connection: PostgresConnection) async throws -> Set<SectorCode> {
        Set(try await connection.values(String.self, "SELECT code FROM sector").map { SectorCode($0) })
    }

    /// Appends the audit event of a command: the actor, what, on which entity, before and after.
    static func audit(_ connection: PostgresConnection, _ context: CommandContext, action: String, entity: String,
                      before: (any Encodable)? = nil, after: (any Encodable)? = nil) async throws {
        try await PostgresAuditTrail.append(connection, actor: context.user, at: context.at, action: action, entity: entity,
                                            before: before, after: after)
    }

    /// After an `UPDATE … WHERE version = $n RETURNING 1`: unless it changed exactly one row,
    /// another writer got there first, and the command is a conflict naming them.
    static func requireOneChange(_ changed: Int, else lastChange: () async throws -> (by: String?, at: Timestamp?)) async throws {
        guard changed == 1 else {
            let change = try await lastChange()
            throw RepositoryError.conflict(by: change.by, at: change.at)
        }
    }
}
