import Foundation
import Testing

/// `chefforum report activity` on the demo: the keys, and active(m) = active(m−1) + inflow − outflow
/// for every line and month.
extension EndToEnd {
    @Suite("The activity report on the demo municipality")
    struct ActivityCommandTests {
        @Test("report activity: every month of every line adds up exactly; --month gives one month; a bad month is named")
        func report() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let lines = try #require(try demo.json(["report", "activity"]) as? [[String: Any]])
            let bySubArea = Dictionary(grouping: lines) { ($0["sub_area"] as? String) ?? "sector " + (($0["sector"] as? String) ?? "") }
            #expect(bySubArea.keys.contains("5.38.52"))
            for (key, months) in bySubArea {
                let ordered = months.sorted { ($0["month"] as? String ?? "") < ($1["month"] as? String ?? "") }
                for (previous, current) in zip(ordered, ordered.dropFirst()) {
                    let active = { (line: [String: Any], name: String) in line[name] as? Int ?? -1 }
                    #expect(active(current, "active") == active(previous, "active") + active(current, "inflow") - active(current, "outflow"),
                            "\(key) \(current["month"] ?? "")")
                }
            }
            let november = try #require(try demo.json(["report", "activity", "--month", "2026-11"]) as? [[String: Any]])
            #expect(Set(november.compactMap { $0["month"] as? String }) == ["2026-11"])
            let refused = try demo.run(["report", "activity", "--month", "2026-13"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("2026-13"))
        }
    }
}
