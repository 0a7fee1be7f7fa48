import ForumCore
import Foundation
import Testing
@testable import ForumStore

/// The youth list file (docs/formats.md `youths`): read with the CPR replaced by its pseudonym and
/// the probability kept exact; each bad field named by line and column.
@Suite("Import of the youth list")
struct YouthImportTests {
    static let header = "cpr;født;børnesektor;modtagende sektor;overgang;farve;sandsynlighed;forventet indsats;lov;årlig udgift;drøftet"

    private func read(_ lines: [String], header: String = Self.header) throws -> (table: TableFile?, messages: [String]?) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("youths-\(UUID().uuidString).csv")
        try ([header] + lines).joined(separator: "\n").appending("\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let source = ImportSource(path: url.path, name: "youths.csv")
        var table: TableFile?
        let messages = messages {
            table = try TableImport.read(.youths, from: source, reference: ExampleOrganisation.reference,
                                         pseudonymizer: Pseudonymizer(key: testKey))
        }
        return (table, messages)
    }

    @Test("A good row: pseudonymous case, exact probability, the 18th birthday by default")
    func goodRow() throws {
        let result = try read(["0105084321;01-05-2008;BUF;VOK;;gul;1/3;Bostøtte;SEL85;600.000,00;01-09-2026"])
        guard case .youths(let lines)? = result.table?.table else {
            Issue.record("no youth rows: \(result.messages ?? [])")
            return
        }
        let youth = try #require(lines.first?.youth)
        #expect(lines.count == 1)
        #expect(!youth.caseID.rawValue.contains("0105084321"))
        #expect(youth.probability.description == "1/3")
        #expect(youth.transitionDate == (try Day(year: 2026, month: 5, day: 1)))
        #expect(youth.colour == .yellow)
        #expect(youth.annualCost == Money(kroner: 600_000))
    }

    @Test("The optional handover and closing columns are read as days; a bad day is named by line and column")
    func handoverColumns() throws {
        let header = Self.header + ";overdraget;lukket"
        let good = try read(["0105084321;01-05-2008;BUF;VOK;;gul;1/3;;;600.000,00;;01-11-2025;15-06-2026",
                             "0205084321;02-05-2008;BUF;VOK;;gul;1/3;;;600.000,00;;;"], header: header)
        guard case .youths(let lines)? = good.table?.table else {
            Issue.record("no youth rows: \(good.messages ?? [])")
            return
        }
        #expect(lines.map(\.youth.handedOver) == [try Day(year: 2025, month: 11, day: 1), nil])
        #expect(lines.map(\.youth.closed) == [try Day(year: 2026, month: 6, day: 15), nil])

        let bad = try read(["0305084321;03-05-2008;BUF;VOK;;gul;1/3;;;600.000,00;;snart;"], header: header)
        #expect(bad.table == nil)
        #expect(bad.messages?.count == 1)
        #expect(bad.messages?.first?.hasPrefix("youths.csv:2:12: kolonne overdraget:") == true)
    }

    @Test("Each bad field is named by line and column, and no row is handed on")
    func badRows() throws {
        let result = try read([
            "0105084321;01-05-2008;BUF;VOK;;lilla;1/3;;;600.000,00;",
            "0205084321;02-05-2008;BUF;VOK;;rød;3/2;;;600.000,00;",
            "0305084321;03-05-2008;BUF;VOK;01-01-2026;rød;1;;;600.000,00;",
            "0405084321;04-05-2008;BUF;XYZ;;rød;1;;;600.000,00;",
        ])
        #expect(result.table == nil)
        #expect(result.messages == [
            "youths.csv:2:6: kolonne farve: «lilla» er ikke en farve (rød, gul eller grøn) (fandt «lilla»)",
            "youths.csv:3:7: kolonne sandsynlighed: sandsynligheden skal ligge mellem 0 og 1 (0–100 %) (fandt «3/2»)",
            "youths.csv:4:5: kolonne overgang: overgangsdatoen 01.01.2026 skal ligge mellem 18-årsdagen 03.05.2026 og 23-årsdagen 03.05.2031",
            "youths.csv:5:4: kolonne modtagende sektor: ukendt sektor (fandt «XYZ»)",
        ])
    }
}
