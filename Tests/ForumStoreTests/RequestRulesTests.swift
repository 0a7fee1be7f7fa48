import ForumCore
import Testing
@testable import ForumStore

@Suite("Requests and other case lists: line rules")
struct RequestRulesTests {
    private let header = "id;cpr;enhed;indstillet af;sektor;lov;tilbud;månedsbeløb;engangsbeløb;start;slut;trin;fordeling;begrundelse;indstillet;status;besluttet af;besluttet;gyldig til;beslutningsnote\n"

    private func requests(_ lines: String) -> [String]? {
        let directory = TemporaryDirectory()
        let path = directory.file("r.csv", header + lines)
        return messages {
            _ = try TableImport.read(.requests, from: ImportSource(path: path, name: "r.csv"),
                                     reference: ExampleOrganisation.reference, pseudonymizer: Pseudonymizer(key: testKey))
        }
    }

    @Test("A good request passes")
    func good() {
        #expect(requests("A;010190-2006;Jobcenter;Mette;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;Behov;12-02-2026;;;;;\n") == nil)
    }

    @Test("Each broken rule is named at its column", arguments: [
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;500;01-03-2026;31-08-2026;3;;B;12-02-2026;;;;;",
         "r.csv:2:9: kolonne engangsbeløb: angiv enten månedsbeløb eller engangsbeløb, ikke begge"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;;;01-03-2026;31-08-2026;3;;B;12-02-2026;;;;;",
         "r.csv:2:8: kolonne månedsbeløb: angiv et månedsbeløb eller et engangsbeløb"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;;3;;B;12-02-2026;;;;;",
         "r.csv:2:11: kolonne slut: et månedsbeløb skal have en slutdato"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;28-02-2026;3;;B;12-02-2026;;;;;",
         "r.csv:2:11: kolonne slut: ligger før startdatoen 01.03.2026 (fandt «28.02.2026»)"),
        ("A;010190-2006;J;M;BEV;SEL999;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;;;;;",
         "r.csv:2:6: kolonne lov: ukendt lovgrundlag (importér lovene først) (fandt «SEL999»)"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;BEV=60,XYZ=40;B;12-02-2026;;;;;",
         "r.csv:2:13: kolonne fordeling: ukendt sektor «XYZ» (fandt «BEV=60,XYZ=40»)"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;6;;B;12-02-2026;;;;;",
         "r.csv:2:12: kolonne trin: skal ligge mellem 1 og 5 (fandt «6»)"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;godkendt;;01-03-2026;;",
         "r.csv:2:17: kolonne besluttet af: skal udfyldes ved status «godkendt»"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;godkendt tidsbegrænset;bufchef;01-03-2026;;",
         "r.csv:2:19: kolonne gyldig til: skal udfyldes ved status «godkendt tidsbegr.»"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;afvist;bufchef;01-03-2026;;",
         "r.csv:2:20: kolonne beslutningsnote: skal udfyldes ved status «afvist»"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;vedtaget;;;;",
         "r.csv:2:16: kolonne status: ukendt værdi (skriv indstillet, dagsorden, godkendt, godkendt tidsbegrænset, afvist, udsat, henvist, trukket) (fandt «vedtaget»)"),
        ("A;010190-2006;J;M;BEV;LABMENTOR;Mentor;-1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;;;;;",
         "r.csv:2:8: kolonne månedsbeløb: beløbet skal være større end 0 (fandt «-1.000,00»)"),
        ("A;;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;;;;;",
         "r.csv:2:2: kolonne cpr: værdien mangler"),
    ])
    func brokenRules(line: String, expected: String) throws {
        let found = try #require(requests(line + "\n"))
        #expect(found == [expected])
    }

    @Test("Duplicate request ids are refused")
    func duplicates() {
        let line = "A;010190-2006;J;M;BEV;LABMENTOR;Mentor;1.000;;01-03-2026;31-08-2026;3;;B;12-02-2026;;;;;\n"
        #expect(requests(line + line) == ["r.csv:3:1: kolonne id: står allerede på linje 2 (fandt «A»)"])
    }

    @Test("A waiting list names known offers, each person once")
    func waitingList() {
        let directory = TemporaryDirectory()
        let path = directory.file("w.csv", "tilbud id;cpr;prioritet;skrevet op\nBO-SKOVLY;010190-2006;1;01-02-2026\nUKENDT;010190-2006;1;01-02-2026\nBO-SKOVLY;0101902006;2;01-02-2026\n")
        let found = messages {
            _ = try TableImport.read(.waitinglist, from: ImportSource(path: path, name: "w.csv"),
                                     reference: ExampleOrganisation.reference, pseudonymizer: Pseudonymizer(key: testKey))
        }
        let caseID = Pseudonymizer(key: testKey).pseudonym(forCPR: "010190-2006")?.caseID.rawValue ?? "?"
        #expect(found == [
            "w.csv:3:1: kolonne tilbud id: ukendt tilbud (importér tilbuddene først) (fandt «UKENDT»)",
            "w.csv:4:2: kolonne cpr: står allerede på linje 2 (fandt «\(caseID)»)",
        ])
    }

    @Test("Budgets: the sub-area must belong to the sector, once a year")
    func budgets() {
        let directory = TemporaryDirectory()
        let path = directory.file("b.csv", "år;sektor;delområde;korrigeret budget;profil\n2026;BEV;5.38.52;1.000;\n2026;VOK;5.99.99;1.000;\n2026;VOK;5.38.52;1.000;1/2/3\n")
        let found = messages {
            _ = try TableImport.read(.budgets, from: ImportSource(path: path, name: "b.csv"),
                                     reference: ExampleOrganisation.reference, pseudonymizer: Pseudonymizer(key: testKey))
        }
        #expect(found == [
            "b.csv:2:2: kolonne sektor: delområdet 5.38.52 hører til sektor VOK (fandt «BEV»)",
            "b.csv:3:3: kolonne delområde: ukendt delområde (importér delområderne først) (fandt «5.99.99»)",
            "b.csv:4:5: kolonne profil: profilen skal have tolv vægte adskilt af / (har 3) (fandt «1/2/3»)",
        ])
    }

    @Test("Header names match case-insensitively with aliases, æøå or ae/oe/aa, and two columns for one name are refused")
    func headers() {
        let directory = TemporaryDirectory()
        let english = directory.file("e.csv", "Posting_Date,ACCOUNT,Amount,CPR Number\n02-01-2026,5.68.90.1,\"1,00\",\n")
        var sink = CollectingSink()
        let reader = PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: false)
        #expect(throws: Never.self) {
            _ = try reader.read(ImportSource(path: english, name: "e.csv"), key: testKey, into: &sink)
        }
        let twice = directory.file("t.csv", "dato;Bogfoeringsdato;konto;beloeb\n02-01-2026;02-01-2026;5.68.90.1;1\n")
        #expect(messages {
            _ = try reader.read(ImportSource(path: twice, name: "t.csv"), key: testKey, into: &sink)
        } == ["t.csv:1:2: kolonnen «Bogfoeringsdato» betyder det samme som kolonne 1 («bogføringsdato»)"])
    }
}
