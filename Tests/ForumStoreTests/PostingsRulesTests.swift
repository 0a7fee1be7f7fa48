import ForumCore
import Testing
@testable import ForumStore

@Suite("Postings: unmapped accounts, privacy of CPR numbers in messages")
struct PostingsRulesTests {
    private let header = "bogføringsdato;konto;beløb;cpr;tekst\n"

    private func read(_ text: String, allowUnmapped: Bool = false) throws -> (PostingsSummary, CollectingSink) {
        let directory = TemporaryDirectory()
        let path = directory.file("p.csv", text)
        var sink = CollectingSink()
        let summary = try PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: allowUnmapped)
            .read(ImportSource(path: path, name: "p.csv"), key: testKey, into: &sink)
        return (summary, sink)
    }

    @Test("Unmapped accounts are listed with their counts and refuse the file")
    func unmappedRefused() {
        let text = header + "02-01-2026;9.99.1;10,00;;x\n02-01-2026;9.99.1;10,00;;x\n02-01-2026;5.381.1;5,00;;x\n02-01-2026;5.38.52.1;1,00;;x\n"
        #expect(messages { _ = try read(text) } == [
            "p.csv: kontoen «9.99.1» passer ikke til noget delområde i kontoplanen (2 posteringer)",
            "p.csv: kontoen «5.381.1» passer ikke til noget delområde i kontoplanen (1 posteringer)",
            "p.csv: brug --allow-unmapped for at bogføre ikke-placerede konti på delområdet «ikke placeret»",
        ])
    }

    @Test("With --allow-unmapped they are accepted and summed apart")
    func unmappedAllowed() throws {
        let text = header + "02-01-2026;9.99.1;10,00;;x\n02-01-2026;9.99.1;10,00;;x\n02-01-2026;5.38.52.1;1,00;;x\n"
        let (summary, sink) = try read(text, allowUnmapped: true)
        #expect(sink.rows.count == 3)
        #expect(summary.unmapped.map(\.account) == ["9.99.1"])
        #expect(summary.unmapped.first?.lines == 2)
        #expect(summary.totalsBySector == [nil: Money(kroner: 20), "VOK": Money(kroner: 1)])
    }

    @Test("Accounts match whole dot segments, longest prefix first, spaces ignored")
    func accountMatching() throws {
        let text = header + "02-01-2026; 5.38.52.1.02 ;1,00;;x\n02-01-2026;5.38.52;2,00;;x\n"
        let (summary, sink) = try read(text)
        #expect(summary.accounts.map(\.account) == ["5.38.52.1.02", "5.38.52"])
        #expect(summary.accounts.allSatisfy { $0.subArea?.code == "5.38.52" })
        #expect(sink.rows.map(\.account) == [0, 1] && sink.rows.map(\.subArea) == [4, 4])
    }

    @Test("No message ever shows a CPR number, wherever it stands")
    func noCPRInMessages() {
        let cpr = "0101901234"
        let text = header
            + "02-01-2026;5.68.90.1;12,345;010190-1234;x\n"     // bad amount on a line with a CPR
            + "010190-1234;5.68.90.1;1,00;;x\n"                // a CPR shifted into the date column
            + "02-01-2026;5.68.90.1;0101901234;;x\n"           // a CPR in the amount column parses as an amount…
            + "02-01-2026;5.68.90.1;1,00;0101901234x;x\n"      // a CPR with a stray character
            + "02-01-2026;5.68.90.1;1,00;010190-12345;x\n"     // eleven digits
        let all = (messages(.danish) { _ = try read(text) } ?? []) + (messages(.english) { _ = try read(text) } ?? [])
        #expect(all.count == 8)
        #expect(all.allSatisfy { !$0.contains(cpr) && !$0.contains("010190-1234") && !$0.contains("901234") })
    }

    @Test("A CPR column may be empty on a line; the same person is one pseudonym")
    func optionalCPR() throws {
        let text = header + "02-01-2026;5.68.90.1;1,00;;x\n02-01-2026;5.68.90.1;1,00;010190-2006;x\n02-01-2026;5.68.90.1;1,00;0101902006;x\n"
        let (_, sink) = try read(text)
        #expect(sink.rows.map(\.person) == [-1, 0, 0])
    }
}
