import ForumCore
import Foundation
import Testing
@testable import ForumStore

/// The bad files of issue 4: each is refused with exactly these messages, and nothing of it is
/// handed on (the sink receives no row once a problem is known).
@Suite("Bad-file corpus: every bad file is refused with an exact message")
struct BadFileCorpusTests {
    private func postings(_ source: ImportSource, _ language: Language = .danish) -> [String]? {
        messages(language) {
            var sink = CollectingSink()
            _ = try PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: false)
                .read(source, key: testKey, into: &sink)
        }
    }

    private func table(_ kind: ImportKind, _ source: ImportSource) -> [String]? {
        messages {
            _ = try TableImport.read(kind, from: source, reference: ExampleOrganisation.reference,
                                     pseudonymizer: Pseudonymizer(key: testKey))
        }
    }

    @Test("Postings files", arguments: [
        ("empty.csv", ["empty.csv: filen er tom"]),
        ("header-only.csv", ["header-only.csv: filen har en overskrift, men ingen datalinjer"]),
        ("missing-column.csv", ["missing-column.csv:1: kolonnen «beløb» mangler"]),
        ("extra-field.csv", ["extra-field.csv:3:6: linjen har 6 felter, overskriften 5"]),
        ("bad-amount.csv", [
            "bad-amount.csv:3:3: kolonne beløb: ugyldigt beløb: højst to decimaler efter kommaet (fandt «12,345»)",
            "bad-amount.csv:4:3: kolonne beløb: ugyldigt beløb: tusindtalspunktum står forkert (skriv fx 1.234.567,89) (fandt «1.23,00»)",
        ]),
        ("bad-date.csv", [
            "bad-date.csv:2:1: kolonne bogføringsdato: datoen findes ikke (fandt «31-02-2026»)",
            "bad-date.csv:3:1: kolonne bogføringsdato: ikke en dato (skriv dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd) (fandt «2026/01/05»)",
        ]),
        ("mixed-encoding.csv", ["mixed-encoding.csv:3:5: ugyldig UTF-8: byten 0xE6 (filen blander UTF-8 og Windows-1252)"]),
        ("nul-byte.csv", ["nul-byte.csv:2:5: filen indeholder en NUL-byte (er den binær?)"]),
        ("unbalanced-quote.csv", ["unbalanced-quote.csv:3:5: anførselstegnet, der begynder her, lukkes aldrig"]),
        ("cpr-impossible-date.csv", [
            "cpr-impossible-date.csv:2:4: kolonne cpr: ugyldigt CPR-nummer: de første seks cifre er ikke en dato (fandt «3213xx-xxxx»)",
        ]),
    ])
    func postingsCorpus(file: String, expected: [String]) {
        #expect(postings(TestFiles.corpus(file)) == expected)
    }

    @Test("Messages come in English too")
    func english() {
        #expect(postings(TestFiles.corpus("bad-amount.csv"), .english)?.first
                == "bad-amount.csv:3:3: column beløb: invalid amount: at most two decimals after the comma (found «12,345»)")
        #expect(postings(TestFiles.corpus("empty.csv"), .english) == ["empty.csv: the file is empty"])
    }

    @Test("A line of 1 MB is refused without reading it whole")
    func megabyteLine() {
        let directory = TemporaryDirectory()
        let path = directory.file("big-line.csv", "bogføringsdato;konto;beløb;cpr;tekst\n02-01-2026;5.68.90.1;100,00;;Mentor\n"
                                  + "02-01-2026;5.68.90.1;100,00;;" + String(repeating: "x", count: 1_000_000) + "\n")
        #expect(postings(ImportSource(path: path, name: "big-line.csv")) == ["big-line.csv:3: linjen er længere end 64 KiB"])
    }

    @Test("Duplicate ids are refused at the second one, naming the first")
    func duplicateIDs() {
        #expect(table(.offers, TestFiles.corpus("duplicate-ids.csv"))
                == ["duplicate-ids.csv:4:1: kolonne id: står allerede på linje 2 (fandt «BO-SKOVLY»)"])
    }

    @Test("A budget for an unknown sector is refused")
    func budgetForUnknownSector() {
        #expect(table(.budgets, TestFiles.corpus("budget-unknown-sector.csv"))
                == ["budget-unknown-sector.csv:3:2: kolonne sektor: ukendt sektor (fandt «XYZ»)"])
    }

    @Test("A CPR number in a column where none belongs is masked in the message, not echoed")
    func cprInPayerColumn() {
        let directory = TemporaryDirectory()
        let path = directory.file("payer.csv", """
            tilbud id;cpr;enheder;fra;til;tværgående;betaler;basistakst;ydelsestakst;særtakst
            BO-SKOVLY;120388-2004;1;01-03-2025;;ja;230495-1781;;;

            """)
        let messages = table(.placements, ImportSource(path: path, name: "payer.csv"))
        #expect(messages == ["payer.csv:2:7: kolonne betaler: «xxxxxx-xxxx» er ikke en andel (skriv fx BEV=60 eller BEV=60%) (fandt «xxxxxx-xxxx»)"])
    }

    @Test("Lines that end in CR alone are named as such, for postings and for a table")
    func crOnlyLineEndings() {
        let directory = TemporaryDirectory()
        let postingsFile = directory.file("cr.csv", "bogføringsdato;konto;beløb;cpr;tekst\r02-01-2026;5.68.90.1;100,00;;Mentor\r")
        #expect(postings(ImportSource(path: postingsFile, name: "cr.csv"))
                == ["cr.csv:1: linjerne slutter med CR alene (gammelt Mac-format); gem filen med linjeskift LF eller CRLF"])
        let sectors = directory.file("sectors.csv", "kode;navn\rBEV;Beskæftigelse\r")
        #expect(table(.sectors, ImportSource(path: sectors, name: "sectors.csv"))
                == ["sectors.csv:1: linjerne slutter med CR alene (gammelt Mac-format); gem filen med linjeskift LF eller CRLF"])
        let crlf = directory.file("crlf.csv", "kode;navn\r\nBEV;Beskæftigelse\r\n")
        #expect(table(.sectors, ImportSource(path: crlf, name: "crlf.csv")) == nil)
    }

    @Test("Postings are never read whole: asking for them as a table is refused")
    func postingsAreNotATable() {
        #expect(table(.postings, TestFiles.example("postings.csv")) == ["postings.csv: posteringer læses som en strøm, ikke som en hel tabel"])
    }

    @Test("A FIFO is refused at once, not waited on", .timeLimit(.minutes(1)))
    func fifo() {
        let directory = TemporaryDirectory()
        let path = directory.path + "/postings.csv"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(postings(ImportSource(path: path, name: "postings.csv")) == ["postings.csv: ikke en almindelig fil"])
    }

    @Test("A CPR number in a free-text column is refused at its line and column, never echoed")
    func cprInFreeText() {
        let directory = TemporaryDirectory()
        let path = directory.file("waiting-cpr.csv", """
            tilbud id;cpr;tværgående;prioritet;skrevet op;note
            BO-SKOVLY;010190-2006;ja;1;03-02-2026;Akut behov efter udskrivning
            BO-SKOVLY;150285-1437;nej;2;15.01.2026;Søster ０１０１９０－１２３４ venter også

            """)
        #expect(table(.waitinglist, ImportSource(path: path, name: "waiting-cpr.csv"))
                == ["waiting-cpr.csv:3:6: kolonne note: indeholder noget, der ligner et CPR-nummer; CPR-numre må kun stå i CPR-kolonnen"])
    }

    @Test("A file with many bad lines lists fifty problems and counts the rest")
    func problemLimit() {
        let directory = TemporaryDirectory()
        let lines = (1...60).map { "02-01-2026;5.68.90.1;\($0),123;;x\n" }.joined()
        let path = directory.file("many.csv", "bogføringsdato;konto;beløb;cpr;tekst\n" + lines)
        let result = postings(ImportSource(path: path, name: "many.csv"))
        #expect(result?.count == 51)
        #expect(result?.last == "… og 10 fejl mere")
    }

    @Test("The sink receives no row after the first problem")
    func nothingHandedOnAfterAProblem() throws {
        var sink = CollectingSink()
        #expect(throws: ImportFailure.self) {
            _ = try PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: false)
                .read(TestFiles.corpus("bad-amount.csv"), key: testKey, into: &sink)
        }
        // At most the one good line before the bad one (rows travel in chunks of 16.384).
        #expect(sink.rows.count <= 1)
    }
}
