import ForumCore
import ForumStore
import PostgresNIO
import Synchronization

extension PostgresBackend: StoreImporter {
    /// The tables whose ids the database gives: their sequences move past the ids copied.
    static let identityTables = ["sub_area", "person", "waiting_entry", "placement", "decision", "request_event", "commitment",
                                 "free_item", "import_batch"]

    public func importRows(from source: any StoreExporter, describedAs origin: String,
                           context: CommandContext) async throws -> Int {
        let location = location.description
        return try await database.write { connection in
            // Taken first: a second copy, or a first command, waits for this one to finish.
            try await connection.execute("LOCK TABLE settings, app_user, audit_head IN EXCLUSIVE MODE")
            let used = try await connection.value(Int64.self, """
                SELECT (SELECT COUNT(*) FROM settings) + (SELECT COUNT(*) FROM app_user) + (SELECT seq FROM audit_head WHERE id = 1)
                """) ?? 0
            guard used == 0 else { throw StoreError.notEmpty(location) }
            // A request names its decision in force, which comes later: checked at the commit.
            try await connection.execute("SET CONSTRAINTS ALL DEFERRED")
            try await connection.execute("DELETE FROM audit_head")
            let counter = RowCounter()
            try await source.exportRows { chunk in
                guard StoreTables.inDependencyOrder.contains(chunk.table) else { return }
                var buffer = ByteBuffer()
                for row in chunk.rows { CopyText.append(row, to: &buffer) }
                try await connection.copyFrom(table: chunk.table, columns: chunk.columns, logger: PostgresConnection.quiet) {
                    try await $0.write(buffer)
                }
                counter.add(chunk.rows.count)
            }
            for table in Self.identityTables {
                try await connection.execute("""
                    SELECT setval(pg_get_serial_sequence(\(table), 'id'), COALESCE(MAX(id), 0) + 1, false)
                    FROM \(unescaped: table)
                    """)
            }
            // The users become the server's roles, as `users add` makes them.
            if try await PostgresRoles.mayManage(connection) {
                let groups = try await PostgresRoles.install(connection)
                for row in try await connection.fetchAll(StoredUser.self, "SELECT * FROM app_user ORDER BY login") {
                    try await PostgresRoles.grant(try row.user(), groups: groups, connection)
                }
            }
            if try await connection.value(Int64.self, "SELECT COUNT(*) FROM audit_head") == 0 {
                try await connection.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, \(AuditHead.empty.hash))")
            }
            try await PostgresAuditTrail.append(connection, actor: context.user, at: context.at, action: "store.migrate",
                                                entity: "database:\(origin)")
            return counter.total
        }
    }
}

/// Counts the rows copied, chunk by chunk.
private final class RowCounter: Sendable {
    private let count = Atomic<Int>(0)
    var total: Int { count.load(ordering: .relaxed) }
    func add(_ rows: Int) { count.add(rows, ordering: .relaxed) }
}
