import ForumCore
import Testing
@testable import ForumTUI

/// The console on screen 4, as the economist unless a test says otherwise.
extension BudgetDriver {
    init(deviationsAs user: User, size: Size = Fixture.small, language: Language = .danish) async {
        await self.init(.deviations, size: size, language: language, user: user)
    }
}

@Suite("Screen 4: deviations")
struct DeviationsScreenTests {
    /// Clears the dialog's prefilled field, then types `text`.
    static func replace(with text: String) -> [InputEvent] {
        Array(repeating: InputEvent.key(.backspace), count: 20) + keys(text)
    }

    @Test("Every sector and sub-area beyond the tolerance, and the selected sector's bridge")
    func table() async {
        for size in [Fixture.small, Fixture.large] {
            let driver = await BudgetDriver(deviationsAs: BudgetDriver.economist, size: size)
            GoldenFrame.assert(driver.frame, matches: "deviations-\(size.width)x\(size.height)")
        }
        let english = await BudgetDriver(deviationsAs: BudgetDriver.economist, language: .english)
        GoldenFrame.assert(english.frame, matches: "deviations-english-80x24")
    }

    @Test("The note is written in place: explanation, plan, owner; it is then explained; t steps the status")
    func writeNote() async throws {
        var driver = await BudgetDriver(deviationsAs: BudgetDriver.economist)
        await driver.type("e")
        GoldenFrame.assert(driver.frame, matches: "deviations-note-dialog-80x24")
        await driver.type(keys("Færre forløb end ventet") + [.key(.enter)] + keys("Ny visitation") + [.key(.enter)]
                          + Self.replace(with: "bevchef") + [.key(.enter)])
        let notes = try await driver.repository.deviationNotes(year: 2026)
        #expect(notes == [DeviationNote(sector: "BEV", month: month(2026, 10), explanation: "Færre forløb end ventet",
                                        actionPlan: "Ny visitation", owner: "bevchef", status: .explained,
                                        author: "Øjvind Økonom", at: DecisionsFixture.now, version: 1)])
        #expect(driver.status == Strings.noteSaved("BEV", Strings.deviationExplained).danish)
        await driver.type("t")
        #expect(try await driver.repository.deviationNotes(year: 2026).first?.status == .actedOn)
    }

    @Test("A sub-area's row under its sector takes its own note in place, and shows its status")
    func writeSubAreaNote() async throws {
        var driver = await BudgetDriver(deviationsAs: BudgetDriver.economist)
        await driver.type(keys("j") + keys("e") + keys("Færre mentorforløb") + [.key(.enter)] + keys("Nye aftaler")
                          + [.key(.enter), .key(.enter)])
        let notes = try await driver.repository.deviationNotes(year: 2026)
        #expect(notes.map(\.line) == ["BEV/5.68.98"])
        #expect(notes.first?.explanation == "Færre mentorforløb")
        #expect(driver.status == Strings.noteSaved("BEV/5.68.98", Strings.deviationExplained).danish)
        GoldenFrame.assert(driver.frame, matches: "deviations-subarea-note-80x24")
    }

    @Test("A reader may not write a note: the key says why, nothing is written")
    func readerRefused() async throws {
        var driver = await BudgetDriver(deviationsAs: DecisionsFixture.reader)
        await driver.type("e")
        #expect(driver.status == Strings.readOnly.danish)
        #expect(try await driver.repository.deviationNotes(year: 2026).isEmpty)
    }

    @Test("A manual forecast set with a note stands in the table and moves the bridge's manual line; x clears it")
    func manualForecast() async throws {
        var driver = await BudgetDriver(deviationsAs: BudgetDriver.economist)
        await driver.type(keys("m") + Self.replace(with: "21.000.000") + [.key(.enter)] + keys("Aftale") + [.key(.enter)])
        let stored = try #require(try await driver.repository.budgetRows(year: 2026).forecasts.first?.forecast)
        #expect(stored.amount == Money(kroner: 21_000_000))
        #expect(stored.note == "Aftale")
        let bridge = try #require(driver.deviations?.bridge)
        #expect(bridge.forecast == Money(kroner: 21_000_000))
        #expect(Money.sum(bridge.lines.map(\.amount)) == bridge.forecast - bridge.previousForecast)
        await driver.type(keys("x") + [.key(.enter)])
        #expect(try await driver.repository.budgetRows(year: 2026).forecasts.isEmpty)
    }
}
