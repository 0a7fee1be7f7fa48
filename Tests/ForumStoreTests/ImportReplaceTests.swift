import ForumCore
import Foundation
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("Import: fingerprints, --replace, unmapped accounts")
struct ImportReplaceTests {
    private let header = "bogføringsdato;konto;beløb;cpr;tekst\n"

    @Test("The same file twice is refused, naming the earlier import; --replace replaces it exactly")
    func sameFileTwice() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        try await store.importFile(.postings, TestFiles.example("postings.csv"))
        let once = try await store.snapshot()
        let totals = try await store.monthlyActual()

        // The same bytes under another name are the same file.
        let copy = store.directory.file("kopi.csv", try String(contentsOfFile: TestFiles.example("postings.csv").path, encoding: .utf8))
        let found = await messages { try await store.importFile(.postings, ImportSource(path: copy, name: "kopi.csv")) }
        #expect(found == ["kopi.csv: filen er allerede indlæst (som «postings.csv» den 21.09.2026 16:13 af okonom); brug --replace for at erstatte den indlæsning"])
        #expect(try await store.snapshot() == once)

        let report = try await store.importFile(.postings, ImportSource(path: copy), options: ImportOptions(replace: true))
        #expect(report.replaced == ["postings.csv"])
        #expect(try await store.monthlyActual() == totals)
        #expect(try await store.count("posting") == 7)
        #expect(try await store.count("import_batch") == 6)
        #expect(try await store.count("monthly_case") == 3)
        #expect(try await store.database.verifyAudit() == .intact(events: 7))
    }

    @Test("Postings of months an earlier import covers are refused; --replace takes the earlier one out of the totals")
    func overlappingPeriod() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let january = store.directory.file("jan.csv", header + "05-01-2026;5.38.52.1;100,00;010190-2006;x\n10-01-2026;5.68.90.1;50,00;;x\n")
        let february = store.directory.file("feb.csv", header + "05-02-2026;5.38.52.1;7,00;;x\n")
        let correction = store.directory.file("jan-feb.csv", header + "05-01-2026;5.38.52.1;80,00;010190-2006;x\n05-02-2026;5.38.52.1;9,00;;x\n")
        try await store.importFile(.postings, ImportSource(path: january))
        try await store.importFile(.postings, ImportSource(path: february))
        let found = await messages { try await store.importFile(.postings, ImportSource(path: correction, name: "jan-feb.csv")) }
        #expect(found?.count == 2)
        #expect(found?.first?.hasPrefix("jan-feb.csv: posteringernes måneder overlapper indlæsningen af «jan.csv»") == true)

        let report = try await store.importFile(.postings, ImportSource(path: correction), options: ImportOptions(replace: true))
        #expect(report.replaced == ["jan.csv", "feb.csv"])
        #expect(try await store.monthlyActual() == ["5.38.52 2026-1": 8_000, "5.38.52 2026-2": 900])
        #expect(try await store.count("posting") == 2)
        let caseTotals = try await store.database.read { db in try Int64.fetchAll(db, sql: "SELECT amount_ore FROM monthly_case") }
        #expect(caseTotals == [8_000])
    }

    @Test("Unmapped accounts fail the import unless allowed; then they are booked to the unmapped sub-area the budget shows")
    func unmapped() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let path = store.directory.file("u.csv", header + "05-01-2026;9.99.1;100,00;;x\n06-01-2026;9.99.1;25,50;;x\n07-01-2026;5.68.90.1;1,00;;x\n")
        let found = await messages { try await store.importFile(.postings, ImportSource(path: path, name: "u.csv")) }
        #expect(found?.first == "u.csv: kontoen «9.99.1» passer ikke til noget delområde i kontoplanen (2 posteringer)")
        #expect(try await store.count("posting") == 0)

        let report = try await store.importFile(.postings, ImportSource(path: path), options: ImportOptions(allowUnmapped: true))
        #expect(report.unmappedLines == 2)
        #expect(report.totals.last == SectorTotal(sector: nil, amount: Money(ore: 12_550)))
        let budget = try await SQLiteRepository(database: store.database).budget(year: 2026)
        #expect(budget.subAreas[UnmappedAccounts.subAreaCode]?.actual[0] == Money(ore: 12_550))
        #expect(try await SQLiteRepository(database: store.database).subAreas().count == 8)
    }
}

@Suite("Import: CPR numbers never reach the database")
struct ImportPrivacyTests {
    /// Every CPR number in the example files, as written and as ten digits.
    private static let cprNumbers = ["010190-2006", "150285-1437", "2906021849", "240712-2320"]

    @Test("No table, and no byte of the database file or its journal, holds a clear CPR number")
    func noClearCPR() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        try await store.importFile(.requests, TestFiles.example("requests.csv"))
        try await store.importFile(.waitinglist, TestFiles.example("waitinglist.csv"))
        try await store.importFile(.postings, TestFiles.example("postings.csv"))
        let needles = Self.cprNumbers.flatMap { [$0, $0.replacingOccurrences(of: "-", with: "")] }
        let everything = try await store.snapshot().joined(separator: "\n")
        for needle in needles { #expect(!everything.contains(needle)) }
        let blobs = try await store.database.read { db in
            try Data.fetchAll(db, sql: "SELECT pseudonym FROM person")
        }
        for needle in needles {
            #expect(!blobs.contains { $0.range(of: Data(needle.utf8)) != nil })
        }
        for suffix in ["", "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: store.database.path + suffix))) ?? Data()
            for needle in needles { #expect(bytes.range(of: Data(needle.utf8)) == nil) }
        }
    }

    @Test("The same CPR number is the same person in every import: requests, waiting lists and postings")
    func samePersonAcrossImports() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        try await store.importFile(.requests, TestFiles.example("requests.csv"))
        try await store.importFile(.waitinglist, TestFiles.example("waitinglist.csv"))
        try await store.importFile(.postings, TestFiles.example("postings.csv"))
        // Four people in the requests; the waiting list and the postings name only them.
        #expect(try await store.count("person") == 4)
        let expected = try #require(Pseudonymizer(key: testKey).pseudonym(forCPR: "150285-1437")?.caseID)
        let request = try await SQLiteRepository(database: store.database).request("IND-2026-0143")
        #expect(request.caseID == expected)
        let waiting = try await SQLiteRepository(database: store.database).waitingList("BO-SKOVLY")
        #expect(waiting.contains { $0.caseID == expected })
    }
}
