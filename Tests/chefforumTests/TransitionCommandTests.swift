import Foundation
import Testing

/// `chefforum transition …` and `report transitions` on the demo: the keys scripts rely on, the
/// exact probability, and T in `report burn`.
extension EndToEnd {
    @Suite("The transition commands on the demo municipality")
    struct TransitionCommandTests {
        static let keys = ["case", "colour", "probability", "from", "receiving_sector", "annual_ore", "expected", "flags"]

        @Test("report transitions: every youth with the documented keys; T adds up in report burn")
        func reportJSON() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let youths = try #require(try demo.json(["report", "transitions", "--year", "2027"]) as? [[String: Any]])
            #expect(youths.count == 25)
            for youth in youths {
                for key in Self.keys { #expect(youth.keys.contains(key), "key \(key)") }
                #expect((youth["case"] as? String)?.hasPrefix("P-") == true)
                #expect((youth["expected"] as? [String: Any])?.keys.sorted() == ["2027"])
            }
            #expect(Set(youths.compactMap { $0["colour"] as? String }) == ["red", "yellow", "green"])
            #expect(youths.contains { $0["probability"] as? String == "1/3" })

            let sectors = try #require(try demo.json(["report", "burn"]) as? [[String: Any]])
            let inflow = sectors.compactMap { $0["transition_inflow"] as? Int }
            #expect(inflow.count == sectors.count)
        }

        @Test("transition set changes the fields given; the probability is stored exactly")
        func set() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let youths = try #require(try demo.json(["transition", "list", "--format", "json"]) as? [[String: Any]])
            let caseID = try #require(youths.first?["case"] as? String)
            _ = try demo.succeed(["transition", "set", caseID, "--probability", "50 %", "--discussed", "2026-11-30"])
            let after = try #require(try demo.json(["transition", "list", "--format", "json"]) as? [[String: Any]])
            #expect(after.first { $0["case"] as? String == caseID }?["probability"] as? String == "1/2")
        }

        @Test("The demo's youths are flagged as a municipality's are, a few of them; importing the list again keeps a handover set by hand")
        func handoverFlags() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            func overdue() throws -> [String] {
                let youths = try #require(try demo.json(["transition", "list"]) as? [[String: Any]])
                return youths.filter { ($0["flags"] as? [String])?.contains("handover_overdue") == true }.compactMap { $0["case"] as? String }
            }
            let flagged = try overdue()
            #expect((1...5).contains(flagged.count), "\(flagged.count) youths past the handover age without a handover")
            let caseID = try #require(flagged.first)
            _ = try demo.succeed(["transition", "set", caseID, "--handed-over", "2026-11-20"])
            let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/ForumStore/Demo/Skovby/youths.csv")
            _ = try demo.succeed(["transition", "import", file.path, "--replace"])
            #expect(try overdue() == Array(flagged.dropFirst()))
        }

        @Test("transition settings: the ages and the other inflow are set, the shadow budget adds the inflow; a bad age changes nothing")
        func settings() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let before = try demo.succeed(["transition", "settings"])
            #expect(before.contains("Indgangsalder 16 år; overdragelsesalder 17 år 6 mdr."))
            let after = try demo.succeed(["transition", "settings", "--entry-age", "15", "--other-inflow", "VOK=250.000"])
            #expect(after.contains("Indgangsalder 15 år"))
            let vok = try #require(after.split(separator: "\n").first { $0.hasPrefix("VOK") })
            #expect(vok.contains("250.000"))
            let refused = try demo.run(["transition", "settings", "--handover-age", "17,3"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("--handover-age '17,3': skriv en alder i år"))
            #expect(try demo.succeed(["transition", "settings"]).contains("Indgangsalder 15 år; overdragelsesalder 17 år 6 mdr."))
        }
    }
}
