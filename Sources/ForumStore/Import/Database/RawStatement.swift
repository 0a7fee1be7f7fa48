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
