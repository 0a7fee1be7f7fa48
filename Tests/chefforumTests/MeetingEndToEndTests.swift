import Foundation
import Testing

/// A meeting on screen 5 as the chair runs it: the real binary, the demo municipality, two real
/// terminals (tmux), and the minutes exported on the command line.
extension EndToEnd {
    @Suite
    struct MeetingEndToEndTests {
        @Test("Open, decide two (one split), postpone one, close; a second console sees the decisions within a second; the minutes say so")
        func meeting() throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let (chair, database) = try fixture.demoConsole()
            defer { chair.close() }
            let watcher = try TmuxSession(command: fixture.command(["--db", database]), columns: 120, rows: 40, environment: [:])
            defer { watcher.close() }
            try watcher.waitFor("Forummets kø", within: 60)
            try watcher.send("5")
            try watcher.waitFor("Udkast til næste møde")

            try chair.send("5")
            try chair.waitFor("Udkast til næste møde")
            try chair.send("o")
            try chair.waitFor("Mødets dato:")
            try chair.send("Enter", literal: false)
            try chair.waitFor("vælg deltagerne")
            try chair.send("Enter", literal: false)
            try chair.waitFor("0 behandlet, 57 mangler")
            try watcher.waitFor("0 behandlet, 57 mangler")

            // The first request, approved as proposed, in place with screen 1's keys.
            try chair.send("Enter", literal: false)
            try chair.waitFor("IND-2026-0160 · ")
            // The item's own screen loads its queue (and the open meeting) apart: until then a is ✗.
            try chair.waitFor("the decision keys ready") { $0.contains("a godkend  ") }
            try chair.send("a")
            try chair.waitFor("Godkend IND-2026-0160?")
            try chair.send("Enter", literal: false)
            try chair.waitFor("IND-2026-0160 er nu godkendt")
            // Two items on, the split-payment request, shared 50/50 with the preset.
            try chair.send("]")
            try chair.waitFor("IND-2026-0161 · ")
            try chair.send("]")
            try chair.waitFor("IND-2026-0189 · ")
            try chair.send("f")
            try chair.waitFor("Fordel betalingen · IND-2026-0189")
            try chair.send("F2", literal: false)
            try chair.send("Enter", literal: false)
            try chair.waitFor("Godkend IND-2026-0189?")
            try chair.send("Enter", literal: false)
            try chair.waitFor("IND-2026-0189 er nu godkendt")
            // Measured from when the chair's screen shows the decision stored.
            try watcher.waitFor("2 behandlet, 55 mangler", within: 1.0)

            // Back on the agenda, the second item is postponed; then the meeting closes.
            try chair.send("Escape", literal: false)
            try chair.waitFor("2 behandlet, 55 mangler")
            try chair.send("g")
            try chair.send("j")
            try chair.send("p")
            try chair.waitFor("er udsat")
            try chair.send("c")
            try chair.waitFor("Luk mødet M-")
            try chair.send("Enter", literal: false)
            try chair.waitFor("er lukket; protokollen")
            try watcher.waitFor("Udkast til næste møde")

            let minutes = try BinaryRunner.run(["minutes", "--db", database])
            #expect(minutes.status == 0, "\(minutes.stderr)")
            let decisions = try #require(minutes.stdout.components(separatedBy: "## Afvigelser").first)
            #expect(decisions.contains("IND-2026-0160 · Privat specialskole Lindely med dagbehandling"))
            #expect(decisions.contains("IND-2026-0189 · Misbrugsbehandling som del af jobplanen"))
            #expect(decisions.contains("Betales af: BEV 50 % · VOK 50 % — BEV 12.000 kr., VOK 12.000 kr."))
            let postponed = try #require(minutes.stdout.components(separatedBy: "## Udsatte punkter").last)
            #expect(postponed.contains("IND-2026-0161 Døgnophold"))
            #expect(!postponed.contains("IND-2026-0160"))
            let english = try BinaryRunner.run(["minutes", "--lang", "en", "--format", "html", "--db", database])
            #expect(english.stdout.contains("<html lang=\"en\">"))
            #expect(english.stdout.contains("Paid by: BEV 50 % · VOK 50 %"))
            #expect(try BinaryRunner.run(["audit", "verify", "--db", database]).status == 0)
        }
    }
}
