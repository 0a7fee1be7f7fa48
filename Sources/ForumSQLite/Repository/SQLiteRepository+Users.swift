import ForumCore
import ForumStore
import GRDB

extension SQLiteRepository {
    public func addUser(_ user: User, context: CommandContext) async throws {
        try await database.write { db in
            let user = try CommandRules.addUser(user, existing: try Self.user(db, login: user.login),
                                                knownSectors: try Self.knownSectors(db), context: context)
            try StoreWriters.insertUser(db, user)
            try Self.audit(db, context, action: "user.add", entity: "user:\(user.login)", after: UserAuditState(user))
        }
    }

    public func removeUser(login: String, context: CommandContext) async throws {
        try await database.write { db in
            let existing = try CommandRules.removeUser(login: login, existing: try Self.user(db, login: login), context: context)
            try db.execute(sql: "DELETE FROM app_user WHERE login = ?", arguments: [login])
            try Self.audit(db, context, action: "user.remove", entity: "user:\(login)", before: UserAuditState(existing))
        }
    }
}
