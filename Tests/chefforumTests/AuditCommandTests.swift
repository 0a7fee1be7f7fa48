import Foundation
import GRDB
import Testing

/// `chefforum audit verify` on the demo: rows changed behind the program's back are named.
extension EndToEnd {
    @Suite("audit verify names a row edited outside chefforum")
    struct AuditCommandTests {
        @Test("A decision, a user's roles and the settings edited with SQL each fail verify, naming the row")
        func editedRows() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            _ = try demo.succeed(["request", "approve", "IND-2026-0211"])
            let edits = [
                ("UPDATE decision SET kind = 'reject' WHERE request_id = 'IND-2026-0211'", "grant_request IND-2026-0211", "decision"),
                ("UPDATE app_user SET roles = 'administrator' WHERE login = 'hbirk'", "app_user hbirk", "roles"),
                ("UPDATE settings SET tolerance_ore = 0", "settings 1", "tolerance"),
            ]
            for (index, (sql, row, field)) in edits.enumerated() {
                // Each edit on its own copy, so that each is the first (and only) row that differs.
                let copy = demo.directory.appendingPathComponent("edited-\(index).sqlite").path
                let edited = try DatabaseQueue(path: copy)
                try DatabaseQueue(path: demo.path).backup(to: edited)
                try edited.write { db in try db.execute(sql: sql) }
                try edited.close()
                let verify = try BinaryRunner.run(["audit", "verify", "--db", copy, "--lang", "en"])
                #expect(verify.status == 1)
                #expect(verify.stderr.contains("the stored row \(row) does not match the trail's last event for it (\(field))"),
                        "\(verify.stderr)")
            }
        }

        @Test("An anchor proves the trail still holds that point: truncating the newest events or emptying the trail is found")
        func anchor() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            _ = try demo.succeed(["request", "approve", "IND-2026-0211"])
            let anchor = try demo.succeed(["audit", "anchor"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let parts = anchor.split(separator: ":")
            try #require(parts.count == 2 && parts[0].count == 64)
            let count = try #require(Int(parts[1]))
            #expect(try demo.succeed(["audit", "verify", "--anchor", anchor]).contains("intakt"))
            let bad = try demo.run(["audit", "verify", "--anchor", "abc:1"])
            #expect(bad.status != 0 && bad.stderr.contains("--anchor «abc:1» er ikke et anker"))

            let edits = [
                // The newest event removed and the head moved back onto the one before: the chain alone is intact.
                """
                DELETE FROM audit_event WHERE seq = \(count);
                UPDATE audit_head SET seq = \(count - 1), hash = (SELECT hash FROM audit_event WHERE seq = \(count - 1));
                """,
                "DELETE FROM audit_event; DELETE FROM audit_head;",
            ]
            for (index, sql) in edits.enumerated() {
                let copy = demo.directory.appendingPathComponent("truncated-\(index).sqlite").path
                let edited = try DatabaseQueue(path: copy)
                try DatabaseQueue(path: demo.path).backup(to: edited)
                try edited.write { db in try db.execute(sql: sql) }
                try edited.close()
                #expect(try BinaryRunner.run(["audit", "verify", "--db", copy]).status == 0, "without the anchor it cannot be seen")
                let verify = try BinaryRunner.run(["audit", "verify", "--db", copy, "--anchor", anchor, "--lang", "en"])
                #expect(verify.status == 1)
                #expect(verify.stderr.contains("the audit trail does not contain the anchor \(anchor)"), "\(verify.stderr)")
            }

            // An import's summary ends with the anchor after it.
            let users = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/ForumStore/Demo/Skovby/users.csv").path
            let imported = try demo.succeed(["import", "users", "--replace", "--lang", "en", users])
            let importAnchor = try #require(imported.split(separator: "\n").last { $0.hasPrefix("audit trail anchor: ") })
            #expect(importAnchor.contains(":\(count + 1) "))
            #expect(try demo.succeed(["audit", "verify", "--anchor", String(importAnchor.split(separator: " ")[3])]).contains("intakt"))
        }

        @Test("A meeting's minutes carry the trail's anchor at its close, which verify then proves")
        func minutesAnchor() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            _ = try demo.succeed(["request", "approve", "IND-2026-0211"])
            _ = try demo.succeed(["meeting", "close"])
            let anchor = try demo.succeed(["audit", "anchor"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let minutes = try #require(try demo.json(["minutes"]) as? [String: Any])
            #expect(minutes["audit_anchor"] as? String == anchor, "the close is the newest event")
            #expect(try demo.succeed(["minutes", "--format", "md"]).contains("Revisionssporets anker ved lukning"))
            #expect(try demo.succeed(["audit", "verify", "--anchor", anchor]).contains("intakt"))
        }
    }
}
