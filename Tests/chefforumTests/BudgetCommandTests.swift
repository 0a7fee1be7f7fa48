import Foundation
import Testing

/// `chefforum report|forecast|deviation` on the demo: the keys scripts rely on, and that each
/// command's change shows in the reports.
extension EndToEnd {
    @Suite("The budget commands on the demo municipality")
    struct BudgetCommandTests {
        static let burnKeys = ["sector", "budget", "expected", "actual", "committed", "uncommitted", "transition_inflow",
                               "forecast", "manual_forecast", "deviation", "beyond_tolerance", "through"]

        @Test("report burn: one entry per sector with the documented keys in øre, and sub-areas with the same keys")
        func burnJSON() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let sectors = try #require(try demo.json(["report", "burn"]) as? [[String: Any]])
            #expect(sectors.count == 6)
            for entry in sectors {
                for key in Self.burnKeys + ["sub_areas"] { #expect(entry.keys.contains(key), "key \(key)") }
                let subAreas = try #require(entry["sub_areas"] as? [[String: Any]])
                #expect(!subAreas.isEmpty)
                for subArea in subAreas {
                    for key in Self.burnKeys { #expect(subArea.keys.contains(key), "sub-area key \(key)") }
                }
                // The forecast is what the figures say it is: actual + committed + uncommitted + transition inflow.
                let figures = try ["actual", "committed", "uncommitted", "transition_inflow", "forecast", "budget", "deviation"].map {
                    try #require(entry[$0] as? Int, "\($0) is an integer number of øre")
                }
                #expect(figures[0] + figures[1] + figures[2] + figures[3] == figures[4])
                #expect(figures[4] - figures[5] == figures[6])
            }
            let one = try #require(try demo.json(["report", "burn", "--sector", "BUF"]) as? [[String: Any]])
            #expect(one.map { $0["sector"] as? String } == ["BUF"])
        }

        @Test("forecast set shows as the sector's manual forecast; forecast clear removes it")
        func manualForecast() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            _ = try demo.succeed(["forecast", "set", "BUF", "--amount", "190.000.000", "--note", "Flere anbringelser"])
            let set = try #require(try demo.json(["report", "burn", "--sector", "BUF"]) as? [[String: Any]])
            #expect(set.first?["manual_forecast"] as? Int == 19_000_000_000)
            #expect(set.first?["forecast"] as? Int == 19_000_000_000)
            _ = try demo.succeed(["forecast", "clear", "BUF"])
            let cleared = try #require(try demo.json(["report", "burn", "--sector", "BUF"]) as? [[String: Any]])
            #expect(cleared.first?["manual_forecast"] is NSNull)
            let refused = try demo.run(["forecast", "set", "XYZ", "--amount", "1", "--note", "x"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("XYZ"))
        }

        @Test("report bridge: the lines sum exactly to the change of forecast")
        func bridgeSums() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let bridges = try #require(try demo.json(["report", "bridge"]) as? [[String: Any]])
            #expect(bridges.count == 6)
            for bridge in bridges {
                let lines = try #require(bridge["lines"] as? [String: Int])
                #expect(Set(lines.keys) == ["new_grants", "ended_or_changed_grants", "placements", "run_rate", "manual_changes",
                                            "unexplained"])
                let forecast = try #require(bridge["forecast"] as? Int)
                let previous = try #require(bridge["previous_forecast"] as? Int)
                #expect(lines.values.reduce(0, +) == forecast - previous)
            }
        }

        @Test("deviation note is written, and a CPR number in it is refused")
        func deviationNote() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            _ = try demo.succeed(["deviation", "note", "BEV", "--explanation", "Færre ledige end ventet", "--plan", "Ingen",
                                  "--owner", DemoDatabaseFixture.login])
            #expect(try demo.succeed(["report", "deviations", "--format", "csv"]).contains("Færre ledige end ventet"))
            let refused = try demo.run(["deviation", "note", "BEV", "--explanation", "Borger 010190-1234", "--plan", "x",
                                        "--owner", DemoDatabaseFixture.login])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("forklaring"))

            // A sub-area's note is its own row of the report, with the sector rows' keys.
            _ = try demo.succeed(["deviation", "note", "BEV", "--sub-area", "5.68.90", "--explanation", "Færre mentorforløb",
                                  "--plan", "Nye aftaler", "--owner", DemoDatabaseFixture.login])
            let rows = try #require(try demo.json(["report", "deviations", "--sector", "BEV"]) as? [[String: Any]])
            let mentor = try #require(rows.first { $0["sub_area"] as? String == "5.68.90" })
            #expect(mentor["explanation"] as? String == "Færre mentorforløb")
            #expect(mentor["status"] as? String == "explained")
            #expect(rows.first { $0["sub_area"] == nil }?["explanation"] as? String == "Færre ledige end ventet")
            let elsewhere = try demo.run(["deviation", "note", "BEV", "--sub-area", "5.28.20", "--explanation", "x", "--plan", "y",
                                          "--owner", DemoDatabaseFixture.login])
            #expect(elsewhere.status != 0)
            #expect(elsewhere.stderr.contains("delområdet 5.28.20 findes ikke i sektor BEV"))
        }
    }
}
