import Testing

/// A `--format table` wider than the terminal drops the columns the console drops when narrow,
/// then shortens text; a pipe, CSV and JSON get everything.
extension EndToEnd {
    @Suite("Tables narrow to the terminal")
    struct NarrowTableTests {
        @Test("At COLUMNS=80 every line fits, the queue keeps what a meeting decides by, and numbers stay whole")
        func narrow() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let full = try demo.succeed(["request", "list"])
            #expect(full.split(separator: "\n").contains { $0.count > 120 }, "without COLUMNS the table is whole")
            #expect(full.split(separator: "\n").first?.contains("Lov") == true)
            for (arguments, kept, dropped) in [
                (["request", "list"], ["Id", "Sag", "I alt", "Betaler", "Venter", "Status"], ["Lov", "Periode"]),
                (["capacity", "list"], ["Id", "Belagt", "Ledig", "Kvote", "Vent."], ["Lev.", "Pris/enh."]),
                (["report", "burn"], ["Korr. budget", "Forbrug", "Prognose", "Afvigelse"], ["Navn", "Forventet t.d."]),
                (["audit", "list"], ["Nr.", "Tid"], []),
            ] {
                let result = try BinaryRunner.run(arguments + ["--db", demo.path], environment: ["COLUMNS": "80"])
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                let lines = result.stdout.split(separator: "\n")
                #expect(lines.allSatisfy { $0.count <= 80 }, "\(arguments) fits 80 columns: \(lines.filter { $0.count > 80 })")
                let heading = try #require(lines.first { line in kept.allSatisfy { line.contains($0) } }, "\(arguments): \(lines.prefix(3))")
                for column in dropped { #expect(!heading.contains(column), "\(arguments) drops \(column)") }
            }
            let csv = try BinaryRunner.run(["request", "list", "--format", "csv", "--db", demo.path], environment: ["COLUMNS": "80"])
            #expect(csv.stdout.split(separator: "\n").first?.contains("Lov") == true, "CSV keeps every column")
            let narrowQueue = try BinaryRunner.run(["request", "list", "--db", demo.path], environment: ["COLUMNS": "80"])
            #expect(narrowQueue.stdout.contains("288.000"), "amounts are never cut")
        }
    }
}
