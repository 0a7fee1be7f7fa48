import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// A prepared statement driven through sqlite3 directly: integers are bound in place and the
/// statement is stepped and reset, with no argument array, no boxing and no string per row.
/// GRDB owns the statement (and finalizes it); this only binds and steps it, inside the
/// import's own transaction. The only file of the import that speaks sqlite3.
struct RawStatement {
    private let statement: Statement
    private let database: Database

    init(_ database: Database, sql: String) throws {
        self.database = database
        statement = try database.makeStatement(sql: sql)
    }

    /// Binds an integer to the 1-based parameter, or NULL.
    func bind(_ index: Int32, _ value: Int64?) {
        if let value {
            sqlite3_bind_int64(statement.sqliteStatement, index, value)
        } else {
            sqlite3_bind_null(statement.sqliteStatement, index)
        }
    }

    /// Binds bytes to the 1-based parameter; SQLite copies them.
    func bind(_ index: Int32, blob: [UInt8]) {
        blob.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(statement.sqliteStatement, index, bytes.baseAddress, Int32(bytes.count), RawStatement.transient)
        }
    }

    /// Binds text to the 1-based parameter; SQLite copies it.
    func bind(_ index: Int32, text: String) {
        var text = text
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(statement.sqliteStatement, index, bytes.baseAddress, Int32(bytes.count), RawStatement.transient)
        }
    }

    /// `SQLITE_TRANSIENT`, a C macro Swift does not import: SQLite makes its own copy.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Runs the statement once with the values bound, and resets it for the next row.
    func step() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        let message = code == SQLITE_DONE ? nil : database.lastErrorMessage
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }
}
