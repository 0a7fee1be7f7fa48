import ForumCore
import Testing
@testable import ForumTUI

/// The loop: effects run off the loop, results come back, the change token drives live refresh.
@MainActor
struct ConsoleLoopTests {
    let clock = ManualClock()

    func makeLoop(repository: any ForumRepository, device: FakeTerminal, screens: [any Screen]? = nil) -> ConsoleLoop {
        var state = Fixture.state(size: device.size, screens: screens)
        state.settings = nil
        let clock = clock
        return ConsoleLoop(state: state, device: device, repository: repository) { clock.now }
    }

    func settle(_ loop: ConsoleLoop, _ device: FakeTerminal) async { await loop.settle(device) }

    static let listScreens: [any Screen] = [RequestListScreen()] + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }

    @Test("At start the loop reads the change token, then loads the header and the screen")
    func startup() async {
        let device = FakeTerminal(size: Fixture.small)
        let repository = Fixture.repository(requests: [Fixture.request("IND-1", kroner: 37_500)])
        let loop = makeLoop(repository: repository, device: device, screens: Self.listScreens)
        loop.begin()
        #expect(device.frames.count == 1)
        await settle(loop, device)
        #expect(loop.state.settings?.municipality == "Skovby Kommune")
        #expect(loop.state.changeToken == 0)
        #expect((loop.state.screens[0] as? RequestListScreen)?.requests.map(\.id) == ["IND-1"])
        #expect(device.lastFrame?.line(0).contains("Skovby Kommune · budgetår 2026 · 25.11.2026") == true)
    }

    @Test("A decision made in another terminal appears within a second, selection stays on its item")
    func liveRefresh() async throws {
        let device = FakeTerminal(size: Fixture.small)
        let repository = Fixture.repository(requests: ["IND-1", "IND-2", "IND-3"].map { Fixture.request($0, kroner: 37_500) },
                                            meetings: [DecisionsFixture.meeting])
        let loop = makeLoop(repository: repository, device: device, screens: Self.listScreens)
        loop.begin()
        await settle(loop, device)
        device.pending = [.key(.down)]
        await settle(loop, device)
        let before = try #require(loop.state.screens[0] as? RequestListScreen)
        #expect(before.requests[before.table.selected].id == "IND-2")

        let context = CommandContext(user: Fixture.chair, at: Timestamp(secondsSinceEpoch: 1_795_000_000),
                                     today: Fixture.today)
        _ = try await repository.decide("IND-1", expectedVersion: 1,
                                        decision: Decision(kind: .approve, split: .single("BEV")), context: context)
        clock.now += .milliseconds(600)
        await settle(loop, device)

        let after = try #require(loop.state.screens[0] as? RequestListScreen)
        #expect(after.loads == 2)
        #expect(after.requests.map(\.id) == ["IND-2", "IND-3", "IND-1"])
        #expect(after.requests[after.table.selected].id == "IND-2")
        let frame = try #require(device.lastFrame)
        #expect(frame.line(5).hasPrefix("IND-1"))
        #expect(frame.line(5).hasSuffix("godkendt"))
        #expect(frame.cursor == Point(x: 0, y: 3))
    }

    @Test("An unchanged token loads nothing and draws nothing")
    func idle() async {
        let device = FakeTerminal(size: Fixture.small)
        let loop = makeLoop(repository: Fixture.repository(), device: device)
        loop.begin()
        await settle(loop, device)
        let drawn = device.frames.count
        for _ in 0..<5 {
            clock.now += .milliseconds(600)
            await settle(loop, device)
        }
        #expect(device.frames.count == drawn)
    }

    @Test("Keys are handled at once while the database does not answer")
    func neverWaitsOnTheDatabase() async {
        let device = FakeTerminal(size: Fixture.small)
        let loop = makeLoop(repository: StalledRepository(), device: device)
        loop.begin()
        device.pending = keys("3?")
        loop.step()
        loop.step()
        #expect(loop.state.active == .budget)
        guard case .help? = loop.state.overlays.last else {
            Issue.record("help did not open")
            return
        }
        #expect(loop.effectsInFlight == 1)
        #expect(device.lastFrame?.text.contains("Hjælp – taster") == true)
    }

    @Test("A failing repository shows the error on the status line and the console goes on")
    func failure() async {
        let device = FakeTerminal(size: Fixture.small)
        let loop = makeLoop(repository: FailingRepository(), device: device)
        loop.begin()
        await settle(loop, device)
        #expect(loop.state.status.current?.kind == .failure)
        #expect(device.lastFrame?.line(22).hasPrefix("✗ kunne ikke hente data") == true)
        device.pending = keys("2")
        await settle(loop, device)
        #expect(loop.state.active == .capacity)
    }

    @Test("The loop ends on q and when the terminal must stop")
    func ending() async {
        let device = FakeTerminal(size: Fixture.small)
        device.pending = keys("2q")
        await makeLoop(repository: Fixture.repository(), device: device).run()
        #expect(device.lastFrame?.line(1).contains("[2 Kapacitet]") == true)

        let stopped = FakeTerminal(size: Fixture.small)
        stopped.mustStop = true
        await makeLoop(repository: Fixture.repository(), device: stopped).run()
        #expect(stopped.frames.count == 1)
    }

    @Test("Ctrl-L invalidates the terminal and redraws; a resize draws at the new size")
    func redrawAndResize() async {
        let device = FakeTerminal(size: Fixture.small)
        let loop = makeLoop(repository: Fixture.repository(), device: device)
        loop.begin()
        device.pending = [.key(.control("l")), .resize(Fixture.large)]
        await settle(loop, device)
        #expect(device.invalidations == 1)
        #expect(device.lastFrame?.size == Fixture.large)
    }
}

/// A repository whose every call hangs until its task is cancelled: a database that does not answer.
struct StalledRepository: ForumRepository {
    private func stall<T>() async throws -> T {
        try await Task.sleep(for: .seconds(3600))
        throw CancellationError()
    }

    func changeToken() async throws -> Int64 { try await stall() }
    func settings() async throws -> ForumSettings { try await stall() }
    func sectors() async throws -> [Sector] { try await stall() }
    func subAreas() async throws -> [SubArea] { try await stall() }
    func laws() async throws -> [LawBasis] { try await stall() }
    func users() async throws -> [User] { try await stall() }
    func user(login: String) async throws -> User? { try await stall() }
    func requests() async throws -> [GrantRequest] { try await stall() }
    func request(_ id: RequestID) async throws -> GrantRequest { try await stall() }
    func history(of id: RequestID) async throws -> [RequestEvent] { try await stall() }
    func commitments(of id: RequestID) async throws -> CommitmentSchedule { try await stall() }
    func caseSpending(_ caseID: CaseID, year: Int) async throws -> [SectorCode: [Money]] { try await stall() }
    func budgetRows(year: Int) async throws -> BudgetInput { try await stall() }
    func largestCommitments(sector: SectorCode, year: Int, limit: Int) async throws -> [CommitmentSummary] { try await stall() }
    func familyDraws(year: Int) async throws -> [FamilyDraw] { try await stall() }
    func deviationNotes(year: Int) async throws -> [DeviationNote] { try await stall() }
    func offers() async throws -> [Offer] { try await stall() }
    func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry] { try await stall() }
    func waitingLists() async throws -> [WaitingListEntry] { try await stall() }
    func decide(_ id: RequestID, expectedVersion: Int, decision: Decision, context: CommandContext) async throws
        -> GrantRequest { try await stall() }
    func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) async throws -> GrantRequest {
        try await stall()
    }
    func changeSplit(_ id: RequestID, expectedVersion: Int, split: PaymentSplit, from month: Month,
                     context: CommandContext) async throws -> GrantRequest { try await stall() }
    func allocatePlace(_ offer: OfferID, entry: Int64, expectedVersion: Int, terms: CommandRules.PlacementTerms,
                       context: CommandContext) async throws -> Offer { try await stall() }
    func endPlace(_ offer: OfferID, placement: Int64, on day: Day, expectedVersion: Int,
                  context: CommandContext) async throws -> Offer { try await stall() }
    func setWaitingPriority(_ offer: OfferID, entry: Int64, priority: Int, expectedVersion: Int,
                            context: CommandContext) async throws -> Offer { try await stall() }
    func addToWaitingList(_ offer: OfferID, case caseID: CaseID, crossSector: Bool, priority: Int, units: Int, note: String,
                          expectedVersion: Int, context: CommandContext) async throws -> Offer { try await stall() }
    func setQuota(_ offer: OfferID, quota: Int, expectedVersion: Int, context: CommandContext) async throws
        -> Offer { try await stall() }
    func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?, expectedVersion: Int,
        context: CommandContext) async throws -> ManualForecast? { try await stall() }
    func writeDeviationNote(_ note: DeviationNote, context: CommandContext) async throws -> DeviationNote {
        try await stall()
    }
    func addUser(_ user: User, context: CommandContext) async throws { try await stall() as Void }
    func removeUser(login: String, context: CommandContext) async throws { try await stall() as Void }
    func youths() async throws -> [Youth] { try await stall() }
    func transitionSettings() async throws -> TransitionSettings { try await stall() }
    func setYouth(_ youth: Youth, expectedVersion: Int, context: CommandContext) async throws -> Youth { try await stall() }
    func setTransitionSettings(_ settings: TransitionSettings, context: CommandContext) async throws -> TransitionSettings {
        try await stall()
    }
    func targets() async throws -> [EfficiencyTarget] { try await stall() }
    func setTarget(_ target: EfficiencyTarget, expectedVersion: Int, context: CommandContext) async throws -> EfficiencyTarget {
        try await stall()
    }
    func caseSectorYears(year: Int) async throws -> [CaseSectorYear] { try await stall() }
    func meetings() async throws -> [Meeting] { try await stall() }
    func meeting(_ id: MeetingID) async throws -> Meeting { try await stall() }
    func minutes(_ id: MeetingID) async throws -> Minutes { try await stall() }
    func agendaPlan() async throws -> AgendaPlan { try await stall() }
    func freeItems() async throws -> [FreeItem] { try await stall() }
    func openMeeting(date: Day, participants: [String], agenda: AgendaDraft, context: CommandContext) async throws
        -> Meeting { try await stall() }
    func closeMeeting(_ id: MeetingID, context: CommandContext) async throws -> Meeting { try await stall() }
    func markItem(_ id: MeetingID, key: AgendaKey, state: ItemState, context: CommandContext) async throws
        -> Meeting { try await stall() }
    func postpone(_ key: AgendaKey, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan { try await stall() }
    func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft, context: CommandContext) async throws
        -> AgendaPlan { try await stall() }
    func addFreeItem(title: String, text: String, context: CommandContext) async throws -> FreeItem { try await stall() }
    func reopen(_ id: RequestID, expectedVersion: Int, reason: String, context: CommandContext) async throws
        -> GrantRequest { try await stall() }
}

/// A repository that answers the change token but fails every load.
struct FailingRepository: ForumRepository {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "disk I/O error" }
    }

    func changeToken() async throws -> Int64 { 7 }
    func settings() async throws -> ForumSettings { throw Broken() }
    func sectors() async throws -> [Sector] { throw Broken() }
    func subAreas() async throws -> [SubArea] { throw Broken() }
    func laws() async throws -> [LawBasis] { throw Broken() }
    func users() async throws -> [User] { throw Broken() }
    func user(login: String) async throws -> User? { throw Broken() }
    func requests() async throws -> [GrantRequest] { throw Broken() }
    func request(_ id: RequestID) async throws -> GrantRequest { throw Broken() }
    func history(of id: RequestID) async throws -> [RequestEvent] { throw Broken() }
    func commitments(of id: RequestID) async throws -> CommitmentSchedule { throw Broken() }
    func caseSpending(_ caseID: CaseID, year: Int) async throws -> [SectorCode: [Money]] { throw Broken() }
    func budgetRows(year: Int) async throws -> BudgetInput { throw Broken() }
    func largestCommitments(sector: SectorCode, year: Int, limit: Int) async throws -> [CommitmentSummary] { throw Broken() }
    func familyDraws(year: Int) async throws -> [FamilyDraw] { throw Broken() }
    func deviationNotes(year: Int) async throws -> [DeviationNote] { throw Broken() }
    func offers() async throws -> [Offer] { throw Broken() }
    func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry] { throw Broken() }
    func waitingLists() async throws -> [WaitingListEntry] { throw Broken() }
    func decide(_ id: RequestID, expectedVersion: Int, decision: Decision, context: CommandContext) async throws
        -> GrantRequest { throw Broken() }
    func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) async throws -> GrantRequest {
        throw Broken()
    }
    func changeSplit(_ id: RequestID, expectedVersion: Int, split: PaymentSplit, from month: Month,
                     context: CommandContext) async throws -> GrantRequest { throw Broken() }
    func allocatePlace(_ offer: OfferID, entry: Int64, expectedVersion: Int, terms: CommandRules.PlacementTerms,
                       context: CommandContext) async throws -> Offer { throw Broken() }
    func endPlace(_ offer: OfferID, placement: Int64, on day: Day, expectedVersion: Int,
                  context: CommandContext) async throws -> Offer { throw Broken() }
    func setWaitingPriority(_ offer: OfferID, entry: Int64, priority: Int, expectedVersion: Int,
                            context: CommandContext) async throws -> Offer { throw Broken() }
    func addToWaitingList(_ offer: OfferID, case caseID: CaseID, crossSector: Bool, priority: Int, units: Int, note: String,
                          expectedVersion: Int, context: CommandContext) async throws -> Offer { throw Broken() }
    func setQuota(_ offer: OfferID, quota: Int, expectedVersion: Int, context: CommandContext) async throws
        -> Offer { throw Broken() }
    func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?, expectedVersion: Int,
        context: CommandContext) async throws -> ManualForecast? { throw Broken() }
    func writeDeviationNote(_ note: DeviationNote, context: CommandContext) async throws -> DeviationNote {
        throw Broken()
    }
    func addUser(_ user: User, context: CommandContext) async throws { throw Broken() }
    func removeUser(login: String, context: CommandContext) async throws { throw Broken() }
    func youths() async throws -> [Youth] { throw Broken() }
    func transitionSettings() async throws -> TransitionSettings { throw Broken() }
    func setYouth(_ youth: Youth, expectedVersion: Int, context: CommandContext) async throws -> Youth { throw Broken() }
    func setTransitionSettings(_ settings: TransitionSettings, context: CommandContext) async throws -> TransitionSettings {
        throw Broken()
    }
    func targets() async throws -> [EfficiencyTarget] { throw Broken() }
    func setTarget(_ target: EfficiencyTarget, expectedVersion: Int, context: CommandContext) async throws -> EfficiencyTarget {
        throw Broken()
    }
    func caseSectorYears(year: Int) async throws -> [CaseSectorYear] { throw Broken() }
    func meetings() async throws -> [Meeting] { throw Broken() }
    func meeting(_ id: MeetingID) async throws -> Meeting { throw Broken() }
    func minutes(_ id: MeetingID) async throws -> Minutes { throw Broken() }
    func agendaPlan() async throws -> AgendaPlan { throw Broken() }
    func freeItems() async throws -> [FreeItem] { throw Broken() }
    func openMeeting(date: Day, participants: [String], agenda: AgendaDraft, context: CommandContext) async throws
        -> Meeting { throw Broken() }
    func closeMeeting(_ id: MeetingID, context: CommandContext) async throws -> Meeting { throw Broken() }
    func markItem(_ id: MeetingID, key: AgendaKey, state: ItemState, context: CommandContext) async throws
        -> Meeting { throw Broken() }
    func postpone(_ key: AgendaKey, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan { throw Broken() }
    func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft, context: CommandContext) async throws
        -> AgendaPlan { throw Broken() }
    func addFreeItem(title: String, text: String, context: CommandContext) async throws -> FreeItem { throw Broken() }
    func reopen(_ id: RequestID, expectedVersion: Int, reason: String, context: CommandContext) async throws
        -> GrantRequest { throw Broken() }
}
