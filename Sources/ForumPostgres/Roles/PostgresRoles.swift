import ForumCore
import ForumStore
import PostgresNIO

/// The forum's roles as the server's own: every user is a LOGIN role named after their login,
/// member of a NOLOGIN group role per forum role they hold; GRANTs on the tables give each
/// group what its commands write, and nothing more. Connected as themselves (peer
/// authentication over the socket, or their own password), a reader cannot write and an
/// economist cannot decide a grant — through `chefforum` or `psql` alike.
///
/// Role names are server-wide, so the groups are named after the database (and schema, when
/// not `public`): `chefforum_chief` for the database `chefforum`.
enum PostgresRoles {
    /// The group role of `role` in the database `connection` is connected to.
    static func groups(_ connection: PostgresConnection) async throws -> [Role: String] {
        var prefix = "chefforum"
        for try await (database, schema) in try await connection.query("SELECT current_database(), current_schema()",
                                                                        logger: PostgresConnection.quiet)
            .decode((String, String).self) {
            prefix = schema == "public" ? database : database + "_" + schema
        }
        return Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, String((prefix + "_" + $0.rawValue).prefix(63))) })
    }

    /// Whether the connected role may create roles and grant them (an administrator set up by
    /// the server's administrator); without that, users are the forum's alone.
    static func mayManage(_ connection: PostgresConnection) async throws -> Bool {
        try await connection.value(Bool.self, "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user") ?? false
    }

    /// Makes `user` a LOGIN role (if the server has none of that name) that is a member of the
    /// groups (from `install`) of exactly the user's roles.
    static func grant(_ user: User, groups: [Role: String], _ connection: PostgresConnection) async throws {
        try await createIfMissing(user.login, "LOGIN", connection)
        for (role, group) in groups.sorted(by: { $0.key < $1.key }) {
            let statement = user.roles.contains(role) ? "GRANT \(identifier(group)) TO" : "REVOKE \(identifier(group)) FROM"
            try await connection.execute("\(unescaped: statement) \(unescaped: identifier(user.login))")
        }
    }

    /// Creates the role `name` unless the server has one. Role names are server-wide, so another
    /// database's forum may create the same login at the same moment: the loser of that race
    /// sees a duplicate (`duplicate_object`, or `unique_violation` from the catalogue's index)
    /// and takes the role as made.
    private static func createIfMissing(_ name: String, _ options: String, _ connection: PostgresConnection) async throws {
        try await connection.execute("""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(unescaped: literal(name))) THEN
                    CREATE ROLE \(unescaped: identifier(name)) \(unescaped: options);
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END $$
            """)
    }

    /// Takes the login out of every group of this database; the LOGIN role stays, since the
    /// server may know it for other databases.
    static func remove(login: String, _ connection: PostgresConnection) async throws {
        let exists = try await connection.value(Bool.self, "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = \(login))") ?? false
        guard exists else { return }
        for group in try await groups(connection).values.sorted() {
            try await connection.execute("REVOKE \(unescaped: identifier(group)) FROM \(unescaped: identifier(login))")
        }
    }

    /// Creates the group roles that are missing and grants each what its commands write.
    @discardableResult
    static func install(_ connection: PostgresConnection) async throws -> [Role: String] {
        let groups = try await groups(connection)
        let existing = Set(try await connection.values(String.self, "SELECT rolname FROM pg_roles WHERE rolname = ANY(\(Array(groups.values)))"))
        for group in groups.values.sorted() where !existing.contains(group) {
            try await createIfMissing(group, "NOLOGIN", connection)
        }
        let schema = try await connection.value(String.self, "SELECT current_schema()") ?? "public"
        for (role, group) in groups {
            let name = identifier(group)
            try await connection.execute("GRANT USAGE ON SCHEMA \(unescaped: identifier(schema)) TO \(unescaped: name)")
            try await connection.execute("GRANT SELECT ON ALL TABLES IN SCHEMA \(unescaped: identifier(schema)) TO \(unescaped: name)")
            guard role != .reader else { continue }
            // Every command appends to the audit trail, under the head's row lock.
            try await connection.execute("GRANT INSERT ON audit_event TO \(unescaped: name)")
            try await connection.execute("GRANT UPDATE ON audit_head TO \(unescaped: name)")
            try await connection.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(unescaped: identifier(schema)) TO \(unescaped: name)")
            for (privileges, tables) in writes[role] ?? [] {
                try await connection.execute("GRANT \(unescaped: privileges) ON \(unescaped: tables.joined(separator: ", ")) TO \(unescaped: name)")
            }
            if role == .economist || role == .administrator {
                // An import numbers new persons itself and moves the sequence past them.
                try await connection.execute("GRANT UPDATE ON ALL SEQUENCES IN SCHEMA \(unescaped: identifier(schema)) TO \(unescaped: name)")
            }
        }
        return groups
    }

    /// What each role's commands write, beside the audit trail.
    static let writes: [Role: [(String, [String])]] = {
        let offers: [(String, [String])] = [
            ("UPDATE", ["offer"]), ("INSERT, UPDATE, DELETE", ["waiting_entry", "placement", "commitment"]),
        ]
        let decisions: [(String, [String])] = offers + [
            ("UPDATE", ["grant_request", "decision"]), ("INSERT", ["decision", "request_event"]),
            ("INSERT, UPDATE", ["deviation_note", "youth"]),
        ]
        // Imports: the organisation, budgets, case lists and postings. Requests arrive new
        // (INSERT), never changed: deciding one is a chief's.
        let imports: [(String, [String])] = [
            ("INSERT, UPDATE, DELETE", ["settings", "sector", "sub_area", "law", "app_user", "person", "offer", "waiting_entry",
                                        "placement", "commitment", "budget", "monthly_actual", "monthly_case", "import_batch",
                                        "posting", "manual_forecast", "deviation_note", "youth",
                                        "transition_settings", "transition_other_inflow", "efficiency_target"]),
            ("INSERT", ["grant_request", "alternative", "decision", "request_event"]),
        ]
        return [
            .leader: offers,
            .chief: decisions,
            // The chair also opens and closes meetings, builds the agenda and writes the minutes.
            .chair: decisions + [
                ("INSERT, UPDATE, DELETE", ["meeting", "meeting_participant", "meeting_item", "agenda_plan", "free_item"]),
            ],
            .economist: imports,
            .administrator: imports,
        ]
    }()

    /// `name` as an SQL identifier, quoted.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` as an SQL string literal (for the one place a parameter cannot go: a DO block).
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
