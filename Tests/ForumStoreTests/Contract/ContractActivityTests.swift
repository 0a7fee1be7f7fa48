import ForumCore
import Testing

/// Activity per sub-area (DOMAIN §13): where each case is counted, the same on every backend.
@Suite("Repository contract: activity")
struct ContractActivityTests {
    typealias M = ContractMunicipality

    @Test("Each case's sub-area per sector is where its spend is largest; activity counts grants and places there",
          arguments: Backend.allCases)
    func activity(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        #expect(try await repository.caseSubAreas() == [
            CaseSubArea(caseID: M.caseA, sector: "BEV", subArea: "5.68.90"),
            CaseSubArea(caseID: M.caseA, sector: "FAM", subArea: "5.28.23"),
            CaseSubArea(caseID: M.caseA, sector: "VOK", subArea: "5.38.52"),
            CaseSubArea(caseID: M.caseB, sector: "VOK", subArea: "5.38.52"),
        ])
        // IND-3 (case B, VOK) on Botilbud from November; Skovly's two places (cases D and E have no
        // spend) on VOK itself; case A's hours paid by FAM on Familiebehandling.
        let activity = try await repository.activity(year: 2026, through: 12)
        #expect(activity.keys.sorted() == ["5.28.23", "5.38.52", "VOK"])
        #expect(activity["5.38.52"]?.suffix(2).map(\.active) == [1, 1])
        #expect(activity["VOK"]?.map(\.inflow) == Array(repeating: 0, count: 10) + [2, 0])
        #expect(activity["5.28.23"]?.prefix(10).allSatisfy { $0.active == 0 } == true)
    }
}
