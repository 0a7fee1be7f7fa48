import Foundation
import ForumCore
import GRDB
import PostgresNIO
import Testing
@testable import ForumPostgres
@testable import ForumSQLite
@testable import ForumStore

/// The implementations of `ForumRepository` the contract suite runs against. Adding a backend
/// or moving one (SQLite into ForumSQLite) is a change to this file only.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case inMemory
    case sqlite
    /// On the server of `TestServer`, in a schema per test case; only where that server is (or
    /// must be) given.
    case postgres

    static var allCases: [Backend] { TestServer.enabled ? [.inMemory, .sqlite, .postgres] : [.inMemory, .sqlite] }

    var testDescription: String { rawValue }

    /// A fresh repository holding `ContractMunicipality`.
    func make() async throws -> ContractSubject {
        switch self {
        case .inMemory:
            let repository = InMemoryRepository(
                settings: ContractMunicipality.settings, sectors: ContractMunicipality.sectors,
                subAreas: ContractMunicipality.subAreas, laws: ContractMunicipality.laws, users: ContractMunicipality.users,
                requests: ContractMunicipality.requests, offers: ContractMunicipality.offers,
                waitingList: ContractMunicipality.waiting, budgets: ContractMunicipality.budgets,
                profiles: ContractMunicipality.profiles, postings: ContractMunicipality.postings,
                caseSpending: ContractMunicipality.caseSpending,
                previousCaseSpending: ContractMunicipality.previousCaseSpending, lastPostingDay: ContractMunicipality.lastPostingDay)
            // The in-memory repository keeps no audit trail: the suite skips those checks for it.
            return ContractSubject(repository: repository, auditActions: { nil }, verifyAudit: { nil }, remove: {})
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-contract-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let database = try ForumDatabase(path: directory.appendingPathComponent("forum.sqlite").path)
            try await database.pool.write(SQLiteMunicipality.write)
            return ContractSubject(
                repository: SQLiteRepository(database: database),
                auditActions: { try await database.auditEvents(AuditFilter()).map(\.action) },
                verifyAudit: { try await database.verifyAudit() },
                remove: { try? FileManager.default.removeItem(at: directory) })
        case .postgres:
            let address = try await TestServer.freshSchema()
            let database = try await PostgresDatabase.open(address)
            try await database.write(PostgresMunicipality.write)
            return ContractSubject(
                repository: PostgresRepository(database: database),
                auditActions: { try await database.auditEvents(AuditFilter()).map(\.action) },
                verifyAudit: { try await database.verifyAudit() },
                remove: { TestServer.drop(address) })
        }
    }
}

/// One backend under test: its repository, its audit trail (newest first; nil when it keeps
/// none), the trail's verdict on the stored state, and how to throw it away.
struct ContractSubject: Sendable {
    let repository: any ForumRepository
    let auditActions: @Sendable () async throws -> [String]?
    let verifyAudit: @Sendable () async throws -> AuditVerification?
    let remove: @Sendable () -> Void
}

/// Writes `ContractMunicipality` into SQLite through the store's own writers, as the import and
/// the demo builder do.
enum SQLiteMunicipality {
    struct CaseIDMismatch: Error {}

    static func write(_ db: Database) throws {
        let m = ContractMunicipality.self
        try StoreWriters.saveSettings(db, m.settings, isDemo: false)
        for sector in m.sectors { try StoreWriters.insertSector(db, sector) }
        var subAreaIDs: [String: Int64] = [:]
        for subArea in m.subAreas { subAreaIDs[subArea.code] = try StoreWriters.insertSubArea(db, subArea) }
        for law in m.laws { try StoreWriters.insertLaw(db, law) }
        for user in m.users { try StoreWriters.insertUser(db, user) }
        var personIDs: [CaseID: Int64] = [:]
        for pseudonym in m.pseudonyms {
            let person = try Persons.ensure(db, pseudonym: pseudonym)
            personIDs[person.caseID] = person.id
        }
        func person(_ caseID: CaseID) throws -> Int64 {
            guard let id = personIDs[caseID] else { throw CaseIDMismatch() }
            return id
        }
        for (code, amount) in m.budgets {
            guard let id = subAreaIDs[code] else { continue }
            try StoreWriters.setBudget(db, year: m.settings.budgetYear, subAreaID: id, amount: amount, profile: m.profiles[code])
        }
        for (code, months) in m.postings {
            for (index, amount) in months.enumerated() where !amount.isZero {
                try db.execute(sql: "INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?)",
                               arguments: [m.settings.budgetYear, index + 1, subAreaIDs[code], amount.ore])
            }
        }
        try db.execute(sql: """
            INSERT INTO import_batch (kind, file_name, fingerprint, imported_at, imported_by, lines, first_day, last_day)
            VALUES ('postings', 'postings.csv', '', 0, 'okonom', 0, '2026-01-02', ?)
            """, arguments: [m.lastPostingDay.description])
        for (caseID, sectors) in m.caseSpending {
            for (sector, months) in sectors {
                let subArea = m.subAreas.first { $0.sector == sector }.flatMap { subAreaIDs[$0.code] }
                for (index, amount) in months.enumerated() where !amount.isZero {
                    try db.execute(sql: """
                        INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [try person(caseID), m.settings.budgetYear, index + 1, subArea, amount.ore])
                }
            }
        }
        for (caseID, sectors) in m.previousCaseSpending {
            for (sector, months) in sectors {
                let subArea = m.subAreas.first { $0.sector == sector }.flatMap { subAreaIDs[$0.code] }
                for (index, amount) in months.enumerated() where !amount.isZero {
                    try db.execute(sql: """
                        INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [try person(caseID), m.settings.budgetYear - 1, index + 1, subArea, amount.ore])
                }
            }
        }
        for offer in m.offers {
            try StoreWriters.insertOffer(db, offer)
            for placement in offer.placements {
                let id = try PlacementTable.insert(db, placement, personID: try person(placement.caseID),
                                                   budgetYear: m.settings.budgetYear, in: nil)
                guard id == placement.id else { throw CaseIDMismatch() }
            }
        }
        for entry in m.waiting {
            try StoreWriters.insertWaitingEntry(db, offer: entry.offer, personID: try person(entry.caseID),
                                                crossSector: entry.crossSector, priority: entry.priority, since: entry.since,
                                                note: entry.note)
        }
        for request in m.requests { try StoreWriters.insertRequest(db, request, personID: try person(request.caseID)) }
    }
}

/// Writes `ContractMunicipality` into PostgreSQL through the backend's own writers, as
/// `SQLiteMunicipality` does into SQLite.
enum PostgresMunicipality {
    static func write(_ connection: PostgresConnection) async throws {
        let m = ContractMunicipality.self
        let year = m.settings.budgetYear
        try await PostgresWriters.saveSettings(connection, m.settings, isDemo: false)
        for sector in m.sectors { try await PostgresWriters.upsertSector(connection, sector) }
        var subAreaIDs: [String: Int64] = [:]
        for subArea in m.subAreas { subAreaIDs[subArea.code] = try await PostgresWriters.upsertSubArea(connection, subArea) }
        for law in m.laws { try await PostgresWriters.upsertLaw(connection, law) }
        for user in m.users { try await PostgresWriters.upsertUser(connection, user) }
        var personIDs: [CaseID: Int64] = [:]
        for pseudonym in m.pseudonyms {
            let person = try await PostgresWriters.ensurePerson(connection, pseudonym: pseudonym)
            personIDs[person.caseID] = person.id
        }
        func person(_ caseID: CaseID) throws -> Int64 {
            guard let id = personIDs[caseID] else { throw SQLiteMunicipality.CaseIDMismatch() }
            return id
        }
        for (code, amount) in m.budgets {
            guard let id = subAreaIDs[code] else { continue }
            try await PostgresWriters.setBudget(connection, year: year, subAreaID: id, amount: amount, profile: m.profiles[code])
        }
        for (code, months) in m.postings {
            for (index, amount) in months.enumerated() where !amount.isZero {
                try await connection.execute("""
                    INSERT INTO monthly_actual (year, month, sub_area_id, amount_ore)
                    VALUES (\(year), \(index + 1), \(subAreaIDs[code]), \(amount.ore))
                    """)
            }
        }
        try await connection.execute("""
            INSERT INTO import_batch (kind, file_name, fingerprint, imported_at, imported_by, lines, first_day, last_day)
            VALUES ('postings', 'postings.csv', '', 0, 'okonom', 0, '2026-01-02', \(m.lastPostingDay.description))
            """)
        for (caseID, sectors) in m.caseSpending {
            for (sector, months) in sectors {
                let subArea = m.subAreas.first { $0.sector == sector }.flatMap { subAreaIDs[$0.code] }
                for (index, amount) in months.enumerated() where !amount.isZero {
                    try await connection.execute("""
                        INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore)
                        VALUES (\(try person(caseID)), \(year), \(index + 1), \(subArea), \(amount.ore))
                        """)
                }
            }
        }
        for (caseID, sectors) in m.previousCaseSpending {
            for (sector, months) in sectors {
                let subArea = m.subAreas.first { $0.sector == sector }.flatMap { subAreaIDs[$0.code] }
                for (index, amount) in months.enumerated() where !amount.isZero {
                    try await connection.execute("""
                        INSERT INTO monthly_case (person_id, year, month, sub_area_id, amount_ore)
                        VALUES (\(try person(caseID)), \(year - 1), \(index + 1), \(subArea), \(amount.ore))
                        """)
                }
            }
        }
        for offer in m.offers {
            try await PostgresWriters.insertOffer(connection, offer)
            for placement in offer.placements {
                let id = try await PostgresPlacements.insert(connection, placement, personID: try person(placement.caseID),
                                                             budgetYear: year, in: nil)
                guard id == placement.id else { throw SQLiteMunicipality.CaseIDMismatch() }
            }
        }
        for entry in m.waiting {
            try await PostgresWriters.insertWaitingEntry(connection, offer: entry.offer, personID: try person(entry.caseID),
                                                         crossSector: entry.crossSector, priority: entry.priority,
                                                         since: entry.since, note: entry.note)
        }
        for request in m.requests {
            try await PostgresWriters.insertRequest(connection, request, personID: try person(request.caseID))
        }
    }
}
