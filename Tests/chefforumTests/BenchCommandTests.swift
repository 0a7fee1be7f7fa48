import Foundation
import Testing

/// `chefforum generate --requests|--offers` and `chefforum bench`: the generated files import
/// into the demo as they are, and the benchmark measures every figure it reports.
extension EndToEnd {
    @Suite("Generated queues and boards, and the benchmark")
    struct BenchCommandTests {
        @Test("Generated requests and offers import into the demo; the same seed gives the same file")
        func generatedFilesImport() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let requests = demo.directory.appendingPathComponent("requests.csv").path
            let again = demo.directory.appendingPathComponent("again.csv").path
            let offers = demo.directory.appendingPathComponent("offers.csv").path
            _ = try demo.succeed(["generate", "--requests", "300", "--out", requests, "--quiet"])
            _ = try demo.succeed(["generate", "--requests", "300", "--out", again, "--quiet"])
            _ = try demo.succeed(["generate", "--offers", "40", "--out", offers, "--quiet"])
            #expect(FileManager.default.contentsEqual(atPath: requests, andPath: again))
            let before = try #require(try demo.json(["request", "list", "--all"]) as? [[String: Any]])
            _ = try demo.succeed(["import", "offers", offers, "--quiet"])
            _ = try demo.succeed(["import", "requests", requests, "--quiet"])
            let after = try #require(try demo.json(["request", "list", "--all"]) as? [[String: Any]])
            #expect(after.count == before.count + 300)
            let board = try #require(try demo.json(["capacity", "list"]) as? [[String: Any]])
            #expect(board.filter { ($0["id"] as? String)?.hasPrefix("GEN-TILBUD-") == true }.count == 40)

            let both = try demo.run(["generate", "--postings", "10", "--offers", "3", "--out", offers])
            #expect(both.status != 0)
            #expect(both.stderr.contains("præcis én af --postings, --requests og --offers"))
        }

        @Test("bench on a small load reports every figure, measured and positive, with the targets judged")
        func smallBench() throws {
            let result = try BinaryRunner.run(["bench", "--postings", "3000", "--requests", "60", "--offers", "20",
                                               "--format", "json"], environment: ["LANG": "en_DK.UTF-8"])
            try #require(result.status == 0, "\(result.stderr)")
            let figures = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            for key in ["import_seconds", "import_ratio", "import_peak_mb", "burn_report_ms", "queue_first_frame_ms",
                        "budget_first_frame_ms", "console_peak_mb"] {
                let value = try #require(figures[key] as? Double, "\(key)")
                #expect(value > 0, "\(key)")
            }
            #expect((figures["sqlite3_import_seconds"] as? [Double])?.count == 2)
            #expect(figures["idle_cpu_percent"] as? Double != nil)
            #expect(figures["targets_met"] is Bool)
            let keys = try #require(figures["key_to_frame"] as? [[String: Any]])
            #expect(keys.map { "\($0["screen"]!) \($0["keys"]!) \($0["presses"]!)" } == [
                "queue move 300", "queue page 40", "queue filter 60", "queue sort 30",
                "capacity move 300", "capacity page 40", "capacity filter 60", "capacity sort 30",
            ])
            for key in keys {
                let (median, p99) = (try #require(key["median_ms"] as? Double), try #require(key["p99_ms"] as? Double))
                #expect(median > 0 && median <= p99)
            }
        }
    }
}
