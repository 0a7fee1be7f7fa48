import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func addUser(_ user: User, context: CommandContext) async throws {
        try await database.write { db in
            if case .denied(let why) = Permissions.check(context.user, .administer) { throw RepositoryError.denied(why) }
            guard try Self.user(db, login: user.login) == nil else { throw RepositoryError.userExists(user.login) }
            if let sector = user.sector, try !Self.knownSectors(db).contains(sector) { throw RepositoryError.unknownSector(sector) }
            try StoreWriters.insertUser(db, user)
            try Self.audit(db, context, action: "user.add", entity: "user:\(user.login)", after: UserAuditState(user))
        }
    }

    public func removeUser(login: String, context: CommandContext) async throws {
        try await database.write { db in
            if case .denied(let why) = Permissions.check(context.user, .administer) { throw RepositoryError.denied(why) }
            guard let existing = try Self.user(db, login: login) else { throw RepositoryError.userNotFound(login) }
            try db.execute(sql: "DELETE FROM app_user WHERE login = ?", arguments: [login])
            try Self.audit(db, context, action: "user.remove", entity: "user:\(login)", before: UserAuditState(existing))
        }
    }
}

struct UserAuditState: Encodable {
    var login: String
    var name: String
    var roles: String
    var sector: String?

    init(_ user: User) {
        login = user.login
        name = user.name
        roles = RowCoding.roles(user.roles)
        sector = user.sector?.rawValue
    }
}
