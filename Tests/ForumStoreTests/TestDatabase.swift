import Foundation
import ForumCore
import GRDB
@testable import ForumSQLite
@testable import ForumStore

/// A fresh database in a temporary directory with a small municipality, for one test.
struct TestDatabase {
    let directory: URL
    let database: ForumDatabase
    var path: String { database.path }
    var repository: SQLiteRepository { SQLiteRepository(database: database) }

    static let chair = User(login: "formand", name: "Hanne Formand", roles: [.chair])
    static let chiefBEV = User(login: "bevchef", name: "Bo Beskæftigelse", roles: [.chief], sector: "BEV")
    static let chiefVOK = User(login: "vokchef", name: "Vera Voksen", roles: [.chief], sector: "VOK")
    static let economist = User(login: "okonom", name: "Øjvind Økonom", roles: [.economist])
    static let admin = User(login: "admin", name: "Ada Admin", roles: [.administrator])
    static let reader = User(login: "laeser", name: "Lars Læser", roles: [.reader])

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try ForumDatabase(path: directory.appendingPathComponent("forum.sqlite").path)
        try database.pool.write { db in
            try StoreWriters.saveSettings(db, ForumSettings(municipality: "Testby Kommune", budgetYear: 2026, policy: .assens), isDemo: false)
            for sector in [Sector(code: "BEV", name: "Beskæftigelse"), Sector(code: "VOK", name: "Voksne"), Sector(code: "FAM", name: "Familie")] {
                try StoreWriters.insertSector(db, sector)
            }
            let mentor = try StoreWriters.insertSubArea(db, SubArea(code: "5.68.90", name: "Mentor", sector: "BEV"))
            try StoreWriters.insertSubArea(db, SubArea(code: "5.38.52", name: "Botilbud", sector: "VOK"))
            try StoreWriters.setBudget(db, year: 2026, subAreaID: mentor, amount: Money(kroner: 12_000_000), profile: nil)
            try db.execute(sql: "INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore) VALUES (2026, 10, ?, ?)",
                           arguments: [mentor, Money(kroner: 1_000_000).ore])
            try StoreWriters.insertLaw(db, LawBasis(code: "LAB", name: "Lov om en aktiv beskæftigelsesindsats", defaultPayer: "BEV"))
            for user in [Self.chair, Self.chiefBEV, Self.chiefVOK, Self.economist, Self.admin, Self.reader] {
                try StoreWriters.insertUser(db, user)
            }
            let person = try Persons.ensure(db, pseudonym: Array(repeating: 0xAB, count: 32))
            try StoreWriters.insertOffer(db, Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 10,
                                                   crossSectorQuota: 1, tariff: Tariff(base: Money(kroner: 45_000))))
            try StoreWriters.insertWaitingEntry(db, offer: "BO-1", personID: person.id, crossSector: true, priority: 1,
                                                since: try Day(year: 2026, month: 9, day: 1), note: "")
            try StoreWriters.insertRequest(db, Self.request("IND-1"), personID: person.id)
            try StoreWriters.insertRequest(db, Self.request("IND-2"), personID: person.id)
        }
    }

    static func request(_ id: String) throws -> GrantRequest {
        GrantRequest(
            id: RequestID(id), caseID: "ignored", requestingUnit: "Jobcenter", requestedBy: "Sara Sagsbehandler",
            sector: "BEV", law: "LAB", offer: "Mentor",
            amount: .monthly(rate: Money(kroner: 37_500), start: try Day(year: 2026, month: 11, day: 1),
                             end: try Day(year: 2027, month: 5, day: 31)),
            step: .individualSupport,
            alternatives: [Alternative(description: "Gruppeforløb", amount: .monthly(
                rate: Money(kroner: 9_000), start: try Day(year: 2026, month: 11, day: 1), end: try Day(year: 2027, month: 5, day: 31)))],
            proposedSplit: try PaymentSplit(parsing: "BEV=60,VOK=20,FAM=20"), reason: "Behov for tæt støtte",
            submitted: try Day(year: 2026, month: 10, day: 1), status: .onAgenda)
    }

    static func context(_ user: User, at second: Int64 = 1_795_000_000) throws -> CommandContext {
        CommandContext(user: user, at: Timestamp(secondsSinceEpoch: second), today: try Day(year: 2026, month: 11, day: 25))
    }

    /// Opens the forum's meeting of 25.11.2026, the chair presiding, with the chiefs of BEV and VOK
    /// taking part: the forum's requests are decided only in an open meeting (DOMAIN §10). The
    /// opening is the trail's first event when called first.
    func openMeeting() async throws {
        let day = try Day(year: 2026, month: 11, day: 25)
        _ = try await repository.openMeeting(date: day, participants: ["bevchef", "vokchef"],
                                             agenda: try await repository.draftAgenda(date: day), context: try Self.context(Self.chair))
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
