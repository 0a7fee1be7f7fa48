import ForumCore
import ForumStore
import PostgresNIO

extension PostgresBackend {
    /// A fresh database for the demo at `url`: an earlier demo there (or an empty database) is
    /// emptied first; anything else is refused, so that `chefforum demo --db` can never
    /// overwrite a real database.
    public static func freshDemo(url: String, force: Bool = false) async throws -> PostgresBackend {
        let backend = try await open(url: url)
        try await backend.emptyForDemo(force: force)
        return backend
    }

    /// Empties the database for a new demo: an earlier, unchanged demo (or an empty database);
    /// a demo changed since it was built only with `force`; anything else never.
    func emptyForDemo(force: Bool) async throws {
        let location = location.description
        try await database.write { connection in
            // Taken first, so that a second demo build at the same moment waits rather than mixes.
            try await connection.execute("LOCK TABLE settings IN EXCLUSIVE MODE")
            let isDemo = try await connection.value(Bool.self, "SELECT is_demo FROM settings WHERE id = 1")
            let events = try await connection.value(Int64.self, "SELECT seq FROM audit_head WHERE id = 1") ?? 0
            guard isDemo == true || (isDemo == nil && events == 0) else { throw StoreError.notADemoDatabase(path: location) }
            let actions = try await connection.values(String.self, """
                SELECT action FROM audit_event
                WHERE seq > (SELECT COALESCE(MAX(seq), 0) FROM audit_event WHERE action = 'import.postings') ORDER BY seq
                """)
            let changes = DemoChanges.count(actionsAfterLastPostingsImport: actions)
            guard changes == 0 || force else { throw StoreError.demoChanged(path: location, events: changes) }
            // Every table migrate copies, so that a table added later is emptied too.
            let tables = StoreTables.inDependencyOrder.filter { $0 != "audit_head" }.joined(separator: ", ")
            try await connection.execute("TRUNCATE \(unescaped: tables) RESTART IDENTITY")
            try await connection.execute("UPDATE audit_head SET seq = 0, hash = \(AuditHead.empty.hash) WHERE id = 1")
        }
    }

    public func beginDemo(_ settings: ForumSettings, context: CommandContext) async throws {
        let location = location.description
        try await database.write { connection in
            try await PostgresWriters.saveSettings(connection, settings, isDemo: true)
            try await PostgresAuditTrail.append(connection, actor: context.user, at: context.at, action: "demo.create",
                                                entity: "database:\(location)")
        }
    }

    public func installDemoChair(_ user: User, context: CommandContext) async throws {
        try await database.write { connection in
            let existing = try await PostgresRepository.user(connection, login: user.login)
            let chair = User(login: user.login, name: existing?.name ?? user.name, roles: user.roles.union(existing?.roles ?? []),
                             sector: existing?.sector)
            try await PostgresWriters.upsertUser(connection, chair)
            if try await PostgresRoles.mayManage(connection) {
                try await PostgresRoles.grant(chair, groups: try await PostgresRoles.install(connection), connection)
            }
            try await PostgresAuditTrail.append(connection, actor: context.user, at: context.at, action: "user.add",
                                                entity: "user:\(user.login)", before: existing.map(UserAuditState.init),
                                                after: UserAuditState(chair))
        }
    }
}
