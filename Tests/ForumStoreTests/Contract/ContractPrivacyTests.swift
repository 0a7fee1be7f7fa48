import ForumCore
import Testing

/// Free text that holds a CPR number is refused by every command that stores free text, naming
/// the field and never the number, and nothing changes.
@Suite("Repository contract: no CPR numbers in free text")
struct ContractPrivacyTests {
    typealias M = ContractMunicipality
    static let cpr = "borger 010190-1234"

    @Test("Each command refuses a CPR-like number in its free text", arguments: Backend.allCases)
    func refused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        try await subject.openMeeting()
        let chair = ContractSubject.context(M.chair)
        try await subject.expectRefusal(.invalid(Strings.cprInText(Strings.decisionNoteField(.reject)))) {
            _ = try await $0.decide("IND-1", expectedVersion: 1, decision: Decision(kind: .reject, split: .single("BEV"), note: Self.cpr),
                                    context: chair)
        }
        try await subject.expectRefusal(.invalid(Strings.cprInText(Strings.decisionNoteField(.approve)))) {
            _ = try await $0.decide("IND-1", expectedVersion: 1,
                                    decision: Decision(kind: .approve, split: .single("BEV"), note: "０１０１９０１２３４"), context: chair)
        }
        try await subject.expectRefusal(.invalid(Strings.cprInText(Strings.fieldUserName))) {
            try await $0.addUser(User(login: "ny", name: "Ny 0101901234", roles: [.reader]), context: ContractSubject.context(M.admin))
        }
        let economist = ContractSubject.context(M.economist)
        try await subject.expectRefusal(.invalid(Strings.cprInText(Strings.fieldForecastNote))) {
            _ = try await $0.setForecast("BEV", month: M.month(2026, 10), forecast: ManualForecast(amount: Money(kroner: 1), note: Self.cpr),
                                         expectedVersion: 0, context: economist)
        }
        let note = DeviationNote(sector: "VOK", month: M.month(2026, 10), explanation: "Flere anbringelser",
                                 actionPlan: "Drøftes med 01.01.90-1234", owner: "Vera")
        try await subject.expectRefusal(.invalid(Strings.cprInText(Strings.fieldActionPlan))) {
            _ = try await $0.writeDeviationNote(note, context: economist)
        }
        #expect(try await subject.repository.request("IND-1").status.isPending)
    }

    @Test("The refusal names the field and does not repeat the number")
    func messageNamesField() {
        let phrase = Strings.cprInText(Strings.decisionNoteField(.reject))
        #expect(phrase.danish.contains("begrundelse"))
        #expect(phrase.english.contains("reason"))
        #expect(!phrase.danish.contains { $0.isNumber })
    }
}
