import ForumCore
import Foundation
import Testing
@testable import ForumPostgres
@testable import ForumSQLite
@testable import ForumStore

@Suite("Moving an SQLite database to PostgreSQL", .enabled(if: TestServer.enabled))
struct PostgresMigrateTests {
    typealias M = ContractMunicipality

    @Test("Every row moves as it is: the same reads, the same audit chain plus the move, and the copy goes on working")
    func wholeDatabase() async throws {
        let directory = TemporaryDirectory()
        let sqlite = try SQLiteBackend(path: directory.path + "/forum.sqlite")
        try await sqlite.database.pool.write(SQLiteMunicipality.write)
        let repository = sqlite.repository
        // A meeting with a free item in which IND-2 is decided, closed with its minutes.
        _ = try await repository.addFreeItem(title: "Efterværn", text: "Principper", context: ContractMeetingTests.context(M.chair, inMeeting: false))
        let meeting = try await ContractMeetingTests.open(repository)
        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: M.assensSplit),
                                        context: ContractMeetingTests.context(M.chiefBEV))
        _ = try await repository.closeMeeting(meeting.id, context: ContractMeetingTests.context(M.chair, at: 1_795_007_200))
        _ = try await repository.writeDeviationNote(
            DeviationNote(sector: "VOK", month: try Month(year: 2026, month: 10), explanation: "Flere\tanbringelser\\n",
                          actionPlan: "Plan\nto linjer", owner: "Økonomi"),
            context: ContractSubject.context(M.economist))
        let postings = directory.file("postings.csv", "bogføringsdato;konto;beløb;cpr;tekst\n"
                                      + "05-01-2026;5.38.52.1;100,00;010190-2006;x\n12-02-2026;5.68.90.1;-25,50;;y\n")
        _ = try await sqlite.importFile(.postings, from: ImportSource(path: postings), key: testKey,
                                        context: ContractSubject.context(M.economist))

        let address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        let postgres = PostgresBackend(database: try await PostgresDatabase.open(address), url: "postgres://test")
        let moved = try await postgres.importRows(from: sqlite, describedAs: "forum.sqlite", context: ContractSubject.context(M.admin))
        #expect(moved > 40)

        let copy = postgres.repository
        #expect(try await copy.users() == repository.users())
        #expect(try await copy.requests() == repository.requests())
        #expect(try await copy.history(of: "IND-2") == repository.history(of: "IND-2"))
        #expect(try await copy.offers() == repository.offers())
        #expect(try await copy.waitingLists() == repository.waitingLists())
        #expect(try await copy.budget(year: 2026) == repository.budget(year: 2026))
        #expect(try await copy.deviationNotes(year: 2026) == repository.deviationNotes(year: 2026))
        #expect(try await copy.meetings() == repository.meetings())
        #expect(try await copy.minutes(meeting.id) == repository.minutes(meeting.id))
        #expect(try await copy.freeItems() == repository.freeItems())
        #expect(try await copy.agendaPlan() == repository.agendaPlan())
        let events = try await sqlite.auditEvents(AuditFilter(limit: 1_000))
        #expect(try await postgres.auditEvents(AuditFilter(limit: 1_000)).dropFirst().map { $0 } == events)
        #expect(try await postgres.verifyAudit() == .intact(events: Int64(events.count + 1)))

        // The database's own ids go on after the copied ones, in the next meeting.
        let next = M.day(2026, 12, 9)
        _ = try await copy.openMeeting(date: next, participants: ["bevchef"], agenda: try await copy.draftAgenda(date: next),
                                       context: ContractSubject.context(M.chair, meeting: nil))
        let decided = try await copy.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                            context: ContractSubject.context(M.chair, meeting: MeetingID(date: next).rawValue))
        #expect(decided.status == .approved)
        await #expect(throws: StoreError.notEmpty(postgres.location.description)) {
            try await postgres.importRows(from: sqlite, describedAs: "forum.sqlite", context: ContractSubject.context(M.admin))
        }
    }
}
