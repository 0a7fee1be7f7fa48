import Foundation
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// The real binary in a real terminal (tmux): what a person at the keyboard sees and does.
extension EndToEnd {
    @Suite
    struct ConsoleEndToEndTests {
        /// Runs `body` with the console open on a fresh database, and cleans up after.
        func withConsole(columns: Int = 80, rows: Int = 24, term: String = "tmux-256color",
                         _ body: (TmuxSession, ConsoleFixture) throws -> Void) throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let session = try TmuxSession(
                command: fixture.command(["console", "--db", fixture.databasePath], term: term),
                columns: columns, rows: rows, environment: [:])
            defer { session.close() }
            try body(session, fixture)
        }

        @Test("A registered reader is told they read; someone the database does not know, how to be added")
        func readers() throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            try fixture.database.pool.write { db in
                try db.execute(sql: "UPDATE app_user SET roles = 'reader' WHERE login = ?", arguments: [Identity.currentLogin()])
            }
            for (registered, expected) in [(true, "du har læseadgang (rollen læser)"), (false, "bed en administrator om at tilføje dig")] {
                if !registered {
                    try fixture.database.pool.write { db in try db.execute(sql: "DELETE FROM app_user") }
                }
                let session = try TmuxSession(command: fixture.command(["console", "--db", fixture.databasePath]),
                                              columns: 120, rows: 30, environment: [:])
                defer { session.close() }
                let screen = try session.waitFor(expected)
                #expect(registered == !screen.contains("bed en administrator"))
                try session.send("q")
            }
        }

        @Test("Starts, switches tabs, filters help, survives resizes, follows the database, quits cleanly")
        func aSession() throws {
            try withConsole { tmux, fixture in
                // The header comes before the queue has loaded: wait for both.
                let start = try tmux.waitFor("Ingen indstillinger venter på forummet.")
                #expect(start.contains("Skovby Kommune · budgetår 2026"))
                #expect(start.contains("Hanne Formand (formand)"))
                #expect(start.contains("[1 Beslutninger]  2 Kapacitet   3 Budget   4 Afvigelser   5 Møde   6 Overgange"))
                #expect(start.contains("Ingen indstillinger venter på forummet."))
                #expect(start.contains("Forummets kø"))
                #expect(start.contains("? hjælp"))

                try tmux.send("2")
                try tmux.waitFor("[2 Kapacitet]")
                try tmux.send("\t")
                try tmux.waitFor("ingen posteringer i budgetåret endnu")

                try tmux.send("?")
                try tmux.waitFor("Hjælp – taster")
                try tmux.send("afsl")
                let help = try tmux.waitFor("help filtered to quitting") { $0.contains("Filtrér: afsl") }
                #expect(help.contains("q Ctrl-C  Afslut"))
                #expect(!help.contains("Vis Budget"))
                try tmux.send("Escape", literal: false)
                try tmux.waitFor("help closed") { !$0.contains("Hjælp – taster") }

                try tmux.resize(columns: 160, rows: 48)
                let wide = try tmux.waitFor("the wide frame") { screen in
                    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                    return lines.count >= 48 && lines[47].contains("1–6 skærm") && screen.contains("db: ")
                }
                #expect(wide.contains("[3 Budget]"))
                try tmux.resize(columns: 70, rows: 20)
                try tmux.waitFor("kræver 80×24, har 70×20")
                try tmux.resize(columns: 80, rows: 24)
                try tmux.waitFor("back at 80×24") { $0.contains("[3 Budget]") && !$0.contains("for lille") }

                try fixture.renameMunicipality("Skovby Kommune (omdøbt)")
                try tmux.waitFor("Skovby Kommune (omdøbt) · budgetår 2026", within: 5)

                try tmux.send("q")
                let after = try tmux.waitFor("EXIT=")
                #expect(after.contains("EXIT=0 TTY: isig icanon echo"))
                #expect(!after.contains("Beslutninger"))
            }
        }

        @Test("Danish letters and the tabs are intact under every supported terminal type",
              arguments: ["xterm-256color", "screen-256color", "linux"])
        func terminalTypes(term: String) throws {
            try withConsole(term: term) { tmux, _ in
                // The queue and the header's settings load apart: wait for both.
                let screen = try tmux.waitFor("the header and the empty queue") {
                    $0.contains("Ingen indstillinger venter på forummet.") && $0.contains("Skovby Kommune · budgetår 2026")
                }
                #expect(screen.contains("6 Overgange"))
                #expect(screen.contains("Ingen indstillinger venter på forummet."))
                try tmux.send("C-c", literal: false)
                #expect(try tmux.waitFor("EXIT=").contains("EXIT=0 TTY: isig icanon echo"))
            }
        }

        @Test("SIGTERM and a crash signal give the terminal back and end the process by the signal",
              arguments: [(SIGTERM, 143), (SIGSEGV, 139)])
        func signals(signal: Int32, status: Int) throws {
            try withConsole { tmux, fixture in
                try tmux.waitFor("Skovby Kommune")
                #expect(kill(try fixture.pid(), signal) == 0)
                #expect(try tmux.waitFor("EXIT=").contains("EXIT=\(status) TTY: isig icanon echo"))
            }
        }
    }
}
