import ForumCore
import Testing
@testable import ForumTUI

/// The console on screen 5 (and screen 1 beside it) over the decision screen's municipality, as
/// `user`: keys in, effects run at once against the repository, as the loop does without waiting.
struct MeetingDriver {
    var state: ShellState
    let repository: any ForumRepository

    init(size: Size = Fixture.small, language: Language = .danish, user: User = Fixture.chair,
         repository: any ForumRepository = DecisionsFixture.repository(meeting: nil)) async {
        let screens: [any Screen] = ScreenID.allCases.map { id in
            switch id {
            case .decisions: DecisionsScreen(clock: { DecisionsFixture.now })
            case .meeting: MeetingScreen(clock: { DecisionsFixture.now })
            default: NotBuiltScreen(id: id)
            }
        }
        state = Fixture.state(size: size, language: language, user: user, screens: screens)
        self.repository = repository
        // As the console starts: the first change token loads what is shown.
        await run([ShellState.pollChangeToken])
        await type("5")
    }

    mutating func type(_ events: [InputEvent]) async {
        for event in events { await run(state.handle(event)) }
    }

    mutating func type(_ text: String) async { await type(keys(text)) }

    mutating func press(_ key: Key) async { await type([.key(key)]) }

    mutating func run(_ effects: [Effect]) async {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            queue += state.receive(await effect.run(repository))
        }
    }

    var screen: MeetingScreen? { state.screens.compactMap { $0 as? MeetingScreen }.first }
    var frame: Frame { ShellView.render(state) }
    var status: String? { state.status.current?.text }

    /// Opens the meeting of the pinned day with the proposed participants.
    mutating func openMeeting() async {
        await type("o")
        await press(.enter)
        await press(.enter)
    }
}

@Suite("Screen 5: the meeting")
struct MeetingScreenTests {
    @Test("Between meetings: the draft agenda with its size and the effect per sector, at both sizes and in English")
    func draft() async {
        for size in [Fixture.small, Fixture.large] {
            let driver = await MeetingDriver(size: size)
            GoldenFrame.assert(driver.frame, matches: "meeting-draft-\(size.width)x\(size.height)")
        }
        let english = await MeetingDriver(language: .english)
        GoldenFrame.assert(english.frame, matches: "meeting-draft-english-80x24")
    }

    @Test("The chair adds a free item, moves it and puts a request off; the draft shows it")
    func chairBuildsDraft() async throws {
        var driver = await MeetingDriver()
        await driver.type("n")
        await driver.type("Efterværn")
        await driver.press(.enter)
        // The text takes several lines: Tab leads to Save.
        await driver.type("Praksis for 18-23-årige")
        await driver.press(.tab)
        await driver.press(.enter)
        #expect(driver.status == "«Efterværn» er sat på dagsordenen")
        let rows = try #require(driver.screen?.rows)
        #expect(rows.last?.key == .free(1))
        #expect(rows.first?.key == .request("IND-2026-0142"))
        await driver.type("p")
        #expect(try #require(driver.screen?.overview).putOff.map(\.key) == [.request("IND-2026-0142")])
        #expect(driver.screen?.rows.contains { $0.key == .request("IND-2026-0142") } == false)
    }

    @Test("Opening the meeting; a request opens in place with screen 1's keys, and the decision carries the meeting's id")
    func meeting() async throws {
        var driver = await MeetingDriver()
        await driver.openMeeting()
        #expect(driver.status == "Mødet M-2026-11-25 er åbnet")
        let meeting = try #require(try await driver.repository.currentMeeting())
        #expect(meeting.participants == ["bevchef", "bufchef", "formand"])
        await driver.press(.enter)
        #expect(driver.screen?.opened == .request("IND-2026-0142"))
        GoldenFrame.assert(driver.frame, matches: "meeting-request-80x24")
        // An approval with conditions on two lines and a follow-up date.
        await driver.type("A")
        await driver.type("Evalueres i marts")
        await driver.press(.enter)
        await driver.type("Mentor rapporterer månedligt")
        await driver.press(.tab)
        await driver.press(.enter)
        await driver.type("01.03.2027")
        await driver.press(.enter)
        let decided = try await driver.repository.request("IND-2026-0142")
        #expect(decided.status == .approved)
        #expect(decided.decision?.meeting == "M-2026-11-25")
        #expect(decided.decision?.decision.note == "Evalueres i marts\nMentor rapporterer månedligt")
        #expect(decided.decision?.decision.followUp == day(2027, 3, 1))
        await driver.type("]")
        #expect(driver.screen?.opened == driver.screen?.rows[1].key)
        await driver.press(.escape)
        #expect(driver.screen?.opened == nil)
        #expect(driver.screen?.rows.first?.state == .done)
        for size in [Fixture.small, Fixture.large] {
            var sized = driver
            await sized.type([.resize(size)])
            GoldenFrame.assert(sized.frame, matches: "meeting-open-\(size.width)x\(size.height)")
        }
        await driver.type("c")
        await driver.press(.enter)
        #expect(driver.status == "Mødet M-2026-11-25 er lukket; protokollen: chefforum minutes M-2026-11-25")
        let minutes = try await driver.repository.minutes("M-2026-11-25")
        #expect(minutes.decisions.map(\.request) == ["IND-2026-0142"])
        #expect(driver.screen?.meeting == nil)
        #expect(driver.screen?.rows.first?.postponed == true)
    }

    @Test("A deviation opens in place with screen 4's keys on the sector's lines; explained, it leaves the draft")
    func deviationInPlace() async throws {
        // The chief of BEV writes the sector's explanation; the chair may not.
        var driver = await MeetingDriver(user: Fixture.chiefBEV)
        let index = try #require(driver.screen?.rows.firstIndex { $0.key == .deviation("BEV") })
        await driver.type(String(repeating: "j", count: index))
        await driver.press(.enter)
        #expect(driver.screen?.inner == .deviations)
        #expect(driver.frame.text.contains("BEV Beskæftigelse"))
        #expect(!driver.frame.text.contains("BUF Udsatte"))
        await driver.type("e")
        await driver.type("Færre i løntilskud end budgetteret")
        await driver.press(.enter)
        await driver.press(.enter)
        await driver.press(.enter)
        let note = try #require(try await driver.repository.deviationNotes(year: 2026).first { $0.sector == "BEV" })
        #expect(note.explanation == "Færre i løntilskud end budgetteret")
        await driver.press(.escape)
        #expect(driver.screen?.opened == nil)
        #expect(driver.screen?.rows.contains { $0.key == .deviation("BEV") } == false)
    }

    @Test("The chair chooses the participants from the users: the chiefs and the chair are proposed, readers are not listed")
    func participants() async throws {
        var driver = await MeetingDriver()
        await driver.type("o")
        await driver.press(.enter)
        let picker = try #require(driver.screen?.picker)
        #expect(picker.candidates.map(\.login) == ["bevchef", "bufchef", "formand"])
        #expect(picker.chosen == ["bevchef", "bufchef", "formand"])
        GoldenFrame.assert(driver.frame, matches: "meeting-participants-80x24")
        // Leave out the second, then open.
        await driver.type("j ")
        await driver.press(.enter)
        #expect(try await driver.repository.currentMeeting()?.participants == ["bevchef", "formand"])
    }

    @Test("A chief may look but not chair: the keys say why")
    func notChair() async throws {
        var driver = await MeetingDriver(user: Fixture.chiefBEV)
        await driver.type("o")
        #expect(driver.status == Strings.onlyChair.danish)
        #expect(try await driver.repository.currentMeeting() == nil)
    }
}
