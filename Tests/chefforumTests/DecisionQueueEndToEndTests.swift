import Foundation
import Testing

/// The decision queue as a chief uses it in the meeting: the real binary, the demo
/// municipality, a real terminal (tmux), and the command line checking what was stored.
extension EndToEnd {
    @Suite
    struct DecisionQueueEndToEndTests {
        @Test("Filter above 25.000 kr, split one 60/20/20, approve another, quit; both are stored with commitments")
        func meeting() throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let (tmux, database) = try fixture.demoConsole(inMeeting: true)
            defer { tmux.close() }
            try tmux.send("/")
            try tmux.send("beløb:>25000")
            let filtered = try tmux.waitFor("the filtered queue") { $0.contains("IND-2026-0206") && !$0.contains("IND-2026-0189") }
            #expect(filtered.contains("beløb:>25000"))
            try tmux.send("Enter", literal: false)

            // Narrow to the mentor (three paying sectors) and split it 60/20/20 with the preset.
            try tmux.send("/")
            try tmux.send("C-u", literal: false)
            try tmux.send("beløb:>25000 IND-2026-0206")
            try tmux.waitFor("only the mentor") { $0.contains("IND-2026-0206") && !$0.contains("IND-2026-0211") }
            try tmux.send("Enter", literal: false)
            try tmux.send("f")
            try tmux.waitFor("Fordel betalingen · IND-2026-0206")
            try tmux.send("F3", literal: false)
            try tmux.waitFor("✓ BEV 60 % · VOK 20 % · BUF 20 %")
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("Godkend IND-2026-0206?")
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("IND-2026-0206 er nu godkendt")

            // Back in the queue, approve the temporary residence as proposed.
            try tmux.send("Escape", literal: false)
            try tmux.send("/")
            try tmux.send("C-u", literal: false)
            try tmux.send("beløb:>25000 IND-2026-0211")
            try tmux.waitFor("only the residence") { $0.contains("IND-2026-0211") && !$0.contains("IND-2026-0197") }
            try tmux.send("Enter", literal: false)
            try tmux.send("a")
            try tmux.waitFor("Godkend IND-2026-0211?")
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("IND-2026-0211 er nu godkendt")
            try tmux.send("q")
            #expect(try tmux.waitFor("EXIT=").contains("EXIT=0 TTY: isig icanon echo"))

            let mentor = try Self.show("IND-2026-0206", database: database)
            #expect(mentor.status == "approved")
            #expect(mentor.weights == [60, 20, 20])
            #expect(mentor.commitmentTotal == 16_560_000)
            #expect(mentor.commitmentSectors == ["BEV": 9_936_000, "VOK": 3_312_000, "BUF": 3_312_000])
            let residence = try Self.show("IND-2026-0211", database: database)
            #expect(residence.status == "approved")
            #expect(residence.commitmentTotal == 27_000_000)
            #expect(try BinaryRunner.run(["audit", "verify", "--db", database]).status == 0)
        }

        struct Shown {
            let status: String
            let weights: [Int]
            let commitmentTotal: Int
            let commitmentSectors: [String: Int]
        }

        static func show(_ id: String, database: String) throws -> Shown {
            let result = try BinaryRunner.run(["request", "show", id, "--format", "json", "--db", database])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let request = try #require(json["request"] as? [String: Any])
            let lines = try #require(json["commitments"] as? [[String: Any]])
            var sectors: [String: Int] = [:]
            for line in lines { sectors[line["sector"] as? String ?? "", default: 0] += line["amount_ore"] as? Int ?? 0 }
            return Shown(status: request["status"] as? String ?? "",
                         weights: (request["shares"] as? [[String: Any]] ?? []).map { $0["weight"] as? Int ?? 0 },
                         commitmentTotal: sectors.values.reduce(0, +), commitmentSectors: sectors)
        }
    }
}
