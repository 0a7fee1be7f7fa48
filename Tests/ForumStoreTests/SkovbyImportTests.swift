import ForumCore
import Foundation
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// The demo municipality of `Sources/ForumStore/Demo/Skovby`, loaded through the import as an economist would,
/// with a generated finance extract: every file passes and the figures arrive where screens read them.
@Suite("Import: the whole demo municipality and a generated extract")
struct SkovbyImportTests {
    private static func demo(_ name: String) -> ImportSource {
        ImportSource(path: DemoFile.directory.appendingPathComponent(name).path, name: name)
    }

    @Test("Settings, organisation, budgets, requests, waiting lists and 20.000 generated postings")
    func wholeDemo() async throws {
        let store = try ImportDatabase()
        let administrator = User(login: "admin", name: "Admin", roles: [.administrator])
        for (kind, file) in [(ImportKind.settings, "settings.csv"), (.sectors, "sectors.csv"), (.subareas, "subareas.csv"),
                             (.laws, "laws.csv"), (.users, "users.csv"), (.offers, "offers.csv"), (.budgets, "budgets.csv"),
                             (.requests, "requests.csv"), (.waitinglist, "waitinglist.csv")] {
            try await store.importFile(kind, Self.demo(file), as: administrator)
        }
        let repository = SQLiteRepository(database: store.database)
        let settings = try await repository.settings()
        #expect(settings.municipality == "Skovby Kommune" && settings.budgetYear == 2026 && settings.policy == .assens)
        #expect(settings.tolerance == Tolerance.standard)
        #expect(try await repository.requests().count == (try DemoFile("requests.csv")).rows.count)

        let extract = store.directory.path + "/postings.csv"
        let generated = try PostingsGenerator(plan: .skovby, lines: 20_000, seed: 7).write(toFile: extract)
        let report = try await store.importFile(.postings, ImportSource(path: extract))
        #expect(report.lines == 20_000 && report.unmappedLines == 0)
        #expect(report.totals.reduce(Money.zero) { $0 + $1.amount } == generated.total)
        let budget = try await repository.budget(year: 2026)
        let actual = budget.sectors.values.reduce(Money.zero) { $0 + $1.actual.reduce(.zero, +) }
        #expect(actual == generated.total)
        #expect(budget.lastPostedMonth == 11)
        #expect(try await store.count("person") >= generated.distinctCPR)
        #expect(try await store.database.verifyAudit() == .intact(events: 10))
    }
}
