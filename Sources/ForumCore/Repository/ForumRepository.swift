/// The municipality's settings that every screen and rule needs.
public struct ForumSettings: Hashable, Sendable, Codable {
    public var municipality: String
    public var budgetYear: Int
    public var policy: CompetencePolicy
    public var tolerance: Tolerance
    public var periodisation: Periodisation

    public init(municipality: String, budgetYear: Int, policy: CompetencePolicy,
                tolerance: Tolerance = .standard, periodisation: Periodisation = .even) {
        self.municipality = municipality
        self.budgetYear = budgetYear
        self.policy = policy
        self.tolerance = tolerance
        self.periodisation = periodisation
    }
}

/// Who runs a command, when, and in which meeting. The caller supplies the time: the core and
/// the repositories read no clock.
public struct CommandContext: Hashable, Sendable {
    public var user: User
    public var at: Timestamp
    public var today: Day
    public var meeting: String?

    public init(user: User, at: Timestamp, today: Day, meeting: String? = nil) {
        self.user = user
        self.at = at
        self.today = today
        self.meeting = meeting
    }
}

/// The budget figures of a year, aggregated per sector and per sub-area.
public struct BudgetSnapshot: Hashable, Sendable {
    public var year: Int
    /// The last month with postings (1…12), nil before any import.
    public var lastPostedMonth: Int?
    public var sectors: [SectorCode: BudgetFigures]
    public var subAreas: [String: BudgetFigures]
    /// The day of the last imported posting (nil before any import).
    public var lastPostingDay: Day?

    public init(year: Int, lastPostedMonth: Int?, sectors: [SectorCode: BudgetFigures], subAreas: [String: BudgetFigures],
                lastPostingDay: Day? = nil) {
        self.year = year
        self.lastPostedMonth = lastPostedMonth
        self.sectors = sectors
        self.subAreas = subAreas
        self.lastPostingDay = lastPostingDay
    }
}

/// An explanation of a deviation and the plan to act on it (*afvigelsesforklaring*, *handleplan*),
/// for a sector or one of its sub-areas: each line beyond the tolerance needs its own (DOMAIN §6).
public struct DeviationNote: Hashable, Sendable, Codable {
    public var sector: SectorCode
    /// The sub-area's code; nil for the sector's own note.
    public var subArea: String?
    public var month: Month
    public var explanation: String
    public var actionPlan: String
    /// Who owns the action plan.
    public var owner: String
    public var status: DeviationStatus
    public var author: String?
    public var at: Timestamp?
    public var version: Int

    public init(sector: SectorCode, subArea: String? = nil, month: Month, explanation: String, actionPlan: String, owner: String,
                status: DeviationStatus = .open, author: String? = nil, at: Timestamp? = nil, version: Int = 0) {
        self.sector = sector
        self.subArea = subArea
        self.month = month
        self.explanation = explanation
        self.actionPlan = actionPlan
        self.owner = owner
        self.status = status
        self.author = author
        self.at = at
        self.version = version
    }

    /// The line the note is for, as lists and messages name it: `BEV` or `BEV/5.68.90`.
    public var line: String { subArea.map { "\(sector)/\($0)" } ?? sector.rawValue }

    /// Whether this is the note of that line (sector and sub-area) and month.
    public func isFor(_ sector: SectorCode, subArea: String?, month: Month) -> Bool {
        self.sector == sector && self.subArea == subArea && self.month == month
    }
}

/// One line of a request's history.
public struct RequestEvent: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case submitted, decided, undone, splitChanged = "split_changed", reopened
    }

    public var kind: Kind
    public var at: Timestamp?
    public var day: Day?
    public var actor: String
    public var decision: DecisionKind?
    public var split: PaymentSplit?
    public var note: String

    public init(kind: Kind, at: Timestamp? = nil, day: Day? = nil, actor: String, decision: DecisionKind? = nil,
                split: PaymentSplit? = nil, note: String = "") {
        self.kind = kind
        self.at = at
        self.day = day
        self.actor = actor
        self.decision = decision
        self.split = split
        self.note = note
    }
}

/// Reads and commands on the forum's data. `ForumSQLite` implements it on SQLite (and later
/// `ForumPostgres` on PostgreSQL); `InMemoryRepository` implements it for tests and previews.
///
/// Every command is decided by its `CommandRules` function (permission, transition, version),
/// runs as one transaction with its audit event, and fails with the rule's specific
/// `RepositoryError`. The contract suite (Tests/ForumStoreTests/Contract) holds every
/// implementation to the same reads and refusals.
public protocol ForumRepository: Sendable {
    /// A number that changes whenever any terminal commits a change: cheap to poll.
    func changeToken() async throws -> Int64

    func settings() async throws -> ForumSettings
    func sectors() async throws -> [Sector]
    func subAreas() async throws -> [SubArea]
    func laws() async throws -> [LawBasis]
    func users() async throws -> [User]
    func user(login: String) async throws -> User?

    func requests() async throws -> [GrantRequest]
    func request(_ id: RequestID) async throws -> GrantRequest
    func history(of id: RequestID) async throws -> [RequestEvent]
    func commitments(of id: RequestID) async throws -> CommitmentSchedule
    /// Actual spend of a case per sector and month of a year (from imported postings).
    func caseSpending(_ caseID: CaseID, year: Int) async throws -> [SectorCode: [Money]]

    /// The rows the budget figures of a year are computed from (`BudgetAggregation`): read once,
    /// then every month's burn and the forecast bridge are computed without another read.
    func budgetRows(year: Int) async throws -> BudgetInput
    /// The largest commitments of a sector in a year, grants and placements, by what they
    /// commit for the whole year (largest first, at most `limit`).
    func largestCommitments(sector: SectorCode, year: Int, limit: Int) async throws -> [CommitmentSummary]
    /// Cross-sector families' total draw across all sectors since they entered the solution
    /// (from the monthly totals per case), largest first.
    func familyDraws(year: Int) async throws -> [FamilyDraw]
    func deviationNotes(year: Int) async throws -> [DeviationNote]

    /// Every offer with all its placements, by id.
    func offers() async throws -> [Offer]
    /// The waiting list of one offer, in waiting-list order.
    func waitingList(_ offer: OfferID) async throws -> [WaitingListEntry]
    /// The waiting lists of every offer, each in waiting-list order, offers by id: the board's read.
    func waitingLists() async throws -> [WaitingListEntry]

    /// Decides a pending request; an approval also stores its commitments.
    func decide(_ id: RequestID, expectedVersion: Int, decision: Decision, context: CommandContext) async throws -> GrantRequest
    /// Undoes the decision in force, restoring the status before it and removing its commitments.
    func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) async throws -> GrantRequest
    /// Changes who pays an approved grant from `month` on; earlier months keep the old split.
    func changeSplit(_ id: RequestID, expectedVersion: Int, split: PaymentSplit, from month: Month,
                     context: CommandContext) async throws -> GrantRequest

    /// Gives a waiting case units on the offer: ends its waiting entry and creates a placement
    /// whose tariff becomes a commitment on the paying sector (`Placement.commitments`).
    func allocatePlace(_ offer: OfferID, entry: Int64, expectedVersion: Int, terms: CommandRules.PlacementTerms,
                       context: CommandContext) async throws -> Offer
    /// Ends a placement on `day` (its last day); its commitment ends after that day.
    func endPlace(_ offer: OfferID, placement: Int64, on day: Day, expectedVersion: Int,
                  context: CommandContext) async throws -> Offer
    /// Moves a waiting entry to another priority band.
    func setWaitingPriority(_ offer: OfferID, entry: Int64, priority: Int, expectedVersion: Int,
                            context: CommandContext) async throws -> Offer
    /// Puts a known case on the offer's waiting list from today.
    func addToWaitingList(_ offer: OfferID, case caseID: CaseID, crossSector: Bool, priority: Int, units: Int, note: String,
                          expectedVersion: Int, context: CommandContext) async throws -> Offer
    /// Reserves or releases units for the cross-sector solution.
    func setQuota(_ offer: OfferID, quota: Int, expectedVersion: Int, context: CommandContext) async throws -> Offer

    /// Sets (or with nil clears) the manual forecast of a sector for a month, over the version
    /// the person saw (0: none); returns the forecast as stored (nil when cleared).
    func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?, expectedVersion: Int,
                     context: CommandContext) async throws -> ManualForecast?
    func writeDeviationNote(_ note: DeviationNote, context: CommandContext) async throws -> DeviationNote

    func addUser(_ user: User, context: CommandContext) async throws
    func removeUser(login: String, context: CommandContext) async throws

    // MARK: Transitions from the children's area (DOMAIN §12)

    /// The youth list, by transition date, then case.
    func youths() async throws -> [Youth]
    func transitionSettings() async throws -> TransitionSettings
    /// Adds or changes the youth record of a known case over the version the person saw (0: new).
    func setYouth(_ youth: Youth, expectedVersion: Int, context: CommandContext) async throws -> Youth
    func setTransitionSettings(_ settings: TransitionSettings, context: CommandContext) async throws -> TransitionSettings

    // MARK: Efficiency targets (DOMAIN §13)

    /// Every year's efficiency target, by year.
    func targets() async throws -> [EfficiencyTarget]
    /// Sets the target of its year over the version the person saw (0: the year has none yet).
    func setTarget(_ target: EfficiencyTarget, expectedVersion: Int, context: CommandContext) async throws -> EfficiencyTarget
    /// Every case's draw on each sector that it drew on in `year` − 1 or `year`, or has commitments
    /// on in `year`: what the realised saving of a target is estimated from (`SavingEstimate`).
    func caseSectorYears(year: Int) async throws -> [CaseSectorYear]

    // MARK: Meetings (DOMAIN §9)

    /// Every meeting opened, newest first, each with its agenda.
    func meetings() async throws -> [Meeting]
    func meeting(_ id: MeetingID) async throws -> Meeting
    /// The minutes written when the meeting closed; `meetingNotFound` when it is not, or not yet.
    func minutes(_ id: MeetingID) async throws -> Minutes
    /// The chair's plan for the next draft agenda: order, items put off, items carried over.
    func agendaPlan() async throws -> AgendaPlan
    /// The chair's free items that no meeting has taken yet.
    func freeItems() async throws -> [FreeItem]

    /// Opens the meeting of `date` on the draft agenda `agenda` (`Agenda.draft`, as the chair sees it).
    func openMeeting(date: Day, participants: [String], agenda: AgendaDraft, context: CommandContext) async throws -> Meeting
    /// Closes the open meeting: writes its minutes, makes it read-only and carries what was left to
    /// the next draft agenda.
    func closeMeeting(_ id: MeetingID, context: CommandContext) async throws -> Meeting
    /// Marks an item of the open meeting done, or pending again.
    func markItem(_ id: MeetingID, key: AgendaKey, state: ItemState, context: CommandContext) async throws -> Meeting
    /// Postpones an item of the open meeting, or puts an item of the draft `draft` off to the
    /// meeting after the next; returns the plan of the next draft.
    func postpone(_ key: AgendaKey, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan
    /// Moves an item of the draft to `position` (from 1) within its section.
    func reorder(_ key: AgendaKey, to position: Int, draft: AgendaDraft, context: CommandContext) async throws -> AgendaPlan
    func addFreeItem(title: String, text: String, context: CommandContext) async throws -> FreeItem
    /// Puts a decided request back on the forum's table after its meeting, with a reason: the
    /// decision stays in the history, its commitments end from today.
    func reopen(_ id: RequestID, expectedVersion: Int, reason: String, context: CommandContext) async throws -> GrantRequest
}
