import ForumCore
import ForumStore
import PostgresNIO

extension PostgresRepository {
    func addUser(_ user: User, context: CommandContext) async throws {
        try await database.write { connection in
            let user = try CommandRules.addUser(user, existing: try await Self.user(connection, login: user.login),
                                                knownSectors: try await Self.knownSectors(connection), context: context)
            // Two hosts adding the same login: the primary key lets one in; the other finds it.
            let added = try await connection.execute("""
                INSERT INTO app_user (login, name, roles, sector_code)
                VALUES (\(user.login), \(user.name), \(RowCoding.roles(user.roles)), \(user.sector?.rawValue))
                ON CONFLICT DO NOTHING RETURNING 1
                """)
            guard added == 1 else { throw RepositoryError.userExists(user.login) }
            try await Self.audit(connection, context, action: "user.add", entity: "user:\(user.login)",
                                 after: UserAuditState(user))
        }
    }

    func removeUser(login: String, context: CommandContext) async throws {
        try await database.write { connection in
            try await connection.execute("SELECT 1 FROM app_user WHERE login = \(login) FOR UPDATE")
            let existing = try CommandRules.removeUser(login: login, existing: try await Self.user(connection, login: login),
                                                       context: context)
            try await connection.execute("DELETE FROM app_user WHERE login = \(login)")
            try await Self.audit(connection, context, action: "user.remove", entity: "user:\(login)",
                                 before: UserAuditState(existing))
        }
    }
}
