import ForumCore
import ForumStore
import PostgresNIO

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
private final class RowCounter: @unchecked Sendable {
    // Chunks arrive one after another (the exporter awaits each), never at once.
    private(set) var total = 0
    func add(_ count: Int) { total += count }
}

/// COPY's text format: tab between columns, `\N` for NULL, backslash escapes, bytes as `\x…`.
enum CopyText {
    static func append(_ row: [StoreValue], to buffer: inout ByteBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch value {
            case .null: buffer.writeString("\\N")
            case .integer(let number): buffer.writeString(String(number))
            case .real(let number): buffer.writeString(String(number))
            case .text(let text):
                for byte in text.utf8 {
                    switch byte {
                    case UInt8(ascii: "\\"): buffer.writeString("\\\\")
                    case UInt8(ascii: "\t"): buffer.writeString("\\t")
                    case UInt8(ascii: "\n"): buffer.writeString("\\n")
                    case UInt8(ascii: "\r"): buffer.writeString("\\r")
                    default: buffer.writeInteger(byte)
                    }
                }
            case .blob(let bytes):
                buffer.writeString("\\\\x")
                for byte in bytes {
                    buffer.writeInteger(hexDigits[Int(byte >> 4)])
                    buffer.writeInteger(hexDigits[Int(byte & 0x0F)])
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
