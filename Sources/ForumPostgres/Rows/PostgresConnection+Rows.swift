import Logging
import PostgresNIO

extension PostgresConnection {
    /// Every row of `query` as a record. The rows are read to the end, which is also where a
    /// failing statement's error arrives (a discarded result would hide it).
    func fetchAll<Record: Decodable>(_ type: Record.Type, _ query: PostgresQuery) async throws -> [Record] {
        var records: [Record] = []
        for try await row in try await self.query(query, logger: Self.quiet) {
            records.append(try Record(from: PostgresRowDecoder(row: row.makeRandomAccess())))
        }
        return records
    }

    func fetchOne<Record: Decodable>(_ type: Record.Type, _ query: PostgresQuery) async throws -> Record? {
        try await fetchAll(type, query).first
    }

    /// The single values of the first column of every row.
    func values<Value: PostgresDecodable & Sendable>(_ type: Value.Type, _ query: PostgresQuery) async throws -> [Value] {
        var values: [Value] = []
        for try await value in try await self.query(query, logger: Self.quiet).decode(Value.self) { values.append(value) }
        return values
    }

    func value<Value: PostgresDecodable & Sendable>(_ type: Value.Type, _ query: PostgresQuery) async throws -> Value? {
        try await values(type, query).first
    }

    /// Runs a statement to its end and returns how many rows it returned: a write with
    /// `RETURNING 1` counts the rows it changed this way.
    @discardableResult
    func execute(_ query: PostgresQuery) async throws -> Int {
        var count = 0
        for try await _ in try await self.query(query, logger: Self.quiet) { count += 1 }
        return count
    }

    /// The backend logs nothing of its own: what goes wrong reaches the user as an error.
    static let quiet = Logger(label: "chefforum.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
}
