import ForumCore
import Testing

/// The youth list and its settings (DOMAIN §12): effects, audit, each refusal, and T leaving the
/// receiving sector's forecast when an adult grant is approved.
@Suite("Repository contract: transitions from the children's area")
struct ContractTransitionTests {
    typealias M = ContractMunicipality

    /// Case A, 18 on 1.5.2026, expected to move to VOK on 1.11.2026 with ⅓ of 600.000 kr a year.
    static let youth = Youth(caseID: M.caseA, birthDate: M.day(2008, 5, 1), childrenSector: "BUF", receivingSector: "VOK",
                             transitionDate: M.day(2026, 11, 1), colour: .red, probability: (try? Probability(parsing: "1/3")) ?? .one,
                             expectedMeasure: "Bostøtte", law: "SEL85", annualCost: Money(kroner: 600_000),
                             lastDiscussed: M.day(2026, 9, 1))

    static func transitionRest(_ repository: any ForumRepository) async throws -> Money? {
        try await repository.budget(year: 2026).sectors["VOK"].map { BudgetBurn($0, month: 10).transitionRest }
    }

    @Test("A youth is set over a version by the economist or a sector's chief; an adult grant ends its T",
          arguments: Backend.allCases)
    func youthRecord(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let economist = ContractSubject.context(M.economist)
        let stored = try await subject.expectChange { try await $0.setYouth(Self.youth, expectedVersion: 0, context: economist) }
        var expected = Self.youth
        expected.author = "Øjvind Økonom"
        expected.at = M.now
        expected.version = 1
        #expect(stored == expected)
        #expect(try await repository.youths() == [expected])
        // November and December at ⅓ of 50.000 kr: 33.333,333… → 33.333,33 kr.
        #expect(try await Self.transitionRest(repository) == Money(kroner: 33_333, ore: 33))

        try await subject.expectRefusal(.conflict(by: "Øjvind Økonom", at: M.now)) {
            _ = try await $0.setYouth(Self.youth, expectedVersion: 0, context: economist)
        }
        let yellow = {
            var changed = Self.youth
            changed.colour = .yellow
            return changed
        }()
        let edited = try await repository.setYouth(yellow, expectedVersion: 1, context: ContractSubject.context(M.chiefVOK))
        #expect(edited.version == 2)
        #expect(edited.author == "Vera Voksen")

        try await subject.expectRefusal(.denied(Strings.onlyEconomistOrChiefsEditYouth("BUF", "VOK"))) {
            _ = try await $0.setYouth(yellow, expectedVersion: 2, context: ContractSubject.context(M.chiefBEV))
        }
        try await subject.expectRefusal(.caseNotFound("P-0000000000")) {
            var unknown = Self.youth
            unknown.caseID = "P-0000000000"
            _ = try await $0.setYouth(unknown, expectedVersion: 0, context: economist)
        }
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            var moved = yellow
            moved.receivingSector = "XYZ"
            _ = try await $0.setYouth(moved, expectedVersion: 2, context: economist)
        }
        let early = M.day(2026, 4, 30)
        try await subject.expectRefusal(.invalid(YouthError.transitionOutsideAges(early, from: M.day(2026, 5, 1),
                                                                                  through: M.day(2031, 5, 1)).phrase)) {
            var tooEarly = yellow
            tooEarly.transitionDate = early
            _ = try await $0.setYouth(tooEarly, expectedVersion: 2, context: economist)
        }

        // A manual forecast for VOK keeps the T it was set against.
        let manual = try await repository.setForecast("VOK", month: M.month(2026, 10),
                                                      forecast: ManualForecast(amount: Money(kroner: 31_000_000), note: "Skøn"),
                                                      expectedVersion: 0, context: economist)
        #expect(manual?.transitionRest == Money(kroner: 33_333, ore: 33))

        // IND-2 pays VOK a share: approving it is the adult grant, and the youth's T is gone. The
        // manual forecast moves by VOK's new commitments (20 % of 37.500 kr. in November and
        // December: 15.000 kr.) less the T it no longer expects: 15.000 − 33.333,33 = −18.333,33.
        try await subject.openMeeting()
        _ = try await repository.decide("IND-2", expectedVersion: 1, decision: Decision(kind: .approve, split: M.assensSplit),
                                        context: ContractSubject.context(M.chair))
        #expect(try await Self.transitionRest(repository) == .zero)
        let burn = try #require(try await repository.budget(year: 2026).sectors["VOK"].map { BudgetBurn($0, month: 10) })
        #expect(burn.manualMovement == Money(kroner: -18_333, ore: 33))
        try await subject.expectAudit(["request.approve", "meeting.open", "forecast.set", "youth.set", "youth.set"])
    }

    @Test("The transition settings are the administrator's, with ages in range", arguments: Backend.allCases)
    func settings(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        #expect(try await subject.repository.transitionSettings() == .standard)
        let settings = TransitionSettings(entryAgeMonths: 15 * 12, handoverAgeMonths: 17 * 12 + 6,
                                          netOtherInflow: ["VOK": Money(kroner: 250_000)])
        let stored = try await subject.expectChange {
            try await $0.setTransitionSettings(settings, context: ContractSubject.context(M.admin))
        }
        #expect(stored == settings)
        #expect(try await subject.repository.transitionSettings() == settings)
        try await subject.expectRefusal(.denied(Strings.onlyAdministrator)) {
            _ = try await $0.setTransitionSettings(settings, context: ContractSubject.context(M.economist))
        }
        try await subject.expectRefusal(.invalid(YouthError.entryAfterHandover.phrase)) {
            _ = try await $0.setTransitionSettings(TransitionSettings(entryAgeMonths: 18 * 12, handoverAgeMonths: 17 * 12),
                                                   context: ContractSubject.context(M.admin))
        }
        try await subject.expectAudit(["transition.settings"])
    }
}
