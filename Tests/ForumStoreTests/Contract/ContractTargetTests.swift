import ForumCore
import Testing

/// Efficiency targets (DOMAIN §13): set over a version by the economist or the administrator,
/// audited, each refusal; and the rows the realised saving is estimated from.
@Suite("Repository contract: efficiency targets")
struct ContractTargetTests {
    typealias M = ContractMunicipality

    static let equalThirds = (try? EfficiencyTarget.equalShares(["BEV", "FAM", "VOK"])) ?? .single("VOK")
    static let target = (try? EfficiencyTarget(year: 2026, amount: Money(kroner: 490_000), split: equalThirds, note: "Budgetaftale"))
        ?? (try? EfficiencyTarget(year: 2026, amount: Money(ore: 1), split: .single("VOK")))

    @Test("A target is set over a version by the economist or the administrator; others are refused", arguments: Backend.allCases)
    func set(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let target = try #require(Self.target)
        #expect(try await repository.targets() == [])
        let stored = try await subject.expectChange {
            try await $0.setTarget(target, expectedVersion: 0, context: ContractSubject.context(M.economist))
        }
        var expected = target
        expected.author = "Øjvind Økonom"
        expected.at = M.now
        expected.version = 1
        #expect(stored == expected)
        #expect(try await repository.targets() == [expected])
        #expect(stored.allocation.map(\.amount) == [Money(kroner: 163_333, ore: 34), Money(kroner: 163_333, ore: 33),
                                                     Money(kroner: 163_333, ore: 33)])

        try await subject.expectRefusal(.conflict(by: "Øjvind Økonom", at: M.now)) {
            _ = try await $0.setTarget(target, expectedVersion: 0, context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.denied(Strings.onlyEconomistOrAdministratorSetsTarget)) {
            _ = try await $0.setTarget(target, expectedVersion: 1, context: ContractSubject.context(M.chiefVOK))
        }
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            var elsewhere = target
            elsewhere.split = .single("XYZ")
            _ = try await $0.setTarget(elsewhere, expectedVersion: 1, context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.invalid(Strings.cprInText(Strings.fieldTargetNote))) {
            var named = target
            named.note = "Sag 010190-1234"
            _ = try await $0.setTarget(named, expectedVersion: 1, context: ContractSubject.context(M.economist))
        }
        var vokOnly = target
        vokOnly.split = .single("VOK")
        let changed = try await repository.setTarget(vokOnly, expectedVersion: 1, context: ContractSubject.context(M.admin))
        #expect(changed.version == 2)
        #expect(changed.author == "Ada Admin")
        #expect(try await repository.targets().map(\.split) == [.single("VOK")])
        try await subject.expectAudit(["target.set", "target.set"])
    }

    @Test("The saving estimate: the same cases' spend the year before less their spend and commitments this year",
          arguments: Backend.allCases)
    func report(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let target = try #require(Self.target)
        _ = try await repository.setTarget(target, expectedVersion: 0, context: ContractSubject.context(M.economist))
        let report = try #require(try await repository.targetReport(year: 2026))
        #expect(report.month == 10)
        #expect(report.through == M.lastPostingDay)
        let vok = try #require(report.sectors.first { $0.sector == "VOK" })
        // Case B: 150.000 kr. in 2025; 9.000 kr. in October; IND-3 commits 37.500 kr. in November
        // and December. Skovly's places (cases D and E) are new this year: not the same cases.
        #expect(vok.realised == SavingEstimate(cases: 1, previousYear: Money(kroner: 150_000), actualToDate: Money(kroner: 9_000),
                                               forecastRest: Money(kroner: 75_000)))
        #expect(vok.realised.saving == Money(kroner: 66_000))
        // 163.333,33 × 10/12 = 136.111,11 by the end of October: behind.
        #expect(vok.proRata == Money(kroner: 136_111, ore: 11))
        #expect(vok.isBehind)
        let bev = try #require(report.sectors.first { $0.sector == "BEV" })
        #expect(bev.realised.saving == Money(kroner: 2_000))
        #expect(try await repository.targetReport(year: 2027) == nil)
    }
}
