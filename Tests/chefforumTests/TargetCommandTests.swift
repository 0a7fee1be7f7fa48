import Foundation
import Testing

/// `chefforum target set|list|report` on the demo: the exact allocation, the keys scripts rely
/// on, the estimate's label, and refusals that change nothing.
extension EndToEnd {
    @Suite("The target commands on the demo municipality")
    struct TargetCommandTests {
        @Test("target set allocates exactly; list and report show it; bad input is named and changes nothing")
        func setListReport() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let none = try demo.run(["target", "report"])
            #expect(none.status != 0)
            #expect(none.stderr.contains("der er intet effektiviseringskrav for 2026"))

            _ = try demo.succeed(["target", "set", "--amount", "490.000", "--sectors", "BEV,BUF,VOK", "--note", "Budgetaftale"])
            let targets = try #require(try demo.json(["target", "list"]) as? [[String: Any]])
            #expect(targets.count == 1)
            #expect(targets.first?["amount_ore"] as? Int == 49_000_000)
            #expect(targets.first?["allocation"] as? [String: Int] == ["BEV": 16_333_334, "BUF": 16_333_333, "VOK": 16_333_333])

            let report = try #require(try demo.json(["target", "report"]) as? [String: Any])
            let sectors = try #require(report["sectors"] as? [[String: Any]])
            #expect(sectors.compactMap { $0["sector"] as? String } == ["BEV", "BUF", "VOK"])
            for sector in sectors {
                for key in ["target_ore", "pro_rata_ore", "saving_estimate_ore", "previous_year_ore", "actual_ore",
                            "forecast_rest_ore", "cases", "behind"] {
                    #expect(sector.keys.contains(key), "key \(key)")
                }
            }
            #expect(try demo.succeed(["target", "report"]).contains("Realiseret besparelse er et skøn"))

            for (arguments, named) in [(["--sectors", "BEV=1,XYZ=1"], "XYZ"), (["--amount", "0"], "over 0 kr."),
                                       (["--amount", "4x0"], "--amount '4x0'")] {
                let refused = try demo.run(["target", "set"] + arguments)
                #expect(refused.status != 0)
                #expect(refused.stderr.contains(named), "\(arguments): \(refused.stderr)")
            }
            let after = try #require(try demo.json(["target", "list"]) as? [[String: Any]])
            #expect(after.first?["split"] as? String == "BEV=1,BUF=1,VOK=1")
            #expect(after.first?["version"] as? Int == 1)
        }
    }
}
