import ForumCore
import ForumStore
import Foundation
import GRDB

extension SQLiteBackend: StoreExporter {
    /// Rows a chunk holds: the postings of a large municipality pass in many chunks.
    static let exportChunk = 20_000

    public func exportRows(_ body: @Sendable (TableChunk) async throws -> Void) async throws {
        for table in StoreTables.inDependencyOrder {
            var after: Int64 = .min
            while true {
                let from = after
                let (chunk, last) = try await database.read { db in try Self.page(db, table: table, after: from) }
                if !chunk.rows.isEmpty { try await body(chunk) }
                guard let last, chunk.rows.count == Self.exportChunk else { break }
                after = last
            }
        }
    }

    /// The rows of `table` after rowid `after`, in rowid order, and the last one's rowid; a
    /// table without rowids is read whole (they are small: totals and notes).
    private static func page(_ db: Database, table: String, after: Int64) throws -> (TableChunk, Int64?) {
        let hasRowID = try Bool.fetchOne(db, sql: """
            SELECT sql NOT LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' AND name = ?
            """, arguments: [table]) ?? true
        let sql = hasRowID
            ? "SELECT rowid AS chefforum_rowid, * FROM \(table) WHERE rowid > ? ORDER BY rowid LIMIT \(exportChunk)"
            : "SELECT NULL AS chefforum_rowid, * FROM \(table)"
        let statement = try db.makeStatement(sql: sql)
        let columns = Array(statement.columnNames.dropFirst())
        var rows: [[StoreValue]] = []
        var last: Int64?
        let cursor = try Row.fetchCursor(statement, arguments: hasRowID ? [after] : [])
        while let row = try cursor.next() {
            last = row[0]
            rows.append((1..<row.count).map { index in
                let value: DatabaseValue = row[index]
                return switch value.storage {
                case .null: .null
                case .int64(let value): .integer(value)
                case .double(let value): .real(value)
                case .string(let value): .text(value)
                case .blob(let data): .blob(Array(data))
                }
            })
        }
        return (TableChunk(table: table, columns: columns, rows: rows), hasRowID ? last : nil)
    }
}
