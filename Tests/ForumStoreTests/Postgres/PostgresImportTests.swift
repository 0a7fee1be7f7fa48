import ForumCore
import Foundation
import Testing
@testable import ForumPostgres
@testable import ForumSQLite
@testable import ForumStore

/// The import on PostgreSQL (the table writer, and postings by COPY) against the import on
/// SQLite: the same files must give the same forum, figure for figure.
@Suite("PostgreSQL import: the same forum as SQLite from the same files", .enabled(if: TestServer.enabled))
struct PostgresImportTests {
    static let importer = User(login: "okonom", name: "Søren Ågård", roles: [.economist, .administrator])
    static let context = CommandContext(user: importer, at: Timestamp(secondsSinceEpoch: 1_790_000_000),
                                        today: Day(daysSinceEpoch: 1_790_000_000 / 86_400))

    /// Skovby's organisation, cases and placements, and a generated postings extract of `lines`.
    static func files(_ directory: TemporaryDirectory, lines: Int) throws -> [(ImportKind, ImportSource)] {
        let skovby = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/ForumStore/Demo/Skovby").path
        var files = DemoBuilder.files.map { ($0.0, ImportSource(path: skovby + "/" + $0.1, name: $0.1)) }
        let postings = directory.path + "/postings.csv"
        _ = FileManager.default.createFile(atPath: postings, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: postings))
        _ = try PostingsGenerator(lines: lines, seed: 7).write { chunk throws(GenerateError) in handle.write(Data(chunk)) }
        try handle.close()
        files.append((.postings, ImportSource(path: postings, name: "postings.csv")))
        return files
    }

    @Test("Every kind of file, postings by COPY among them, gives the same requests, offers, figures and audit as on SQLite")
    func sameForum() async throws {
        let directory = TemporaryDirectory()
        let files = try Self.files(directory, lines: 20_000)
        let sqlite = try SQLiteBackend(path: directory.path + "/forum.sqlite")
        let address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        let postgres = PostgresBackend(database: try await PostgresDatabase.open(address), url: "postgres://test")
        for (kind, source) in files {
            let onSQLite = try await sqlite.importFile(kind, from: source, key: testKey, context: Self.context)
            let onPostgres = try await postgres.importFile(kind, from: source, key: testKey, context: Self.context)
            #expect(onPostgres == onSQLite, "\(kind)")
        }
        // The same extract again: refused without --replace, exactly replaced with it.
        let postings = try #require(files.last?.1)
        await #expect(throws: (any Error).self) {
            try await postgres.importFile(.postings, from: postings, key: testKey, context: Self.context)
        }
        let replaced = try await postgres.importFile(.postings, from: postings, key: testKey,
                                                     options: ImportOptions(replace: true), context: Self.context)
        #expect(replaced.replaced == ["postings.csv"])

        let (expected, actual) = (sqlite.repository, postgres.repository)
        #expect(try await actual.budget(year: 2026) == expected.budget(year: 2026))
        #expect(try await actual.requests() == expected.requests())
        #expect(try await actual.offers() == expected.offers())
        #expect(try await actual.waitingLists() == expected.waitingLists())
        #expect(Set(try await actual.familyDraws(year: 2026)) == Set(try await expected.familyDraws(year: 2026)))
        for sector in try await expected.sectors().map(\.code) {
            #expect(Set(try await actual.largestCommitments(sector: sector, year: 2026, limit: 1_000))
                    == Set(try await expected.largestCommitments(sector: sector, year: 2026, limit: 1_000)))
        }
        let caseID = try #require(try await expected.requests().first?.caseID)
        #expect(try await actual.caseSpending(caseID, year: 2026) == expected.caseSpending(caseID, year: 2026))
        #expect(try await postgres.verifyAudit() == .intact(events: Int64(files.count + 1)))
    }
}
