import Foundation
import Testing

/// The capacity board as a team leader uses it: the real binary on the demo municipality in a
/// real terminal (tmux), and the command line checking what was stored.
extension EndToEnd {
    @Suite
    struct CapacityEndToEndTests {
        @Test("Place the recommended next on Bostøtten from the board; occupancy, waiting list, placement and audit follow")
        func placeRecommended() throws {
            let fixture = try ConsoleFixture()
            defer { fixture.remove() }
            let (tmux, database) = try fixture.demoConsole(inMeeting: true)
            defer { tmux.close() }
            let before = try Self.show("BOSTOTTE-85", database: database)
            let waiting = try #require(before["waiting"] as? [[String: Any]])
            let next = try #require(waiting.first { $0["recommended"] as? Bool == true })
            let caseID = try #require(next["case"] as? String)
            let units = try #require(next["units"] as? Int)

            try tmux.send("2")
            try tmux.waitFor("Bostøtten – socialp")
            try tmux.send("/")
            try tmux.send("BOSTOTTE")
            try tmux.waitFor("the filtered board") { $0.contains("✓ 1 tilbud") }
            try tmux.send("Enter", literal: false)
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("→ anbefalet: prioritet")
            try tmux.send("a")
            try tmux.waitFor("Placér \(caseID) på Bostøtten")
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("Prognose VOK")
            try tmux.send("Enter", literal: false)
            try tmux.waitFor("\(caseID) er placeret på Bostøtten")
            try tmux.send("q")
            #expect(try tmux.waitFor("EXIT=").contains("EXIT=0 TTY: isig icanon echo"))

            let after = try Self.show("BOSTOTTE-85", database: database)
            #expect(after["occupied"] as? Int == (before["occupied"] as? Int ?? 0) + units)
            let left = try #require(after["waiting"] as? [[String: Any]])
            #expect(left.count == waiting.count - 1)
            #expect(!left.contains { $0["case"] as? String == caseID })
            let placement = try #require((after["placements"] as? [[String: Any]])?.first { $0["case"] as? String == caseID })
            #expect(placement["units"] as? Int == units)
            #expect(placement["monthly_ore"] as? Int == units * 225_000)
            let audit = try BinaryRunner.run(["audit", "list", "--db", database])
            #expect(audit.stdout.contains("offer.allocate"))
            #expect(try BinaryRunner.run(["audit", "verify", "--db", database]).status == 0)
        }

        static func show(_ offer: String, database: String) throws -> [String: Any] {
            let result = try BinaryRunner.run(["capacity", "show", offer, "--format", "json", "--db", database])
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
    }
}
