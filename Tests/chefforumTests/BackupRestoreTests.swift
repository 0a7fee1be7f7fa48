import Foundation
import GRDB
import Testing

/// `chefforum backup` and `chefforum restore` on the demo: a copy taken while others write, and a
/// restore that checks the copy before it changes anything.
extension EndToEnd {
    @Suite("Backup and restore")
    struct BackupRestoreTests {
        @Test("A backup taken while another connection holds a write has none of it, and its trail holds")
        func backupWhileWriting() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let copy = demo.directory.appendingPathComponent("copy.sqlite").path
            let writer = try DatabaseQueue(path: demo.path)
            // The write stays open (and uncommitted) for as long as the backup runs.
            let backup = try writer.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "UPDATE app_user SET name = 'Skrevet under kopieringen'")
                defer { try? db.execute(sql: "ROLLBACK") }
                return try demo.run(["backup", "--out", copy])
            }
            #expect(backup.status == 0, "\(backup.stderr)")
            #expect(backup.stdout.contains(copy))
            let attributes = try FileManager.default.attributesOfItem(atPath: copy)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            // The uncommitted names would break the trail's check of the stored users.
            let verified = try BinaryRunner.run(["audit", "verify", "--db", copy])
            #expect(verified.status == 0, "\(verified.stderr)")
            let again = try demo.run(["backup", "--out", copy])
            #expect(again.status != 0)
            #expect(again.stderr.contains("findes allerede"))
        }

        @Test("A damaged or tampered copy is refused and the database is unchanged; a sound one restores with --force")
        func restore() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let copy = demo.directory.appendingPathComponent("copy.sqlite").path
            _ = try demo.succeed(["backup", "--out", copy])
            let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))

            let tampered = demo.directory.appendingPathComponent("tampered.sqlite").path
            try bytes.write(to: URL(fileURLWithPath: tampered))
            try DatabaseQueue(path: tampered).write { db in try db.execute(sql: "UPDATE app_user SET name = 'x'") }
            let truncated = demo.directory.appendingPathComponent("truncated.sqlite").path
            try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: truncated))
            let overwritten = demo.directory.appendingPathComponent("overwritten.sqlite").path
            var garbled = bytes
            let page = (bytes.count / 2 / 4096) * 4096
            garbled.replaceSubrange(page..<(page + 4096), with: Data(repeating: 0x5A, count: 4096))
            try garbled.write(to: URL(fileURLWithPath: overwritten))

            // A decision after the backup: what a restore would take away (the forum's requests
            // are decided in an open meeting).
            try demo.openMeeting()
            let id = try #require((try demo.json(["request", "list"]) as? [[String: Any]])?.first?["id"] as? String)
            _ = try demo.succeed(["request", "defer", id, "--reason", "Efter sikkerhedskopien"])
            let anchor = try demo.succeed(["audit", "anchor"])
            for damaged in [tampered, truncated, overwritten] {
                let refused = try demo.run(["restore", damaged, "--force"])
                #expect(refused.status != 0, "\(damaged)")
                #expect(refused.stderr.contains("genskabes ikke, databasen er uændret"), "\(damaged): \(refused.stderr)")
                #expect(try demo.succeed(["audit", "anchor"]) == anchor, "\(damaged)")
            }
            let unasked = try demo.run(["restore", copy])
            #expect(unasked.status != 0)
            #expect(unasked.stderr.contains("brug --force"))
            #expect(try demo.succeed(["audit", "anchor"]) == anchor)

            let restored = try demo.run(["restore", copy, "--force"])
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(try demo.succeed(["audit", "anchor"]) != anchor)
            #expect(try demo.run(["audit", "verify"]).status == 0)
        }
    }
}
