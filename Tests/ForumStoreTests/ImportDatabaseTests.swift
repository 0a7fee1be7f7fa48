import ForumCore
import Foundation
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("Import into the database: all or nothing, one audit event, totals in the same transaction")
struct ImportDatabaseTests {
    @Test("Every kind of example file imports, each with one audit event")
    func everyKind() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        try await store.importFile(.budgets, TestFiles.example("budgets.csv"))
        try await store.importFile(.requests, TestFiles.example("requests.csv"))
        try await store.importFile(.waitinglist, TestFiles.example("waitinglist.csv"))
        let report = try await store.importFile(.postings, TestFiles.example("postings.csv"))

        #expect(report.lines == 7)
        #expect(report.totals == [SectorTotal(sector: "BEV", amount: Money(kroner: 449_500)),
                                  SectorTotal(sector: "BUF", amount: Money(ore: -125_075)),
                                  SectorTotal(sector: "FAM", amount: Money(kroner: 13_750)),
                                  SectorTotal(sector: "VOK", amount: Money(ore: 7_935_050))])
        let repository = SQLiteRepository(database: store.database)
        #expect(try await repository.sectors().count == 4)
        #expect(try await repository.subAreas().count == 8)
        #expect(try await repository.laws().count == 6)
        #expect(try await repository.users().count == 6)
        #expect(try await repository.offers().count == 4)
        #expect(try await repository.requests().count == 4)
        #expect(try await repository.waitingList("BO-SKOVLY").count == 2)
        #expect(try await store.count("budget") == 8)
        #expect(try await store.count("posting") == 7)

        let budget = try await repository.budget(year: 2026)
        #expect(budget.sectors["VOK"]?.budget == Money(ore: 4_135_050_050))
        #expect(budget.sectors["VOK"]?.actual[0] == Money(kroner: 60_900))
        #expect(budget.sectors["VOK"]?.actual[1] == Money(ore: 1_845_050))
        #expect(budget.lastPostedMonth == 2)
        // The person on the Skovly postings is the person of request IND-2026-0143.
        let skovly = try await repository.request("IND-2026-0143")
        #expect(try await repository.caseSpending(skovly.caseID, year: 2026)["VOK"]?[0] == Money(kroner: 60_900))

        #expect(try await store.count("audit_event") == 9)
        #expect(try await store.database.verifyAudit() == .intact(events: 9))
        let events = try await store.database.auditEvents(AuditFilter(action: "import.postings"))
        #expect(events.count == 1 && events[0].actorLogin == "okonom")
    }

    @Test("A bad last line imports nothing: the database is exactly as before")
    func allOrNothing() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let before = try await store.snapshot()
        let good = try String(contentsOfFile: TestFiles.example("postings.csv").path, encoding: .utf8)
        let path = store.directory.file("bad-last.csv", good + "28-02-2026;5.68.90.1;12,345;;Sidste linje\n")
        await #expect(throws: ImportFailure.self) { try await store.importFile(.postings, ImportSource(path: path)) }
        #expect(try await store.snapshot() == before)
    }

    @Test("Every file of the bad-file corpus leaves the database unchanged", arguments: [
        "empty.csv", "header-only.csv", "missing-column.csv", "extra-field.csv", "bad-amount.csv", "bad-date.csv",
        "mixed-encoding.csv", "nul-byte.csv", "unbalanced-quote.csv", "cpr-impossible-date.csv",
    ])
    func corpusChangesNothing(file: String) async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let before = try await store.snapshot()
        await #expect(throws: ImportFailure.self) { try await store.importFile(.postings, TestFiles.corpus(file)) }
        #expect(try await store.snapshot() == before)
    }

    @Test("Duplicate ids and a budget for an unknown sector change nothing either")
    func tableCorpusChangesNothing() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let before = try await store.snapshot()
        await #expect(throws: ImportFailure.self) { try await store.importFile(.offers, TestFiles.corpus("duplicate-ids.csv")) }
        await #expect(throws: ImportFailure.self) { try await store.importFile(.budgets, TestFiles.corpus("budget-unknown-sector.csv")) }
        #expect(try await store.snapshot() == before)
    }

    @Test("Only economists and administrators import")
    func permission() async throws {
        let store = try ImportDatabase()
        let reader = User(login: "laeser", name: "Lars Læser", roles: [.reader])
        let chief = User(login: "bevchef", name: "Bodil Eriksen", roles: [.chief], sector: "BEV")
        for (user, refusal) in [(reader, Strings.readOnlyCannotImport), (chief, Strings.onlyEconomistImports)] {
            await #expect(throws: RepositoryError.denied(refusal)) {
                try await store.importFile(.sectors, TestFiles.example("sectors.csv"), as: user)
            }
        }
        #expect(try await store.count("sector") == 0)
    }

    @Test("A configuration file loaded again updates what it names")
    func configurationUpdates() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        let path = store.directory.file("offers.csv", "id;navn;sektor;enhed;kapacitet;belagt;basistakst;leverandør\nBO-SKOVLY;Skovly;VOK;pladser;14;12;49.000;intern\n")
        try await store.importFile(.offers, ImportSource(path: path))
        let offer = try await SQLiteRepository(database: store.database).offers().first { $0.id == "BO-SKOVLY" }
        #expect(offer?.capacity == 14 && offer?.version == 2 && offer?.tariff.base == Money(kroner: 49_000))
    }

    @Test("A request already in the database is never overwritten by a case-system file")
    func existingRequest() async throws {
        let store = try ImportDatabase()
        try await store.importOrganisation()
        try await store.importFile(.requests, TestFiles.example("requests.csv"))
        let before = try await store.snapshot()
        let text = try String(contentsOfFile: TestFiles.example("requests.csv").path, encoding: .utf8)
        let path = store.directory.file("requests-again.csv", text + "\n")
        let found = await messages { try await store.importFile(.requests, ImportSource(path: path, name: "r.csv")) }
        #expect(found?.first == "r.csv:2: indstillingen IND-2026-0142 findes allerede i databasen og bliver ikke overskrevet")
        #expect(found?.count == 4)
        #expect(try await store.snapshot() == before)
    }
}

/// The messages of a refused import (async), or nil when it was not refused.
func messages(_ language: Language = .danish, of body: () async throws -> Void) async -> [String]? {
    do {
        try await body()
        return nil
    } catch let failure as ImportFailure {
        return failure.phrase.text(language).components(separatedBy: "\n")
    } catch {
        return ["unexpected error: \(error)"]
    }
}
