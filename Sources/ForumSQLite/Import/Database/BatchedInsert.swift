import GRDB

/// Inserts rows of integers many at a time — `INSERT … VALUES (…), (…), …` with 64 rows a
/// statement — because for a million small rows SQLite's cost per statement run (step, reset,
/// locks, transaction checks) is as large as the cost of the rows themselves.
struct BatchedInsert {
    static let rowsPerStatement = 64

    private let database: Database
    private let sql: (Int) -> String
    private let columns: Int
    private let full: RawStatement
    private var values: [Int64?] = []
    private var rows = 0
    /// Rows written so far.
    private(set) var written = 0

    /// `prefix` is `INSERT INTO table (columns) VALUES`, `row` one row's values, e.g.
    /// `(7, ?, ?, ?, ?)`, with `parameters` (4 or 5) question marks.
    init(_ db: Database, prefix: String, row: String, parameters: Int) throws {
        precondition(parameters == 4 || parameters == 5, "a batched row has four or five parameters")
        database = db
        columns = parameters
        sql = { count in prefix + " " + Array(repeating: row, count: count).joined(separator: ", ") }
        full = try RawStatement(db, sql: sql(BatchedInsert.rowsPerStatement))
        values.reserveCapacity(columns * BatchedInsert.rowsPerStatement)
    }

    /// Adds one row's values (the fifth only with five parameters), NULL for nil. Writes when a
    /// statement's worth is ready.
    mutating func add(_ a: Int64?, _ b: Int64?, _ c: Int64?, _ d: Int64?, _ e: Int64? = nil) throws {
        values.append(a)
        values.append(b)
        values.append(c)
        values.append(d)
        if columns == 5 { values.append(e) }
        rows += 1
        if rows == BatchedInsert.rowsPerStatement { try flush(with: full) }
    }

    /// Writes the rows still waiting.
    mutating func finish() throws {
        guard rows > 0 else { return }
        try flush(with: RawStatement(database, sql: sql(rows)))
    }

    private mutating func flush(with statement: RawStatement) throws {
        for (index, value) in values.enumerated() { statement.bind(Int32(index + 1), value) }
        try statement.step()
        written += rows
        values.removeAll(keepingCapacity: true)
        rows = 0
    }
}
