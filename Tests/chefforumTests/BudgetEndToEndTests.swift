import Foundation
import Testing

extension EndToEnd {
    /// Screen 3 in a real terminal follows an import made by another process.
    @Suite
    struct BudgetEndToEndTests {
        @Test("Postings imported in one process show on a console open on screen 3 in another within a second")
        func importShowsLive() throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let database = fixture.directory.appendingPathComponent("demo.sqlite").path
            let tmux = try TmuxSession(command: fixture.command(["demo", "--db", database]), columns: 120, rows: 40,
                                       environment: [:])
            defer { tmux.close() }
            try tmux.waitFor("Forummets kø", within: 60)
            try tmux.send("3")
            let before = try tmux.waitFor("Budgetforbrug november 2026 · til og med 25.11.2026")
            #expect(before.contains("▸ BUF"))

            let file = fixture.directory.appendingPathComponent("december.csv").path
            try "bogføringsdato;konto;beløb\n01-12-2026;5.38.52.1;1.000,00\n".write(toFile: file, atomically: true, encoding: .utf8)
            let result = try BinaryRunner.run(["import", "postings", file, "--db", database, "--quiet"],
                                              environment: ["LANG": "da_DK.UTF-8"])
            #expect(result.status == 0, "import: \(result.stderr)")
            let after = try tmux.waitFor("Budgetforbrug december 2026 · til og med 01.12.2026", within: 1)
            #expect(after.contains("▸ VOK"))
        }
    }
}
