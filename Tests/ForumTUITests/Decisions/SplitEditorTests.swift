import ForumCore
import Testing
@testable import ForumTUI

/// The split editor (`f`): presets on the sectors in order, typed weights and percents exact to
/// the øre, adding and removing sectors, storing an approval with the split, and changing the
/// split of a running grant.
struct SplitEditorTests {
    /// The editor's current preview (what the rows make and would store).
    static func preview(_ driver: DecisionsDriver) -> SplitPreview? {
        guard let screen = driver.screen, case .split(let editor) = screen.mode, let data = screen.data else { return nil }
        return editor.preview(data)
    }

    static func split(_ driver: DecisionsDriver) -> PaymentSplit? {
        if case .valid(let split)? = preview(driver)?.check { return split }
        return nil
    }

    /// The parts of one month in the editor's schedule, by sector.
    static func parts(_ driver: DecisionsDriver, _ month: Month) -> [SectorCode: Money] {
        let lines = preview(driver)?.schedule?.lines.filter { $0.month == month } ?? []
        return Dictionary(lines.map { ($0.sector, $0.amount) }, uniquingKeysWith: +)
    }

    static let november = month(2026, 11)

    @Test("The editor opens on the proposed split; F2 puts 50/50 on the first two sectors and drops the third")
    func halves() async {
        var driver = await DecisionsDriver()
        await driver.type("f")
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=60,VOK=20,BUF=20"))
        await driver.press(.function(2))
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=50,VOK=50"))
        #expect(driver.status == "50/50 på BEV · VOK")
        #expect(Self.parts(driver, Self.november) == ["BEV": Money(kroner: 18_750), "VOK": Money(kroner: 18_750)])
    }

    @Test("F4 is ½/⅓/⅙ as the weights 3:2:1; F3 is 60/20/20; a preset with too few sectors says so")
    func presets() async {
        var driver = await DecisionsDriver()
        await driver.type("f")
        await driver.press(.function(4))
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=3,VOK=2,BUF=1"))
        #expect(Self.parts(driver, Self.november) == [
            "BEV": Money(kroner: 18_750), "VOK": Money(kroner: 12_500), "BUF": Money(kroner: 6_250),
        ])
        #expect(driver.frame.text.contains("✓ BEV ½ · VOK ⅓ · BUF ⅙"))
        await driver.press(.function(3))
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=60,VOK=20,BUF=20"))
        await driver.press(.function(2))
        await driver.press(.function(3))
        #expect(driver.status == "60/20/20 kræver 3 sektorer; tilføj med +")
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=50,VOK=50"))
    }

    @Test("Typed weights split each month exactly: remainder øre to the largest remainders, ties to the first")
    func typedWeights() async {
        var driver = await DecisionsDriver()
        await driver.type("f")
        await driver.type([.key(.backspace), .key(.backspace), .key(.backspace)] + keys("2") + [.key(.down)]
                          + [.key(.backspace), .key(.backspace), .key(.backspace)] + keys("2") + [.key(.down)]
                          + [.key(.backspace), .key(.backspace), .key(.backspace)] + keys("3"))
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=2,VOK=2,BUF=3"))
        let parts = Self.parts(driver, Self.november)
        #expect(parts == ["BEV": Money(ore: 1_071_429), "VOK": Money(ore: 1_071_428), "BUF": Money(ore: 1_607_143)])
        #expect(Money.sum(parts.values) == Money(kroner: 37_500))
        #expect(driver.frame.text.contains("nov 2026     10.714,29    10.714,28    16.071,43    37.500,00 ✓"))
    }

    @Test("Typed percents must add up to 100; the editor says what is wrong until they do")
    func typedPercents() async {
        var driver = await DecisionsDriver()
        await driver.type("f")
        await driver.type([.key(.backspace), .key(.backspace), .key(.backspace)] + keys("50%"))
        #expect(driver.frame.text.contains("✗ procenterne skal give 100 i alt (giver 90)"))
        await driver.type([.key(.down), .key(.backspace), .key(.backspace), .key(.backspace)] + keys("30%"))
        #expect(Self.split(driver) == DecisionsFixture.split("BEV=50,VOK=30,BUF=20"))
        #expect(Self.parts(driver, Self.november) == [
            "BEV": Money(kroner: 18_750), "VOK": Money(kroner: 11_250), "BUF": Money(kroner: 7_500),
        ])
        await driver.type([.key(.backspace)])
        #expect(driver.frame.text.contains("✗ brug enten procenter på alle andele eller vægte på alle"))
    }

    @Test("In the editor digits are shares, not screens; q asks before it throws the typed shares away")
    func digitsAreShares() async {
        var driver = await DecisionsDriver()
        await driver.type("f2")
        #expect(driver.state.active == .decisions)
        if case .split(let editor)? = driver.screen?.mode {
            #expect(editor.rows[0].field.text == "60%2")
        } else {
            Issue.record("the editor closed")
        }
        await driver.type("q")
        #expect(!driver.state.quitRequested)
        #expect(driver.dialog?.title == "Afslut?")
        await driver.press(.escape)
        #expect(!driver.state.quitRequested)
        // Esc with typed shares asks too; confirming throws them away and closes the editor.
        await driver.press(.escape)
        #expect(driver.dialog?.title == "Kassér fordelingen?")
        await driver.press(.escape)
        if case .split? = driver.screen?.mode {} else { Issue.record("cancelling the question closed the editor") }
        await driver.press(.escape)
        await driver.press(.enter)
        #expect(driver.dialog == nil)
        if case .queue? = driver.screen?.mode {} else { Issue.record("the editor stayed open") }
        await driver.type("fq")
        #expect(driver.state.quitRequested, "an untouched editor quits at once")
    }

    @Test("+ adds a sector (prefilled with one not in the split), - removes the chosen one, never the last")
    func addRemove() async {
        var driver = await DecisionsDriver()
        await driver.type([.key(.down), .key(.down), .key(.down)] + keys("f+"))
        #expect(driver.dialog?.field?.text == "BEV")
        // Sectors come ordered by code from every repository.
        #expect(driver.dialog?.message == "Sektorer, der kan tilføjes: BEV Beskæftigelse · SUN Sundhed og omsorg "
                + "· VOK Udsatte voksne og handicap")
        await driver.press(.enter)
        #expect(driver.frame.text.contains("✗ skriv en vægt eller en procent for BEV"))
        await driver.type("1")
        #expect(driver.frame.text.contains("✗ brug enten procenter på alle andele eller vægte på alle"))
        await driver.press(.function(2))
        #expect(Self.split(driver) == DecisionsFixture.split("BUF=50,BEV=50"))
        await driver.type([.key(.character("+")), .key(.control("u"))] + keys("buf") + [.key(.enter)])
        #expect(driver.status == "BUF står to gange i fordelingen")
        await driver.type("-")
        #expect(driver.frame.text.contains("✗ procenterne skal give 100 i alt (giver 50)"))
        await driver.type("-")
        #expect(driver.status == "mindst én sektor skal betale")
    }

    @Test("Enter confirms with the summary, then stores the approval with the split and one audit event")
    func store() async throws {
        var driver = await DecisionsDriver()
        await driver.type("f")
        await driver.press(.function(2))
        await driver.press(.enter)
        #expect(driver.dialog?.message == "Godkend IND-2026-0142: 37.500 kr./md. 01.11.2026–31.05.2027, i alt 262.500 kr. "
                + "· betaler BEV 50 % · VOK 50 %")
        await driver.press(.enter)
        let stored = try await driver.repository.request("IND-2026-0142")
        #expect(stored.status == .approved)
        #expect(stored.currentSplit == DecisionsFixture.split("BEV=50,VOK=50"))
        let commitments = try await driver.repository.commitments(of: "IND-2026-0142")
        #expect(commitments.total(for: "BEV") == Money(kroner: 131_250))
        #expect(commitments.total(for: "VOK") == Money(kroner: 131_250))
        #expect(try await driver.repository.history(of: "IND-2026-0142").filter { $0.kind == .decided }.count == 1)
        if case .queue? = driver.screen?.mode {} else { Issue.record("the editor stayed open") }
        #expect(driver.screen?.undoStack == [UndoEntry(id: "IND-2026-0142", version: 2, change: .decision(.approve))])
    }

    @Test("On an approved grant f changes the split from this month on; earlier months keep the old payer")
    func changeRunning() async throws {
        var driver = await DecisionsDriver(size: Fixture.large)
        await driver.type("vg")
        #expect(driver.selectedID == "IND-2025-0402")
        await driver.type("f+")
        await driver.type([.key(.control("u"))] + keys("VOK") + [.key(.enter), .key(.function(2))])
        #expect(driver.frame.text.contains("ny fordeling fra nov 2026"))
        #expect(driver.frame.text.contains("Virkning af ændringen (ultimo okt 2026)"))
        await driver.press(.enter)
        #expect(driver.dialog?.message == "Ændr fordelingen af IND-2025-0402 fra nov 2026: betaler BUF 50 % · VOK 50 % "
                + "(før BUF)")
        await driver.press(.enter)
        let stored = try await driver.repository.request("IND-2025-0402")
        #expect(stored.currentSplit == DecisionsFixture.split("BUF=50,VOK=50"))
        let commitments = try await driver.repository.commitments(of: "IND-2025-0402")
        #expect(commitments.byMonth(for: "BUF", year: 2026)[9] == Money(kroner: 38_000))
        #expect(commitments.byMonth(for: "BUF", year: 2026)[10] == Money(kroner: 19_000))
        #expect(commitments.byMonth(for: "VOK", year: 2026)[10] == Money(kroner: 19_000))
        #expect(driver.status == "Fordelingen af IND-2025-0402 er ændret: BUF 50 % · VOK 50 %")

        // u changes the split back from the same month, not the approval, asking first.
        await driver.type("u")
        #expect(driver.frame.text.contains("Fortryd fordelingsændringen af IND-2025-0402"))
        await driver.press(.enter)
        #expect(driver.status == "Fortrudt: fordelingen af IND-2025-0402 er igen BUF")
        let restored = try await driver.repository.request("IND-2025-0402")
        #expect(restored.status == .approved)
        #expect(restored.currentSplit == .single("BUF"))
        let back = try await driver.repository.commitments(of: "IND-2025-0402")
        #expect(back.byMonth(for: "BUF", year: 2026)[10] == Money(kroner: 38_000))
        #expect(back.total(for: "VOK") == .zero)
        #expect(driver.screen?.undoStack.isEmpty == true)
    }

    @Test("Esc leaves the editor without storing, back where it was opened")
    func cancel() async throws {
        var driver = await DecisionsDriver()
        await driver.press(.enter)
        await driver.type("f")
        await driver.press(.function(2))
        await driver.press(.escape)
        // A preset changed the shares: Esc asks before it throws them away.
        #expect(driver.dialog?.title == "Kassér fordelingen?")
        await driver.press(.enter)
        if case .detail? = driver.screen?.mode {} else { Issue.record("not back in the detail") }
        #expect(try await driver.repository.request("IND-2026-0142").status == .onAgenda)
    }
}
