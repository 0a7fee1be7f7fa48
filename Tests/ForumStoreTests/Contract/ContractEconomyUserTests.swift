import ForumCore
import Testing

/// Manual forecasts, deviation notes and users: effects, audit, each refusal.
@Suite("Repository contract: forecasts, deviation notes, users")
struct ContractEconomyUserTests {
    typealias M = ContractMunicipality
    static let october = ContractMunicipality.month(2026, 10)

    @Test("A manual forecast is set, stands in the budget, and is cleared", arguments: Backend.allCases)
    func forecast(backend: Backend) async throws {
        let subject = try backend.make()
        defer { subject.remove() }
        let economist = ContractSubject.context(M.economist)
        let forecast = ManualForecast(amount: Money(kroner: 11_000_000), note: "Aftale med forvaltningen")
        try await subject.expectChange {
            try await $0.setForecast("BEV", month: Self.october, forecast: forecast, context: economist)
        }
        #expect(try await subject.repository.budget(year: 2026).sectors["BEV"]?.manualForecasts == [10: forecast])
        #expect(try await subject.repository.budget(year: 2027).sectors["BEV"]?.manualForecasts.isEmpty == true)
        try await subject.expectChange {
            try await $0.setForecast("BEV", month: Self.october, forecast: nil, context: economist)
        }
        #expect(try await subject.repository.budget(year: 2026).sectors["BEV"]?.manualForecasts.isEmpty == true)
        try await subject.expectAudit(["forecast.clear", "forecast.set"])
        try await subject.expectRefusal(.unknownSector("XYZ")) {
            try await $0.setForecast("XYZ", month: Self.october, forecast: forecast, context: economist)
        }
        try await subject.expectRefusal(.denied(Strings.onlyEconomistSetsForecast)) {
            try await $0.setForecast("BEV", month: Self.october, forecast: forecast, context: ContractSubject.context(M.chiefBEV))
        }
    }

    @Test("Deviation notes: written, versioned, read back in order; each refusal", arguments: Backend.allCases)
    func deviationNotes(backend: Backend) async throws {
        let subject = try backend.make()
        defer { subject.remove() }
        let repository = subject.repository
        let note = DeviationNote(sector: "VOK", month: Self.october, explanation: "Flere anbringelser",
                                 actionPlan: "Visitation strammes", owner: "Vera")
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
        try await subject.expectAudit(["deviation.note", "deviation.note", "deviation.note", "deviation.note"])

        try await subject.expectRefusal(.conflict(by: "Øjvind Økonom", at: M.now)) {
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

    @Test("Users are added and removed by an administrator; each refusal", arguments: Backend.allCases)
    func users(backend: Backend) async throws {
        let subject = try backend.make()
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
