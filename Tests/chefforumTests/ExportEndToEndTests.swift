import Foundation
import Testing

/// `e` in the real console: a file is written, and the status line names it.
extension EndToEnd {
    @Suite
    struct ExportEndToEndTests {
        @Test("e on the demo's queue writes the file typed, the queue's rows in it, and names it on the status line")
        func exportQueue() throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let (tmux, _) = try fixture.demoConsole()
            defer { tmux.close() }
            let path = fixture.directory.appendingPathComponent("kø.csv").path
            // The title comes before the queue's rows: wait for them.
            try tmux.waitFor("IND-2026")
            try tmux.send("e")
            try tmux.waitFor("Skriv filen")
            try tmux.send("C-u", literal: false)
            try tmux.send(path)
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("eksporteret til")
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.first?.hasPrefix("Id;Sag;Sektor") == true)
            #expect(lines.count > 10)
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("IND-") })
        }
    }
}
