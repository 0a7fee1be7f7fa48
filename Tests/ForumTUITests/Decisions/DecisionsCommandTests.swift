import ForumCore
import Testing
@testable import ForumTUI

/// Each decision from its key through its dialog to the repository; refusals with their reason;
/// undo; and what a conflict with another terminal says.
struct DecisionsCommandTests {
    static let otherTerminal = CommandContext(user: Fixture.chiefBEV, at: DecisionsFixture.now, today: Fixture.today)

    @Test("a asks with a one-line summary; Enter approves, stores the commitments and says so")
    func approve() async throws {
        var driver = await DecisionsDriver()
        await driver.type("a")
        #expect(driver.dialog?.message == "Godkend IND-2026-0142: 37.500 kr./md. 01.11.2026–31.05.2027, i alt 262.500 kr. "
                + "· betaler BEV 60 % · VOK 20 % · BUF 20 %")
        await driver.press(.enter)
        let stored = try await driver.repository.request("IND-2026-0142")
        #expect(stored.status == .approved)
        #expect(stored.decision?.decidedBy == "formand")
        #expect(stored.decision?.at == DecisionsFixture.now)
        let commitments = try await driver.repository.commitments(of: "IND-2026-0142")
        #expect(commitments.total == Money(kroner: 262_500))
        #expect(commitments.total(for: "BEV") == Money(kroner: 157_500))
        #expect(driver.status == "IND-2026-0142 er nu godkendt · u fortryder")
        #expect(driver.state.status.current?.kind == .success)
        #expect(driver.listedIDs == ["IND-2026-0150", "IND-2026-0155", "IND-2026-0158"])
        #expect(driver.selectedID == "IND-2026-0150")
    }

    @Test("Esc on a decision's dialog decides nothing")
    func cancel() async throws {
        var driver = await DecisionsDriver()
        await driver.type("a")
        await driver.press(.escape)
        #expect(try await driver.repository.request("IND-2026-0142").status == .onAgenda)
        #expect(driver.state.overlays.isEmpty)
    }

    @Test("t asks for the end date (prefilled, with the four-month follow-up), then confirms with the summary")
    func timeLimited() async throws {
        var driver = await DecisionsDriver()
        await driver.type("t")
        #expect(driver.dialog?.field?.text == "30.04.2027")
        #expect(driver.dialog?.message.contains("Opfølgning 25.03.2027 (om fire måneder)") == true)
        await driver.type([.key(.control("u"))] + keys("31.13.2027") + [.key(.enter)])
        #expect(driver.status == "måned 13 findes ikke (1–12)")
        #expect(driver.dialog?.field?.text == "31.13.2027")
        await driver.type([.key(.control("u"))] + keys("01.10.2026") + [.key(.enter)])
        #expect(driver.status == "tidsbegrænsningen 01.10.2026 ligger før bevillingens start 01.11.2026")
        await driver.type([.key(.control("u"))] + keys("31.03.2027") + [.key(.enter)])
        #expect(driver.dialog?.message == "Godkend tidsbegrænset IND-2026-0142: 37.500 kr./md. 01.11.2026–31.03.2027, "
                + "i alt 187.500 kr. · betaler BEV 60 % · VOK 20 % · BUF 20 % · opfølgning 25.03.2027")
        await driver.press(.enter)
        let stored = try await driver.repository.request("IND-2026-0142")
        #expect(stored.status == .approvedTimeLimited)
        #expect(stored.decision?.decision.validUntil == day(2027, 3, 31))
        #expect(stored.decision?.decision.followUp == day(2027, 3, 25))
        #expect(try await driver.repository.commitments(of: "IND-2026-0142").total == Money(kroner: 187_500))
    }

    @Test("r needs a reason: empty is refused with the core's sentence, then the typed reason is stored")
    func reject() async throws {
        var driver = await DecisionsDriver()
        await driver.type("r")
        #expect(driver.dialog?.fieldLabel == "Begrundelse for afvisningen:")
        await driver.press(.enter)
        #expect(driver.status == "en afvisning skal have en begrundelse")
        #expect(driver.dialog != nil)
        await driver.type("Søg først gruppeforløb")
        await driver.press(.enter)
        let stored = try await driver.repository.request("IND-2026-0142")
        #expect(stored.status == .rejected)
        #expect(stored.decision?.decision.note == "Søg først gruppeforløb")
        #expect(try await driver.repository.commitments(of: "IND-2026-0142").lines.isEmpty)
    }

    @Test("d asks what is missing; the request stays in the queue as deferred")
    func deferral() async throws {
        var driver = await DecisionsDriver()
        await driver.type("dLægeerklæring mangler")
        await driver.press(.enter)
        #expect(try await driver.repository.request("IND-2026-0142").status == .deferred)
        #expect(driver.listedIDs.contains("IND-2026-0142"))
        #expect(driver.status == "IND-2026-0142 er nu udsat · u fortryder")
    }

    @Test("p refers to the political committee, with an optional note")
    func refer() async throws {
        var driver = await DecisionsDriver()
        await driver.type("p")
        #expect(driver.dialog?.title == "Henvis til politisk udvalg IND-2026-0142?")
        await driver.press(.enter)
        #expect(try await driver.repository.request("IND-2026-0142").status == .referred)
    }

    @Test("The same keys decide from the detail, which then shows the decision")
    func fromDetail() async throws {
        var driver = await DecisionsDriver()
        await driver.press(.enter)
        await driver.type("a")
        await driver.press(.enter)
        #expect(try await driver.repository.request("IND-2026-0142").status == .approved)
        #expect(driver.frame.line(2).hasPrefix("IND-2026-0142 · godkendt · Mentor, 12 t./uge (LAB)"))
        #expect(driver.frame.text.contains("Beslutning     godkend af Hanne Formand 25.11.2026 13:05"))
    }

    @Test("Between meetings a forum request's approve key says why not and points to the meeting on screen 5")
    func outsideMeeting() async throws {
        var driver = await DecisionsDriver(repository: DecisionsFixture.repository(meeting: nil))
        await driver.type("a")
        #expect(driver.dialog == nil)
        #expect(driver.status == Strings.forumDecidesInMeeting.danish)
        #expect(driver.status?.contains("skærm 5") == true)
        #expect(driver.state.footerHints.contains(KeyHint("a", "godkend ✗")))
        #expect(try await driver.repository.request("IND-2026-0142").status == .onAgenda)
    }

    @Test("A reader's decision keys say why not: on press, in help, and marked in the footer")
    func refused() async throws {
        var driver = await DecisionsDriver(user: DecisionsFixture.reader)
        await driver.type("a")
        #expect(driver.dialog == nil)
        #expect(driver.status == Strings.readOnly.danish)
        #expect(driver.state.status.current?.kind == .warning)
        #expect(driver.state.footerHints.contains(KeyHint("a", "godkend ✗")))
        await driver.type("?")
        guard case .help(let help)? = driver.state.overlays.last else {
            Issue.record("help is not open")
            return
        }
        #expect(driver.state.helpLines(help).contains(
            .key(keys: "a", text: "Godkend – " + Strings.readOnly.danish, muted: true)))
        #expect(try await driver.repository.request("IND-2026-0142").status == .onAgenda)
    }

    @Test("u undoes the last decision of this session and says what; then there is nothing left to undo")
    func undo() async throws {
        var driver = await DecisionsDriver()
        await driver.type("a")
        await driver.press(.enter)
        #expect(driver.state.footerHints.contains(KeyHint("u", "fortryd")))
        await driver.type("u")
        // It names what it reverts and asks first.
        #expect(driver.state.overlays.count == 1)
        #expect(try await driver.repository.request("IND-2026-0142").status == .approved)
        #expect(driver.frame.text.contains("Fortryd «godkend» af IND-2026-0142"))
        await driver.press(.enter)
        #expect(driver.status == "Fortrudt: «godkend» på IND-2026-0142 – status igen «på dagsorden»")
        #expect(try await driver.repository.request("IND-2026-0142").status == .onAgenda)
        #expect(try await driver.repository.commitments(of: "IND-2026-0142").lines.isEmpty)
        #expect(try await driver.repository.history(of: "IND-2026-0142").map(\.kind) == [.submitted, .decided, .undone])
        #expect(driver.listedIDs.first == "IND-2026-0142")
        await driver.type("u")
        #expect(driver.status == "du har ikke truffet nogen beslutning i denne session")
    }

    @Test("R reopens a decided request with a reason (chair) after its meeting: back on the agenda, the decision kept")
    func reopen() async throws {
        var driver = await DecisionsDriver()
        await driver.type("a")
        await driver.press(.enter)
        _ = try await driver.repository.closeMeeting(DecisionsFixture.meeting.id,
                                                     context: CommandContext(user: Fixture.chair, at: DecisionsFixture.now,
                                                                             today: Fixture.today))
        await driver.refresh()
        await driver.type("v/IND-2026-0142")
        await driver.press(.enter)
        #expect(driver.listedIDs == ["IND-2026-0142"])
        await driver.type("R")
        #expect(driver.frame.text.contains("Genoptag IND-2026-0142?"))
        await driver.type("Ny lægeerklæring")
        await driver.press(.enter)
        #expect(driver.status == "IND-2026-0142 er genoptaget og tilbage på dagsordenen")
        let reopened = try await driver.repository.request("IND-2026-0142")
        #expect(reopened.status == .onAgenda)
        #expect(try await driver.repository.history(of: "IND-2026-0142").map(\.kind) == [.submitted, .decided, .reopened])
    }

    @Test("Deciding what another terminal decided first says who did, and shows their decision")
    func decidedFirst() async throws {
        var driver = await DecisionsDriver()
        await driver.type("a")
        _ = try await driver.repository.decide("IND-2026-0142", expectedVersion: 1,
                                               decision: Decision(kind: .reject, split: .single("BEV"), note: "Nej"),
                                               context: Self.otherTerminal)
        await driver.press(.enter)
        #expect(driver.status == "allerede besluttet af Bo Beskæftigelse kl. 25.11.2026 13:05")
        #expect(driver.state.status.current?.kind == .failure)
        #expect(try await driver.repository.request("IND-2026-0142").status == .rejected)
        #expect(!driver.listedIDs.contains("IND-2026-0142"))
        #expect(driver.screen?.undoStack.isEmpty == true)
    }

    @Test("Undoing a decision someone changed since is a conflict that names them")
    func undoConflict() async throws {
        var driver = await DecisionsDriver()
        await driver.type("a")
        await driver.press(.enter)
        let approved = try await driver.repository.request("IND-2026-0142")
        _ = try await driver.repository.changeSplit("IND-2026-0142", expectedVersion: approved.version,
                                                    split: .single("BEV"), from: month(2027, 1),
                                                    context: Self.otherTerminal)
        await driver.type("u")
        await driver.press(.enter)
        #expect(driver.status == "ændret af Bo Beskæftigelse kl. 25.11.2026 13:05 siden du hentede den; "
                + "se den nye udgave og prøv igen")
        #expect(try await driver.repository.request("IND-2026-0142").status == .approved)
    }
}

/// Decisions under a ladder with a political committee above the forum (Ikast-Brande).
struct DecisionsAboveForumTests {
    static func repository() -> InMemoryRepository {
        var settings = Fixture.settings
        settings.policy = .ikastBrande
        let large = GrantRequest(
            id: "IND-2026-0170", caseID: "P-11AA22BB33", requestingUnit: "Myndighed voksne", requestedBy: "Helle Riis",
            sector: "VOK", law: "SEL108", offer: "Længerevarende botilbud",
            amount: .monthly(rate: Money(kroner: 46_200), start: day(2027, 1, 1), end: day(2028, 12, 31)),
            step: .longTermResidential, proposedSplit: .single("VOK"), reason: "Varigt nedsat funktionsevne.",
            submitted: day(2026, 11, 12), status: .onAgenda)
        return InMemoryRepository(settings: settings, sectors: DecisionsFixture.sectors, subAreas: DecisionsFixture.subAreas,
                                  laws: [], users: [Fixture.chair], requests: [large], meetings: [DecisionsFixture.meeting])
    }

    @Test("Above the forum's ceiling approving is refused with the core's reason; referring is allowed")
    func committee() async throws {
        var driver = await DecisionsDriver(repository: Self.repository())
        #expect(driver.listedIDs == ["IND-2026-0170"])
        #expect(driver.frame.line(3).hasSuffix("> 1.000.000"))
        await driver.type("a")
        #expect(driver.dialog == nil)
        #expect(driver.status == Strings.politicalCommitteeMustApprove.danish)
        #expect(driver.state.footerHints.contains(KeyHint("a", "godkend ✗")))
        await driver.type("p")
        await driver.press(.enter)
        #expect(try await driver.repository.request("IND-2026-0170").status == .referred)
    }
}
