import Foundation
import ForumStore
import Testing

extension EndToEnd {
    /// Two hosts' consoles on one PostgreSQL database: what one decides, the other shows, told by
    /// the server (LISTEN/NOTIFY) rather than by polling it.
    @Suite("PostgreSQL: two consoles on one database")
    struct PostgresConsoleEndToEndTests {
        static var serverURL: String? {
            ProcessInfo.processInfo.environment["CHEFFORUM_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
        }
        static var enabled: Bool { serverURL != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

        @Test("A decision in one console leaves the other's queue within moments", .enabled(if: enabled))
        func liveRefresh() throws {
            let server = try #require(Self.serverURL, "CI=true but CHEFFORUM_TEST_POSTGRES_URL is unset")
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let name = "e2e_" + UUID().uuidString.prefix(8).lowercased()
            try Self.psql(server, "CREATE DATABASE \(name)")
            defer { _ = try? Self.psql(server, "DROP DATABASE \(name) WITH (FORCE)") }
            let url = server.prefix(upTo: server.lastIndex(of: "/") ?? server.endIndex) + "/" + name
            try Self.setUp(String(url), fixture: fixture)
            let opened = try BinaryRunner.run(["meeting", "open", "--participants", Identity.currentLogin(), "--db", String(url)])
            try #require(opened.status == 0, "meeting open: \(opened.stderr)")

            let console = fixture.command(["console", "--db", String(url)])
            let first = try TmuxSession(command: console, columns: 120, rows: 40, environment: [:])
            defer { first.close() }
            let second = try TmuxSession(command: console, columns: 120, rows: 40, environment: [:])
            defer { second.close() }
            try first.waitFor("IND-2026-0211")
            try second.waitFor("IND-2026-0211")

            try first.send("/")
            try first.send("IND-2026-0211")
            try first.send("Enter", literal: false)
            try first.send("a")
            try first.waitFor("Godkend IND-2026-0211?")
            try first.send("Enter", literal: false)
            try first.waitFor("IND-2026-0211 er nu godkendt")
            try second.waitFor("the decision made in the other console", within: 5) { !$0.contains("IND-2026-0211") }
            try first.send("q")
            try second.send("q")
            #expect(try BinaryRunner.run(["audit", "verify", "--db", String(url)]).status == 0)
        }

        /// The Skovby organisation and its requests, with the person running the tests as chair
        /// and economist, and `users` (lines of a users file) beside them.
        static func setUp(_ url: String, fixture: ConsoleFixture, users extra: String = "") throws {
            let skovby = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/ForumStore/Demo/Skovby").path
            let users = fixture.directory.appendingPathComponent("users.csv").path
            let listed = try String(contentsOfFile: skovby + "/users.csv", encoding: .utf8)
            try (listed + "\(Identity.currentLogin());Hanne Formand;\"formand,økonom\";\n" + extra)
                .write(toFile: users, atomically: true, encoding: .utf8)
            let files = [("settings", skovby + "/settings.csv"), ("sectors", skovby + "/sectors.csv"),
                         ("subareas", skovby + "/subareas.csv"), ("laws", skovby + "/laws.csv"), ("users", users),
                         ("offers", skovby + "/offers.csv"), ("requests", skovby + "/requests.csv")]
            let key = fixture.directory.appendingPathComponent("forum.key").path
            for (kind, file) in files {
                let result = try BinaryRunner.run(["import", kind, file, "--db", url, "--key", key, "--quiet"])
                try #require(result.status == 0, "import \(kind): \(result.stderr)")
            }
        }

        @discardableResult
        static func psql(_ url: String, _ sql: String) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["psql", url, "-qc", sql]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "psql: \(sql)")
            return process.terminationStatus
        }
    }
}
