import ForumCore
import Testing

/// Every read of `ForumRepository`, the same on every backend.
@Suite("Repository contract: reads")
struct ContractReadTests {
    typealias M = ContractMunicipality

    @Test("Settings, periodisation included, and the organisation ordered by code", arguments: Backend.allCases)
    func organisation(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        #expect(try await repository.settings() == M.settings)
        #expect(try await repository.sectors() == M.sectors.sorted { $0.code < $1.code })
        #expect(try await repository.subAreas() == M.subAreas.sorted { $0.code < $1.code })
        #expect(try await repository.laws() == M.laws.sorted { $0.code < $1.code })
        #expect(try await repository.users() == M.users.sorted { $0.login < $1.login })
        #expect(try await repository.user(login: "vokleder") == M.leaderVOK)
        #expect(try await repository.user(login: "ukendt") == nil)
    }

    @Test("Requests ordered by id, each read whole, with history and commitments", arguments: Backend.allCases)
    func requests(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let requests = try await repository.requests()
        #expect(requests.map(\.id) == ["IND-1", "IND-2", "IND-3"])
        #expect(requests == M.requests.sorted { $0.id < $1.id })
        #expect(try await repository.request("IND-2") == M.requests[2])
        #expect(try await repository.history(of: "IND-1") == [
            RequestEvent(kind: .submitted, day: M.day(2026, 10, 1), actor: "Sara Sagsbehandler"),
        ])
        #expect(try await repository.history(of: "IND-3").map(\.kind) == [.submitted, .decided])
        #expect(try await repository.commitments(of: "IND-1").lines.isEmpty)
        let approved = try await repository.commitments(of: "IND-3")
        #expect(approved == CommitmentSchedule(amount: M.requests[0].amount, split: .single("VOK")))
        await #expect(throws: RepositoryError.requestNotFound("IND-9")) { try await repository.request("IND-9") }
        await #expect(throws: RepositoryError.requestNotFound("IND-9")) { try await repository.history(of: "IND-9") }
        await #expect(throws: RepositoryError.requestNotFound("IND-9")) { try await repository.commitments(of: "IND-9") }
    }

    @Test("A case's spend per sector and month; nothing for another year or case", arguments: Backend.allCases)
    func caseSpending(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        #expect(try await repository.caseSpending(M.caseA, year: 2026) == M.caseSpending[M.caseA])
        #expect(try await repository.caseSpending(M.caseA, year: 2025) == M.previousCaseSpending[M.caseA])
        #expect(try await repository.caseSpending(M.caseA, year: 2024).isEmpty)
        #expect(try await repository.caseSpending(M.caseC, year: 2026).isEmpty)
    }

    @Test("A cross-sector family's draw counts its spend per sector from the month it entered the solution",
          arguments: Backend.allCases)
    func familyDraws(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        // Case A entered with IND-2 in October: BEV's and FAM's spend from October counts, VOK's
        // March spend does not (so VOK is not among its sectors); case B has no cross-sector request.
        #expect(try await repository.familyDraws(year: 2026) == [
            FamilyDraw(caseID: M.caseA, since: M.month(2026, 10), bySector: ["BEV": Money(kroner: 7_000), "FAM": Money(kroner: 3_000)]),
        ])
        #expect(try await repository.familyDraws(year: 2025).isEmpty)
    }

    @Test("Budget figures: sums per sector, periodised per sub-area, commitments, last posted month", arguments: Backend.allCases)
    func budget(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let budget = try await subject.repository.budget(year: 2026)
        #expect(budget.year == 2026)
        #expect(budget.lastPostedMonth == 10)
        #expect(Set(budget.sectors.keys) == ["BEV", "BUF", "FAM", "VOK"])
        #expect(Set(budget.subAreas.keys) == ["5.68.90", "5.38.52", "5.28.23"])
        let bev = try #require(budget.sectors["BEV"])
        #expect(bev.budget == Money(kroner: 12_000_000))
        #expect(bev.actual[9] == Money(kroner: 1_000_000))
        // Mentor has no profile of its own: the settings' profile, 5 + 5 of 100 by February.
        #expect(bev.expected[1] == Money(kroner: 1_200_000))
        let vok = try #require(budget.sectors["VOK"])
        // Botilbud's own profile: 10 + 10 of 100 by February.
        #expect(vok.expected[1] == Money(kroner: 6_000_000))
        #expect(vok.expected[11] == Money(kroner: 30_000_000))
        // IND-3: 37.500 kr a month on VOK in November and December, and Skovly's two placements 45.000 kr each.
        #expect(vok.commitments[9] == .zero)
        #expect(vok.commitments[10] == Money(kroner: 37_500 + 2 * 45_000))
        #expect(vok.commitments[11] == Money(kroner: 37_500 + 2 * 45_000))
        // Aflastning's 6 hours at 600 kr, paid by FAM.
        #expect(budget.sectors["FAM"]?.commitments[10] == Money(kroner: 3_600))
        #expect(budget.sectors["BUF"] == BudgetFigures(budget: .zero))
        #expect(budget.subAreas["5.28.23"]?.budget == .zero)
        let other = try await subject.repository.budget(year: 2027)
        #expect(other.lastPostedMonth == nil)
        #expect(other.sectors["VOK"]?.budget == .zero)
        #expect(other.sectors["VOK"]?.commitments[0] == Money(kroner: 37_500))
        #expect(other.sectors["FAM"]?.commitments[0] == Money(kroner: 3_600))
    }

    @Test("Offers ordered by id; a waiting list by band, then longest waiting", arguments: Backend.allCases)
    func offers(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        #expect(try await repository.offers() == M.offers.sorted { $0.id < $1.id })
        #expect(try await repository.waitingList("BO-1") == [M.waiting[1], M.waiting[2], M.waiting[0]])
        #expect(try await repository.waitingList("AT-1").isEmpty)
        #expect(try await repository.waitingLists() == [M.waiting[1], M.waiting[2], M.waiting[0]])
        await #expect(throws: RepositoryError.offerNotFound("XX-1")) { try await repository.waitingList("XX-1") }
        #expect(try await repository.deviationNotes(year: 2026).isEmpty)
    }
}
