import Foundation
import Glibc
import Testing

extension EndToEnd {
    /// The database itself enforces the roles: real operating-system users log in to the test
    /// server by peer authentication over its socket, each as the PostgreSQL role of their login
    /// that `chefforum import users` made. Needs root (it adds and removes OS users).
    @Suite("PostgreSQL: the server enforces the roles")
    struct PostgresRolesEndToEndTests {
        static var socket: String? { ProcessInfo.processInfo.environment["CHEFFORUM_TEST_POSTGRES_SOCKET"] }
        static var port: String? { ProcessInfo.processInfo.environment["CHEFFORUM_TEST_POSTGRES_PORT"] }
        static var enabled: Bool { PostgresConsoleEndToEndTests.enabled && getuid() == 0 }

        @Test("A reader cannot write, even with psql; the chair decides; a write the server refuses is a clear message",
              .enabled(if: enabled))
        func enforced() throws {
            let server = try #require(PostgresConsoleEndToEndTests.serverURL, "CI=true but CHEFFORUM_TEST_POSTGRES_URL is unset")
            let (socket, port) = (try #require(Self.socket), try #require(Self.port))
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let suffix = UUID().uuidString.prefix(6).lowercased()
            let (reader, chair) = ("cfl" + suffix, "cff" + suffix)
            for login in [reader, chair] { try Self.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", login]) }
            defer { for login in [reader, chair] { _ = try? Self.run(["userdel", login]) } }
            let name = "roles_" + suffix
            try PostgresConsoleEndToEndTests.psql(server, "CREATE DATABASE \(name)")
            defer { _ = try? PostgresConsoleEndToEndTests.psql(server, "DROP DATABASE \(name) WITH (FORCE)") }
            let url = String(server.prefix(upTo: server.lastIndex(of: "/") ?? server.endIndex)) + "/" + name
            try PostgresConsoleEndToEndTests.setUp(url, fixture: fixture,
                                                   users: "\(reader);Lars Læser;læser;\n\(chair);Hanne Formand;formand;\n")
            let own = "postgres:///\(name)?host=\(socket)&port=\(port)"
            // The other users run a copy in the fixture's folder: the checkout may sit in a folder
            // only root can enter (a clone under /root or in a 0700 temporary folder).
            let binary = fixture.directory.appendingPathComponent("chefforum")
            try FileManager.default.copyItem(at: BinaryRunner.binary, to: binary)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.directory.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
            let psql = ["psql", "-v", "ON_ERROR_STOP=1", "-h", socket, "-p", port, "-d", name, "-c"]

            // As themselves, over the socket: the reader reads but cannot write, whatever the client.
            #expect(try Self.run(["runuser", "-u", reader, "--"] + psql + ["SELECT count(*) FROM grant_request"]).status == 0)
            let write = try Self.run(["runuser", "-u", reader, "--"] + psql
                                     + ["UPDATE grant_request SET status = 'approved' WHERE id = 'IND-2026-0211'"])
            #expect(write.status != 0)
            #expect(write.stderr.contains("permission denied for table grant_request"))

            // The chair opens the meeting and decides in it through chefforum, logged in as themselves.
            let opened = try Self.run(["runuser", "-u", chair, "--", binary.path, "meeting", "open", "--participants", chair,
                                       "--db", own, "--lang", "en"])
            #expect(opened.status == 0, "\(opened.stderr)")
            let approved = try Self.run(["runuser", "-u", chair, "--", binary.path, "request", "approve", "IND-2026-0211",
                                         "--db", own, "--lang", "en"])
            #expect(approved.status == 0, "\(approved.stderr)")

            // Told by the forum's own table that the reader chairs, chefforum lets the decision
            // through; the server does not, and says so.
            try PostgresConsoleEndToEndTests.psql(url, "UPDATE app_user SET roles = 'chair' WHERE login = '\(reader)'")
            let refused = try Self.run(["runuser", "-u", reader, "--", binary.path, "request", "approve", "IND-2026-0197",
                                        "--db", own, "--lang", "en"])
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("chefforum: error: the database refused this for \(reader) (permission denied for table"))
            // The roles edited with psql no longer match the trail: audit verify names the row.
            let verify = try BinaryRunner.run(["audit", "verify", "--db", url, "--lang", "en"])
            #expect(verify.status != 0)
            #expect(verify.stderr.contains("the stored row app_user \(reader) does not match"), "\(verify.stderr)")
        }

        struct Outcome {
            let status: Int32
            let stderr: String
        }

        @discardableResult
        static func run(_ arguments: [String]) throws -> Outcome {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            process.environment = environment
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Outcome(status: process.terminationStatus, stderr: String(decoding: stderr, as: UTF8.self))
        }
    }
}
