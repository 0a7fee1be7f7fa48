import ForumCore
import Testing

/// Manual forecasts, deviation notes and users: effects, audit, each refusal.
@Suite("Repository contract: forecasts, deviation notes, users")
struct ContractEconomyUserTests {
    typealias M = ContractMunicipality
    static let october = ContractMunicipality.month(2026, 10)

    @Test("A manual forecast is set over a version, moves with a later grant, and is cleared", arguments: Backend.allCases)
    func forecast(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let economist = ContractSubject.context(M.economist)
        let forecast = ManualForecast(amount: Money(kroner: 11_000_000), note: "Aftale med forvaltningen")
        let stored = try #require(try await subject.expectChange {
            try await $0.setForecast("BEV", month: Self.october, forecast: forecast, expectedVersion: 0, context: economist)
        })
        // BEV has no commitments and no youths yet: the committed rest and T it was set against are zero.
        #expect(stored == ManualForecast(amount: Money(kroner: 11_000_000), note: "Aftale med forvaltningen",
                                         author: "Øjvind Økonom", at: M.now, committedRest: .zero, transitionRest: .zero, version: 1))
        #expect(try await repository.budget(year: 2026).sectors["BEV"]?.manualForecasts == [10: stored])
        #expect(try await repository.budget(year: 2027).sectors["BEV"]?.manualForecasts.isEmpty == true)

        // A grant decided after the forecast moves it: IND-1 commits 37.500 kr in November and December.
        try await subject.openMeeting()
        _ = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                        context: ContractSubject.context(M.chair))
        let burn = BudgetBurn(try #require(try await repository.budget(year: 2026).sectors["BEV"]), month: 10)
        #expect(burn.manualMovement == Money(kroner: 75_000))
        #expect(burn.forecast == Money(kroner: 11_075_000))

        try await subject.expectRefusal(.conflict(by: "Øjvind Økonom", at: M.now)) {
            _ = try await $0.setForecast("BEV", month: Self.october, forecast: forecast, expectedVersion: 0, context: economist)
        }
        let second = try await repository.setForecast("BEV", month: Self.october, forecast: forecast, expectedVersion: 1,
                                                      context: economist)
        #expect(second?.version == 2)
        #expect(second?.committedRest == Money(kroner: 75_000))
        let cleared = try await subject.expectChange {
            try await $0.setForecast("BEV", month: Self.october, forecast: nil, expectedVersion: 2, context: economist)
        }
        #expect(cleared == nil)
        #expect(try await repository.budget(year: 2026).sectors["BEV"]?.manualForecasts.isEmpty == true)
        try await subject.expectAudit(["forecast.clear", "forecast.set", "request.approve", "meeting.open", "forecast.set"])

        try await subject.expectRefusal(.invalid(Strings.noForecastToClear("BEV", "2026-10"))) {
            _ = try await $0.setForecast("BEV", month: Self.october, forecast: nil, expectedVersion: 0, context: economist)
        }
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            _ = try await $0.setForecast("XYZ", month: Self.october, forecast: forecast, expectedVersion: 0, context: economist)
        }
        try await subject.expectRefusal(.denied(Strings.onlyEconomistSetsForecast)) {
            _ = try await $0.setForecast("BEV", month: Self.october, forecast: forecast, expectedVersion: 0,
                                         context: ContractSubject.context(M.chiefBEV))
        }
        try await subject.expectRefusal(.invalid(Strings.forecastNeedsNote)) {
            _ = try await $0.setForecast("BEV", month: Self.october, forecast: ManualForecast(amount: .zero, note: " "),
                                         expectedVersion: 0, context: economist)
        }
        try await subject.expectRefusal(.invalid(Strings.forecastOutsideBudgetYear("2027-01", 2026))) {
            _ = try await $0.setForecast("BEV", month: M.month(2027, 1), forecast: forecast, expectedVersion: 0, context: economist)
        }
    }

    @Test("The budget rows name the last posting day; stepping back a month drops what was decided after it",
          arguments: Backend.allCases)
    func asItStood(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        // Decided on 25.11.2026: known in November, not at the end of October.
        try await subject.openMeeting()
        _ = try await repository.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .approve, split: .single("BEV")),
                                        context: ContractSubject.context(M.chair))
        let rows = try await repository.budgetRows(year: 2026)
        #expect(rows.lastPostingDay == M.lastPostingDay)
        #expect(BudgetAggregation.snapshot(rows).through(month: 10) == M.lastPostingDay)
        let now = try #require(BudgetAggregation.snapshot(rows).sectors["BEV"])
        let october = try #require(BudgetAggregation.snapshot(rows, asOf: Self.october).sectors["BEV"])
        #expect(now.commitments[10] == Money(kroner: 37_500))
        #expect(october.commitments[10] == .zero)
        let bridge = try #require(ForecastBridge.of(rows, sector: "BEV", month: 11))
        // December's 37.500 kr, less what November's 37.500 kr takes off the run rate: 37.500 ÷ 11 × 1 = 3.409,09.
        #expect(bridge.amount(.newGrants) == Money(kroner: 34_090, ore: 91))
        #expect(Money.sum(bridge.lines.map(\.amount)) == bridge.forecast - bridge.previousForecast)

        // Undone the same month: it never stood at the end of any month.
        _ = try await repository.undoDecision("IND-1", expectedVersion: 2, context: ContractSubject.context(M.chair))
        let undone = try await repository.budgetRows(year: 2026)
        #expect(undone.commitments.allSatisfy { $0.sector != "BEV" })
    }

    @Test("Largest commitments of a sector: grants and placements, by what they commit for the year",
          arguments: Backend.allCases)
    func largestCommitments(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        // Skovly's two places since November: 2 × 45.000 each; IND-3: November and December, 2 × 37.500.
        let largest = try await subject.repository.largestCommitments(sector: "VOK", year: 2026, limit: 5)
        #expect(largest.map(\.source) == [.placement, .placement, .grant])
        #expect(largest.map(\.caseID) == [M.caseD, M.caseE, M.caseB])
        #expect(largest.map(\.year) == [Money(kroner: 90_000), Money(kroner: 90_000), Money(kroner: 75_000)])
        #expect(largest[2].reference == "IND-3")
        #expect(largest[2].monthly == Money(kroner: 37_500))
        #expect(largest[2].rest(after: 11) == Money(kroner: 37_500))
        #expect(try await subject.repository.largestCommitments(sector: "VOK", year: 2026, limit: 1).count == 1)
    }

    @Test("Deviation notes: written, versioned, read back in order; each refusal", arguments: Backend.allCases)
    func deviationNotes(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let note = DeviationNote(sector: "VOK", month: Self.october, explanation: "Flere anbringelser",
                                 actionPlan: "Visitation strammes", owner: "Vera", status: .explained)
        let chiefVOK = ContractSubject.context(M.chiefVOK)
        let stored = try await subject.expectChange { try await $0.writeDeviationNote(note, context: chiefVOK) }
        #expect(stored.version == 1)
        #expect(stored.author == "Vera Voksen")
        #expect(stored.at == chiefVOK.at)
        var earlier = note
        earlier.sector = "BEV"
        earlier.month = M.month(2026, 9)
        let other = try await repository.writeDeviationNote(earlier, context: ContractSubject.context(M.economist))
        var september = note
        september.month = M.month(2026, 9)
        let vokSeptember = try await repository.writeDeviationNote(september, context: chiefVOK)
        #expect(try await repository.deviationNotes(year: 2026) == [other, vokSeptember, stored])
        #expect(try await repository.deviationNotes(year: 2025).isEmpty)
        var edit = stored
        edit.explanation = "Flere anbringelser end budgetteret"
        let edited = try await repository.writeDeviationNote(edit, context: ContractSubject.context(M.economist))
        #expect(edited.version == 2)
        #expect(edited.author == "Øjvind Økonom")
        #expect(try await repository.deviationNotes(year: 2026).last?.status == .explained)
        var acted = edited
        acted.status = .actedOn
        #expect(try await repository.writeDeviationNote(acted, context: chiefVOK).status == .actedOn)
        var blank = acted
        blank.version = 3
        blank.explanation = ""
        try await subject.expectRefusal(.invalid(Strings.deviationStatusNeedsExplanation)) { [blank] in
            _ = try await $0.writeDeviationNote(blank, context: chiefVOK)
        }
        try await subject.expectAudit(["deviation.note", "deviation.note", "deviation.note", "deviation.note", "deviation.note"])

        try await subject.expectRefusal(.conflict(by: "Vera Voksen", at: M.now)) {
            _ = try await $0.writeDeviationNote(note, context: chiefVOK)
        }
        let unknown = DeviationNote(sector: "XYZ", month: Self.october, explanation: "x", actionPlan: "y", owner: "z")
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            _ = try await $0.writeDeviationNote(unknown, context: chiefVOK)
        }
        let fresh = DeviationNote(sector: "VOK", month: M.month(2026, 8), explanation: "x", actionPlan: "y", owner: "z")
        try await subject.expectRefusal(.denied(Strings.onlyEconomistOrChiefWritesNote("VOK"))) {
            _ = try await $0.writeDeviationNote(fresh, context: ContractSubject.context(M.chiefBEV))
        }
    }

    @Test("A sub-area's note stands beside its sector's, versioned on its own; a sub-area of another sector is refused",
          arguments: Backend.allCases)
    func subAreaNotes(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let chiefVOK = ContractSubject.context(M.chiefVOK)
        let sector = try await repository.writeDeviationNote(
            DeviationNote(sector: "VOK", month: Self.october, explanation: "Flere anbringelser", actionPlan: "Visitation",
                          owner: "Vera", status: .explained), context: chiefVOK)
        let botilbud = DeviationNote(sector: "VOK", subArea: "5.38.52", month: Self.october, explanation: "Dyrere botilbud",
                                     actionPlan: "Genforhandling", owner: "Vera", status: .explained)
        let stored = try await subject.expectChange { try await $0.writeDeviationNote(botilbud, context: chiefVOK) }
        #expect(stored.subArea == "5.38.52")
        #expect(stored.version == 1)
        #expect(try await repository.deviationNotes(year: 2026) == [sector, stored])
        var edit = stored
        edit.status = .actedOn
        #expect(try await repository.writeDeviationNote(edit, context: chiefVOK).version == 2)
        #expect(try await repository.deviationNotes(year: 2026).map(\.version) == [1, 2])
        try await subject.expectAudit(["deviation.note", "deviation.note", "deviation.note"])

        for code in ["5.68.90", "9.99.99"] {
            let elsewhere = DeviationNote(sector: "VOK", subArea: code, month: Self.october, explanation: "x", actionPlan: "y",
                                          owner: "Vera")
            try await subject.expectRefusal(.invalid(Strings.deviationSubAreaNotInSector(code, "VOK"))) {
                _ = try await $0.writeDeviationNote(elsewhere, context: chiefVOK)
            }
        }
    }

    @Test("Users are added and removed by an administrator; each refusal", arguments: Backend.allCases)
    func users(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let admin = ContractSubject.context(M.admin)
        let newcomer = User(login: "ny", name: "Ny Leder", roles: [.leader, .reader], sector: "BEV")
        try await subject.expectChange { try await $0.addUser(newcomer, context: admin) }
        #expect(try await repository.user(login: "ny") == newcomer)
        #expect(try await repository.users().map(\.login) == ["admin", "bevchef", "formand", "laeser", "ny", "okonom", "vokchef",
                                                             "vokleder"])
        try await subject.expectRefusal(.userExists("ny")) {
            try await $0.addUser(User(login: "ny", name: "Igen", roles: [.reader]), context: admin)
        }
        try await subject.expectRefusal(.denied(Strings.onlyAdministrator)) {
            try await $0.addUser(User(login: "x", name: "X", roles: [.reader]), context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            try await $0.addUser(User(login: "x", name: "X", roles: [.leader], sector: "XYZ"), context: admin)
        }
        try await subject.expectRefusal(.denied(Strings.onlyAdministrator)) {
            try await $0.removeUser(login: "ny", context: ContractSubject.context(M.chair))
        }
        try await subject.expectRefusal(.userNotFound("ukendt")) {
            try await $0.removeUser(login: "ukendt", context: admin)
        }
        try await subject.expectChange { try await $0.removeUser(login: "ny", context: admin) }
        #expect(try await repository.user(login: "ny") == nil)
        try await subject.expectAudit(["user.remove", "user.add"])
    }
}
