import ForumCore
import Foundation
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// Killing `chefforum import` at any moment leaves the database as before or fully imported:
/// the real binary is started on a big extract and killed with SIGKILL at several moments.
@Suite("Import: a killed import leaves nothing half-done", .serialized)
struct ImportKillTests {
    /// `chefforum`, built next to the test bundle by `swift build --build-tests` / `swift test`.
    static let binary: URL? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("chefforum")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// Starts the binary; `exited` is resumed when it ends. Waiting that way, rather than with
    /// `waitUntilExit()`, never blocks one of the few threads the other tests' tasks run on.
    private static func start(_ binary: URL, _ arguments: [String]) throws -> (process: Process, exited: AsyncStream<Int32>) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let (exited, continuation) = AsyncStream.makeStream(of: Int32.self)
        process.terminationHandler = { finished in
            continuation.yield(finished.terminationStatus)
            continuation.finish()
        }
        try process.run()
        return (process, exited)
    }

    private static func status(_ exited: AsyncStream<Int32>) async -> Int32? {
        for await status in exited { return status }
        return nil
    }

    @Test("SIGKILL during an import of 100.000 postings: nothing or everything", .enabled(if: binary != nil),
          arguments: [30, 250, 700])
    func killed(afterMilliseconds delay: Int) async throws {
        let binary = try #require(Self.binary)
        let directory = TemporaryDirectory()
        let database = directory.path + "/forum.sqlite"
        for (kind, file) in [("sectors", "sectors.csv"), ("subareas", "subareas.csv")] {
            let setup = try Self.start(binary, ["import", kind, DemoFile.directory.appendingPathComponent(file).path, "--db", database, "--quiet"])
            #expect(await Self.status(setup.exited) == 0)
        }
        let extract = directory.path + "/postings.csv"
        let generated = try PostingsGenerator(plan: .skovby, lines: 100_000, seed: 3).write(toFile: extract)

        let importing = try Self.start(binary, ["import", "postings", extract, "--db", database, "--quiet"])
        try await Task.sleep(for: .milliseconds(delay))
        kill(importing.process.processIdentifier, SIGKILL)
        _ = await Self.status(importing.exited)

        let store = try ForumDatabase(path: database)
        let (batches, postings, total) = try await store.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_batch WHERE kind = 'postings'") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM posting") ?? -1,
             try Int64.fetchOne(db, sql: "SELECT SUM(amount_ore) FROM monthly_actual") ?? 0)
        }
        if batches == 0 {
            #expect(postings == 0 && total == 0)
        } else {
            #expect(batches == 1 && postings == 100_000 && total == generated.total.ore)
        }
        #expect(try await store.verifyAudit() == .intact(events: Int64(2 + batches)))
    }
}
