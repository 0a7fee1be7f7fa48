import ForumCore
@testable import ForumTUI

/// A small Danish municipality for the decision screen's tests, on the pinned day 25.11.2026:
/// four requests in the forum's queue (a 60/20/20 split, a ½/⅓/⅙ split, one with priced
/// alternatives, a deferred one), a grant approved earlier on the same family's case, a rejected
/// request and one a leader decides; budgets with postings January to October.
enum DecisionsFixture {
    static let sectors = [
        Sector(code: "BEV", name: "Beskæftigelse", chiefLogin: "bevchef"),
        Sector(code: "BUF", name: "Udsatte børn og unge", chiefLogin: "bufchef"),
        Sector(code: "VOK", name: "Udsatte voksne og handicap", chiefLogin: "vokchef"),
        Sector(code: "SUN", name: "Sundhed og omsorg"),
    ]
    static let subAreas = [
        SubArea(code: "5.68.98", name: "Mentor og løntilskud", sector: "BEV"),
        SubArea(code: "5.28.20", name: "Plejefamilier og opholdssteder", sector: "BUF"),
        SubArea(code: "5.38.50", name: "Botilbud", sector: "VOK"),
        SubArea(code: "5.32.32", name: "Personlig hjælp", sector: "SUN"),
    ]
    static let chiefBUF = User(login: "bufchef", name: "Birthe Børn", roles: [.chief], sector: "BUF")
    static let reader = User(login: "laeser", name: "Lars Læser", roles: [.reader])

    /// Tuesday 25.11.2026 13:05 Danish time: when decisions in the tests are made.
    static let now = Timestamp(secondsSinceEpoch: Int64(Fixture.today.daysSinceEpoch) * 86_400 + 12 * 3_600 + 5 * 60)

    /// The family that recurs: a coordinator split ½/⅓/⅙, a placement deferred, a grant running.
    static let family: CaseID = "P-77B03D1E92"

    /// The forum's meeting of 25.11.2026, open, with the chiefs of BEV and BUF taking part: the
    /// forum's requests are decided only in it (DOMAIN §10).
    static let meeting = Meeting(id: MeetingID(date: Fixture.today), date: Fixture.today, participants: ["bevchef", "bufchef"],
                                 openedBy: "formand", openedAt: Timestamp(secondsSinceEpoch: now.secondsSinceEpoch - 3_600), items: [])

    /// The municipality, by default with the forum's meeting open (nil: between meetings).
    static func repository(extraRequests: Int = 0, meeting: Meeting? = meeting) -> InMemoryRepository {
        let budgets: [String: Money] = [
            "5.68.98": Money(kroner: 21_400_000), "5.28.20": Money(kroner: 48_000_000),
            "5.38.50": Money(kroner: 96_000_000), "5.32.32": Money(kroner: 30_000_000),
        ]
        let monthly: [String: Money] = [
            "5.68.98": Money(kroner: 1_700_000), "5.28.20": Money(kroner: 4_150_000),
            "5.38.50": Money(kroner: 8_100_000), "5.32.32": Money(kroner: 2_500_000),
        ]
        let postings = monthly.mapValues { Array(repeating: $0, count: 10) + [.zero, .zero] }
        return InMemoryRepository(
            settings: Fixture.settings, sectors: sectors, subAreas: subAreas, laws: [],
            users: [Fixture.chair, Fixture.chiefBEV, chiefBUF, reader], requests: requests + copies(extraRequests),
            budgets: budgets, postings: postings,
            caseSpending: [family: ["BUF": Array(repeating: Money(kroner: 38_000), count: 10) + [.zero, .zero]]],
            meetings: meeting.map { [$0] } ?? [])
    }

    /// More requests for the forum (copies of the mentor request under other ids), for lists
    /// longer than a screen.
    static func copies(_ count: Int) -> [GrantRequest] {
        (0..<count).map { index in
            var copy = mentor
            copy.id = RequestID("IND-2026-\(String(900 + index))")
            return copy
        }
    }

    static var requests: [GrantRequest] {
        [mentor, coordinator, residential, placement, runningPlacement, support, personalHelp]
    }

    /// 60/20/20: employment, adult support and children share a mentor (DOMAIN §5).
    static let mentor = GrantRequest(
        id: "IND-2026-0142", caseID: "P-4F2A91C07E", requestingUnit: "Jobcenter Skovby",
        requestedBy: "Sara Sagsbehandler", sector: "BEV", law: "LAB", offer: "Mentor, 12 t./uge",
        amount: .monthly(rate: Money(kroner: 37_500), start: day(2026, 11, 1), end: day(2027, 5, 31)),
        weeklyHours: Hours(whole: 12), step: .individualSupport,
        alternatives: [
            Alternative(description: "Gruppeforløb i jobcentret",
                        amount: .monthly(rate: Money(kroner: 9_000), start: day(2026, 11, 1), end: day(2027, 5, 31))),
            Alternative(description: "Mentor, 6 t./uge",
                        amount: .monthly(rate: Money(kroner: 18_750), start: day(2026, 11, 1), end: day(2027, 5, 31))),
        ],
        proposedSplit: split("BEV=60,VOK=20,BUF=20"),
        reason: "Ung med angst og misbrug; tæt støtte i overgangen til uddannelse.",
        submitted: day(2026, 10, 28), status: .onAgenda)

    /// ½/⅓/⅙ as the weights 3:2:1: a family coordinator's salary (DOMAIN §5).
    static let coordinator = GrantRequest(
        id: "IND-2026-0150", caseID: family, crossSector: true, requestingUnit: "Familieafdelingen",
        requestedBy: "Julie Damgaard", sector: "BUF", law: "SEL52", offer: "Familiekoordinator",
        amount: .monthly(rate: Money(kroner: 24_000), start: day(2026, 12, 1), end: day(2027, 11, 30)),
        step: .groupSupport, proposedSplit: split("BUF=3,VOK=2,BEV=1"),
        reason: "Familien har indsatser i tre sektorer; én koordinator.", submitted: day(2026, 11, 10), status: .onAgenda)

    static let residential = GrantRequest(
        id: "IND-2026-0155", caseID: "P-0C9E55A013", requestingUnit: "Myndighed voksne", requestedBy: "Helle Riis",
        sector: "VOK", law: "SEL107", offer: "Midlertidigt botilbud, Skovlyhuset",
        amount: .monthly(rate: Money(kroner: 45_000), start: day(2027, 1, 1), end: day(2027, 6, 30)),
        step: .temporaryResidential,
        alternatives: [
            Alternative(description: "Bostøtte § 85, 10 t./uge",
                        amount: .monthly(rate: Money(kroner: 22_500), start: day(2027, 1, 1), end: day(2027, 6, 30))),
            Alternative(description: "Aflastning i hjemmet",
                        amount: .monthly(rate: Money(kroner: 15_000), start: day(2027, 1, 1), end: day(2027, 6, 30))),
        ],
        proposedSplit: .single("VOK"), reason: "Udskrevet fra psykiatrien; behov for døgnstøtte i en periode.",
        submitted: day(2026, 11, 18))

    static let placement = GrantRequest(
        id: "IND-2026-0158", caseID: family, crossSector: true, requestingUnit: "Familieafdelingen",
        requestedBy: "Julie Damgaard", sector: "BUF", law: "SEL52", offer: "Forstærket plejefamilie, søskende",
        amount: .monthly(rate: Money(kroner: 52_000), start: day(2026, 12, 1), end: day(2027, 11, 30)),
        step: .longTermResidential, proposedSplit: .single("BUF"),
        reason: "Søskende skal anbringes sammen.", submitted: day(2026, 11, 20), status: .deferred)

    static let runningPlacement = GrantRequest(
        id: "IND-2025-0402", caseID: family, crossSector: true, requestingUnit: "Familieafdelingen",
        requestedBy: "Julie Damgaard", sector: "BUF", law: "SEL52", offer: "Forstærket plejefamilie",
        amount: .monthly(rate: Money(kroner: 38_000), start: day(2026, 1, 1), end: day(2027, 12, 31)),
        step: .longTermResidential, proposedSplit: .single("BUF"), reason: "Tilknytningsforstyrrelse.",
        submitted: day(2025, 11, 27), status: .approved, version: 2,
        decision: DecisionRecord(
            id: 1, requestID: "IND-2025-0402", decision: Decision(kind: .approve, split: .single("BUF")),
            previousStatus: .onAgenda, decidedBy: "formand", decidedByName: "Hanne Formand",
            at: Timestamp(secondsSinceEpoch: Int64(day(2026, 1, 8).daysSinceEpoch) * 86_400 + 9 * 3_600)),
        changedBy: "Hanne Formand")

    static let support = GrantRequest(
        id: "IND-2026-0120", caseID: "P-A0B1C2D3E4", requestingUnit: "Myndighed voksne", requestedBy: "Helle Riis",
        sector: "VOK", law: "SEL85", offer: "Bostøtte § 85",
        amount: .monthly(rate: Money(kroner: 12_000), start: day(2026, 10, 1), end: day(2027, 3, 31)),
        step: .individualSupport, proposedSplit: .single("VOK"), reason: "Støtte til egen bolig.",
        submitted: day(2026, 9, 14), status: .rejected, version: 2,
        decision: DecisionRecord(
            id: 2, requestID: "IND-2026-0120", decision: Decision(kind: .reject, split: .single("VOK"),
                                                                  note: "Søg først § 82-forløb"),
            previousStatus: .onAgenda, decidedBy: "formand", decidedByName: "Hanne Formand",
            at: Timestamp(secondsSinceEpoch: Int64(day(2026, 10, 1).daysSinceEpoch) * 86_400 + 9 * 3_600)))

    /// Within the leader's ceiling: only in the list of all requests.
    static let personalHelp = GrantRequest(
        id: "IND-2026-0161", caseID: "P-5A1D7766F0", requestingUnit: "Visitationen", requestedBy: "Ole Holm",
        sector: "SUN", law: "SEL83", offer: "Nattevagt i en overgang", amount: .oneOff(Money(kroner: 18_000), on: day(2026, 12, 15)),
        step: .individualSupport, proposedSplit: .single("SUN"), reason: "Efter udskrivning.",
        submitted: day(2026, 11, 21))

    static func split(_ text: String) -> PaymentSplit {
        do {
            return try PaymentSplit(parsing: text)
        } catch {
            fatalError("bad test split \(text)")
        }
    }

    /// The console's screens with the decision screen first, its clock pinned.
    static var screens: [any Screen] {
        [DecisionsScreen(clock: { now })] + ScreenID.allCases.dropFirst().map { NotBuiltScreen(id: $0) }
    }
}

/// A month written in a test (a bad one is a bug in the test).
func month(_ year: Int, _ month: Int) -> Month {
    do {
        return try Month(year: year, month: month)
    } catch {
        fatalError("bad test month \(year)-\(month)")
    }
}

/// The console with the decision screen over a repository: keys go in, effects run at once
/// against the repository, their results come back, as the loop does without the waiting.
struct DecisionsDriver {
    var state: ShellState
    let repository: any ForumRepository

    init(size: Size = Fixture.small, user: User = Fixture.chair, language: Language = .danish,
         repository: any ForumRepository = DecisionsFixture.repository(),
         screens: [any Screen] = DecisionsFixture.screens) async {
        state = Fixture.state(size: size, language: language, user: user, screens: screens)
        self.repository = repository
        // As the console starts: the first change token loads what is shown.
        await run([ShellState.pollChangeToken])
    }

    /// Types keys and other input, running what each asks for.
    mutating func type(_ events: [InputEvent]) async {
        for event in events { await run(state.handle(event)) }
    }

    mutating func type(_ text: String) async { await type(keys(text)) }

    mutating func press(_ key: Key) async { await type([.key(key)]) }

    /// What the shell does when the change token moves: reload what is shown.
    mutating func refresh() async { await run(state.reloadEffects) }

    mutating func run(_ effects: [Effect]) async {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            queue += state.receive(await effect.run(repository))
        }
    }

    var screen: DecisionsScreen? { state.screens.first as? DecisionsScreen }
    var frame: Frame { ShellView.render(state) }
    var status: String? { state.status.current?.text }
    var listedIDs: [String] { screen?.items.map(\.id.rawValue) ?? [] }
    var selectedID: String? { screen?.selectedItem?.id.rawValue }

    var dialog: DialogState? {
        if case .dialog(let dialog, _)? = state.overlays.last { return dialog }
        return nil
    }
}
