import Foundation
import ForumCore
import ForumStore
import GRDB

/// `ForumRepository` on SQLite. Every command is one write transaction that re-reads what it
/// changes, applies the shared `CommandRules`, writes, and appends one audit event.
public final class SQLiteRepository: ForumRepository, Sendable {
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
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM settings WHERE id = 1") else {
            throw StoreError.notInitialised(path: path)
        }
        let policyJSON: String = row["policy_json"]
        let policy: CompetencePolicy
        do {
            policy = try JSONDecoder().decode(CompetencePolicy.self, from: Data(policyJSON.utf8))
        } catch {
            throw StoreCorruption.badValue(column: "settings.policy_json", value: policyJSON)
        }
        return ForumSettings(
            municipality: row["municipality"], budgetYear: row["budget_year"], policy: policy,
            tolerance: Tolerance(amount: Money(ore: row["tolerance_ore"]), basisPoints: row["tolerance_basis_points"]),
            periodisation: try RowCoding.periodisation(row["periodisation"], column: "settings.periodisation"))
    }

    public func sectors() async throws -> [Sector] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sector ORDER BY code").map { row in
                Sector(code: SectorCode(row["code"] as String), name: row["name"], chiefLogin: row["chief_login"])
            }
        }
    }

    public func subAreas() async throws -> [SubArea] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sub_area WHERE sector_code IS NOT NULL ORDER BY code").map { row in
                SubArea(code: row["code"], name: row["name"], sector: SectorCode(row["sector_code"] as String))
            }
        }
    }

    public func laws() async throws -> [LawBasis] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM law ORDER BY code").map { row in
                LawBasis(code: row["code"], name: row["name"], defaultPayer: SectorCode(row["default_payer"] as String))
            }
        }
    }

    public func users() async throws -> [User] {
        try await database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM app_user ORDER BY login").map(Self.user(from:)) }
    }

    public func user(login: String) async throws -> User? {
        try await database.read { db in try Self.user(db, login: login) }
    }

    static func user(_ db: Database, login: String) throws -> User? {
        try Row.fetchOne(db, sql: "SELECT * FROM app_user WHERE login = ?", arguments: [login]).map(user(from:))
    }

    static func user(from row: Row) -> User {
        User(login: row["login"], name: row["name"], roles: RowCoding.roles(row["roles"] as String),
             sector: (row["sector_code"] as String?).map { SectorCode($0) })
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
