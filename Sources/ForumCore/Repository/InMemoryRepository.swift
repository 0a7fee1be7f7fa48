/// A complete `ForumRepository` held in memory: for tests, previews and the console before a
/// database exists. It applies the same `CommandRules` as the SQLite store.
public actor InMemoryRepository: ForumRepository {
    var token: Int64 = 0
    var forumSettings: ForumSettings
    private var sectorList: [Sector]
    private var subAreaList: [SubArea]
    private var lawList: [LawBasis]
    var userList: [String: User]
    var requestList: [RequestID: GrantRequest]
    var schedules: [RequestID: CommitmentSchedule] = [:]
    var decisionStacks: [RequestID: [DecisionRecord]] = [:]
    var events: [RequestID: [RequestEvent]] = [:]
    var offerList: [OfferID: Offer]
    private var waiting: [WaitingListEntry]
    private var budgets: [String: Money]
    private var profiles: [String: [Int64]]
    private var postings: [String: [Money]]
    private var caseSpendingBySector: [CaseID: [SectorCode: [Money]]]
    /// Each case's spend per sector and month in the year before the budget year.
    private var previousCaseSpending: [CaseID: [SectorCode: [Money]]]
    /// Manual forecasts by year, sector and month.
    private var forecasts: [Int: [SectorCode: [Int: ManualForecast]]] = [:]
    var notes: [DeviationNote] = []
    /// Every commitment row of grants and placements, with the months it stood.
    private var commitmentLog = CommitmentLog()
    private var lastPosting: Day?
    private var nextRecordID: Int64 = 1
    private var nextPlacementID: Int64 = 1
    private var nextWaitingID: Int64 = 1
    /// Meetings, minutes, the draft's plan and free items (InMemoryRepository+Meeting).
    var meetingBook = MeetingBook()
    var youthList: [CaseID: Youth] = [:]
    var transitions = TransitionSettings.standard
    var targetList: [Int: EfficiencyTarget] = [:]

    /// - Parameters:
    ///   - budgets: corrected budget per sub-area code for the settings' budget year.
    ///   - profiles: the monthly profile (twelve weights) of a sub-area's budget, by sub-area code.
    ///   - postings: actual spend per sub-area code and month (twelve entries, January first); the
    ///     last month with spend is the last posted month.
    ///   - meetings: meetings held or open before the store existed (at most one open).
    public init(settings: ForumSettings, sectors: [Sector], subAreas: [SubArea], laws: [LawBasis],
                users: [User], requests: [GrantRequest] = [], offers: [Offer] = [],
                waitingList: [WaitingListEntry] = [], budgets: [String: Money] = [:],
                profiles: [String: [Int64]] = [:], postings: [String: [Money]] = [:],
                caseSpending: [CaseID: [SectorCode: [Money]]] = [:], previousCaseSpending: [CaseID: [SectorCode: [Money]]] = [:],
                lastPostingDay: Day? = nil, meetings: [Meeting] = []) {
        forumSettings = settings
        sectorList = sectors
        subAreaList = subAreas
        lawList = laws
        userList = Dictionary(users.map { ($0.login, $0) }, uniquingKeysWith: { _, last in last })
        requestList = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        offerList = Dictionary(offers.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        waiting = waitingList
        nextPlacementID = (offers.flatMap(\.placements).map(\.id).max() ?? 0) + 1
        nextWaitingID = (waitingList.map(\.id).max() ?? 0) + 1
        self.budgets = budgets
        self.profiles = profiles
        self.postings = postings
        caseSpendingBySector = caseSpending
        self.previousCaseSpending = previousCaseSpending
        lastPosting = lastPostingDay
        meetingBook.meetings = Dictionary(meetings.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        for request in requests {
            // Decided before the store existed: known in every month the figures look at.
            let schedule = CommandRules.commitments(of: request)
            schedules[request.id] = schedule
            commitmentLog.revise(request.id.rawValue, to: schedule, source: .grant, caseID: request.caseID,
                                 description: request.offer, monthly: request.amount.perMonth, decided: nil, in: nil)
            events[request.id] = [RequestEvent(kind: .submitted, day: request.submitted, actor: request.requestedBy)]
            // A request that arrives decided has that decision in its history, as the store's import gives it.
            if let record = request.decision {
                decisionStacks[request.id] = [record]
                nextRecordID = Swift.max(nextRecordID, record.id + 1)
                events[request.id, default: []].append(RequestEvent(
                    kind: .decided, at: record.at, actor: record.decidedByName, decision: record.decision.kind,
                    split: record.decision.split, note: record.decision.note))
            }
        }
        // Placed before the store existed: known in every month, as grants decided before it.
        for offer in offers {
            for placement in offer.placements {
                commitmentLog.revise("#\(placement.id)", to: placement.commitments(budgetYear: settings.budgetYear),
                                     source: .placement, caseID: placement.caseID, description: offer.name,
                                     monthly: placement.tariff.total, decided: nil, in: nil)
            }
        }
    }

    public func changeToken() -> Int64 { token }
    public func settings() -> ForumSettings { forumSettings }
    public func sectors() -> [Sector] { sectorList.sorted { $0.code < $1.code } }
    public func subAreas() -> [SubArea] { subAreaList.sorted { $0.code < $1.code } }
    public func laws() -> [LawBasis] { lawList.sorted { $0.code < $1.code } }
    public func users() -> [User] { userList.values.sorted { $0.login < $1.login } }
    public func user(login: String) -> User? { userList[login] }
    public func requests() -> [GrantRequest] { requestList.values.sorted { $0.id < $1.id } }

    public func request(_ id: RequestID) throws(RepositoryError) -> GrantRequest {
        guard let request = requestList[id] else { throw .requestNotFound(id) }
        return request
    }

    public func history(of id: RequestID) throws(RepositoryError) -> [RequestEvent] {
        guard requestList[id] != nil else { throw .requestNotFound(id) }
        return events[id] ?? []
    }

    public func commitments(of id: RequestID) throws(RepositoryError) -> CommitmentSchedule {
        guard requestList[id] != nil else { throw .requestNotFound(id) }
        return schedules[id] ?? CommitmentSchedule(lines: [])
    }

    public func caseSpending(_ caseID: CaseID, year: Int) -> [SectorCode: [Money]] {
        switch year {
        case forumSettings.budgetYear: caseSpendingBySector[caseID] ?? [:]
        case forumSettings.budgetYear - 1: previousCaseSpending[caseID] ?? [:]
        default: [:]
        }
    }

    public func caseSectorYears(year: Int) -> [CaseSectorYear] {
        // Spend is held for the budget year and the year before it only.
        let previous: [CaseID: [SectorCode: Money]] = switch year {
        case forumSettings.budgetYear: previousCaseSpending.mapValues { $0.mapValues { Money.sum($0) } }
        case forumSettings.budgetYear + 1: caseSpendingBySector.mapValues { $0.mapValues { Money.sum($0) } }
        default: [:]
        }
        let actual = year == forumSettings.budgetYear ? caseSpendingBySector : [:]
        var rows: [String: CaseSectorYear] = [:]
        func update(_ caseID: CaseID, _ sector: SectorCode, _ change: (inout CaseSectorYear) -> Void) {
            let key = caseID.rawValue + "/" + sector.rawValue
            var row = rows[key] ?? CaseSectorYear(caseID: caseID, sector: sector)
            change(&row)
            rows[key] = row
        }
        for (caseID, sectors) in previous {
            for (sector, amount) in sectors { update(caseID, sector) { $0.previousYear += amount } }
        }
        for (caseID, sectors) in actual {
            for (sector, months) in sectors {
                update(caseID, sector) { row in
                    for (index, amount) in months.prefix(12).enumerated() { row.actual[index] += amount }
                }
            }
        }
        for entry in commitmentLog.entries where entry.replaced == nil && entry.line.month.year == year {
            update(entry.caseID, entry.line.sector) { $0.committed[entry.line.month.month - 1] += entry.line.amount }
        }
        return rows.values.sorted { ($0.caseID, $0.sector) < ($1.caseID, $1.sector) }
    }

    public func budgetRows(year: Int) -> BudgetInput {
        // Budgets and postings are held for the settings' budget year only.
        let thisYear = year == forumSettings.budgetYear
        return BudgetInput(
            year: year, periodisation: forumSettings.periodisation, sectors: sectorList.map(\.code),
            subAreas: subAreaList.map { BudgetInput.SubAreaRow(code: $0.code, sector: $0.sector) },
            budgets: thisYear ? budgets.map { BudgetInput.BudgetRow(subArea: $0.key, amount: $0.value,
                                                                  profile: profiles[$0.key].map(Periodisation.profile)) } : [],
            actuals: thisYear ? postings.flatMap { code, months in
                months.prefix(12).enumerated().map { BudgetInput.MonthRow(code, month: $0.offset + 1, amount: $0.element) }
            } : [],
            commitments: commitmentLog.rows(year: year),
            forecasts: (forecasts[year] ?? [:]).flatMap { sector, months in
                months.map { BudgetInput.ForecastRow(sector: sector, month: $0.key, forecast: $0.value) }
            },
            lastPostingDay: thisYear ? lastPosting : nil)
    }

    public func deviationNotes(year: Int) -> [DeviationNote] {
        // A sector's own note before its sub-areas' notes, as the backends order them.
        notes.filter { $0.month.year == year }
            .sorted { ($0.sector, $0.subArea ?? "", $0.month) < ($1.sector, $1.subArea ?? "", $1.month) }
    }

    public func offers() -> [Offer] { offerList.values.sorted { $0.id < $1.id } }

    public func waitingList(_ offer: OfferID) throws(RepositoryError) -> [WaitingListEntry] {
        guard offerList[offer] != nil else { throw .offerNotFound(offer) }
        return WaitingList.ordered(waiting.filter { $0.offer == offer })
    }

    public func waitingLists() -> [WaitingListEntry] {
        Dictionary(grouping: waiting, by: \.offer).sorted { $0.key < $1.key }.flatMap { WaitingList.ordered($0.value) }
    }

    public func decide(_ id: RequestID, expectedVersion: Int, decision: Decision,
                       context: CommandContext) throws(RepositoryError) -> GrantRequest {
        let current = try request(id)
        let decided = try CommandRules.decide(
            current, expectedVersion: expectedVersion, decision: decision, recordID: nextRecordID,
            policy: forumSettings.policy, knownSectors: knownSectors, openMeeting: openMeeting, context: context)
        nextRecordID += 1
        requestList[id] = decided
        setSchedule(decided, CommandRules.commitments(of: decided), in: context.today.calendarMonth)
        if let record = decided.decision { decisionStacks[id, default: []].append(record) }
        events[id, default: []].append(RequestEvent(kind: .decided, at: context.at, actor: context.user.name,
                                                    decision: decision.kind, split: decision.split, note: decision.note))
        token += 1
        return decided
    }

    public func undoDecision(_ id: RequestID, expectedVersion: Int, context: CommandContext) throws(RepositoryError) -> GrantRequest {
        let current = try request(id)
        let stack = decisionStacks[id] ?? []
        let previous = stack.count >= 2 ? stack[stack.count - 2] : nil
        let restored = try CommandRules.undo(
            current, expectedVersion: expectedVersion, previous: previous,
            recordMeeting: current.decision?.meeting.flatMap { meetingBook.meetings[MeetingID($0)] },
            lastOwnInMeeting: context.meeting.flatMap { lastDecision(of: context.user.login, in: $0) }, context: context)
        decisionStacks[id] = Array(stack.dropLast())
        requestList[id] = restored
        setSchedule(restored, CommandRules.commitments(of: restored), in: context.today.calendarMonth)
        events[id, default: []].append(RequestEvent(kind: .undone, at: context.at, actor: context.user.name,
                                                    decision: current.decision?.decision.kind))
        token += 1
        return restored
    }

    public func changeSplit(_ id: RequestID, expectedVersion: Int, split: PaymentSplit, from month: Month,
                            context: CommandContext) throws(RepositoryError) -> GrantRequest {
        let current = try request(id)
        let (changed, schedule) = try CommandRules.changeSplit(
            current, expectedVersion: expectedVersion, split: split, from: month,
            current: schedules[id] ?? CommandRules.commitments(of: current), knownSectors: knownSectors, context: context)
        requestList[id] = changed
        setSchedule(changed, schedule, in: context.today.calendarMonth)
        events[id, default: []].append(RequestEvent(kind: .splitChanged, at: context.at, actor: context.user.name,
                                                    split: split, note: month.description))
        token += 1
        return changed
    }

    public func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, terms: CommandRules.PlacementTerms,
                              context: CommandContext) throws(RepositoryError) -> Offer {
        let offer = try existingOffer(offerID)
        let index = waiting.firstIndex { $0.id == entryID && $0.offer == offerID }
        var allocation = try CommandRules.allocatePlace(
            offer, expectedVersion: expectedVersion, entry: index.map { waiting[$0] }, entryID: entryID, terms: terms,
            budgetYear: forumSettings.budgetYear, meeting: openMeeting, context: context)
        if let index { waiting.remove(at: index) }
        allocation.offer.placements[allocation.offer.placements.count - 1].id = nextPlacementID
        nextPlacementID += 1
        if let placement = allocation.offer.placements.last {
            setSchedule(placement, of: allocation.offer, in: context.today.calendarMonth)
        }
        return store(allocation.offer)
    }

    public func endPlace(_ offerID: OfferID, placement: Int64, on day: Day, expectedVersion: Int,
                         context: CommandContext) throws(RepositoryError) -> Offer {
        let ending = try CommandRules.endPlace(try existingOffer(offerID), expectedVersion: expectedVersion, placementID: placement,
                                               on: day, budgetYear: forumSettings.budgetYear, meeting: openMeeting,
                                               context: context)
        setSchedule(ending.placement, of: ending.offer, in: context.today.calendarMonth)
        return store(ending.offer)
    }

    public func setWaitingPriority(_ offerID: OfferID, entry entryID: Int64, priority: Int, expectedVersion: Int,
                                   context: CommandContext) throws(RepositoryError) -> Offer {
        let offer = try existingOffer(offerID)
        let index = waiting.firstIndex { $0.id == entryID && $0.offer == offerID }
        let change = try CommandRules.setWaitingPriority(offer, expectedVersion: expectedVersion, entry: index.map { waiting[$0] },
                                                         entryID: entryID, priority: priority, meeting: openMeeting,
                                                         context: context)
        if let index { waiting[index] = change.entry }
        return store(change.offer)
    }

    public func addToWaitingList(_ offerID: OfferID, case caseID: CaseID, crossSector: Bool, priority: Int, units: Int,
                                 note: String, expectedVersion: Int, context: CommandContext) throws(RepositoryError) -> Offer {
        let offer = try existingOffer(offerID)
        var change = try CommandRules.addToWaitingList(
            offer, expectedVersion: expectedVersion, caseID: caseID, known: knownCases.contains(caseID),
            waiting: waiting.filter { $0.offer == offerID }, crossSector: crossSector, priority: priority, units: units,
            note: note, meeting: openMeeting, context: context)
        change.entry.id = nextWaitingID
        nextWaitingID += 1
        waiting.append(change.entry)
        return store(change.offer)
    }

    public func setQuota(_ offerID: OfferID, quota: Int, expectedVersion: Int,
                         context: CommandContext) throws(RepositoryError) -> Offer {
        store(try CommandRules.setQuota(try existingOffer(offerID), expectedVersion: expectedVersion, quota: quota,
                                        meeting: openMeeting, context: context))
    }

    /// The meeting open now: who may decide and manage offers depends on it.
    private var openMeeting: Meeting? { meetingBook.meetings.values.first(where: \.isOpen) }

    private func existingOffer(_ id: OfferID) throws(RepositoryError) -> Offer {
        guard let offer = offerList[id] else { throw .offerNotFound(id) }
        return offer
    }

    private func store(_ offer: Offer) -> Offer {
        offerList[offer.id] = offer
        token += 1
        return offer
    }

    /// The cases the repository knows from requests, waiting lists, placements and spending.
    var knownCases: Set<CaseID> {
        Set(requestList.values.map(\.caseID) + waiting.map(\.caseID) + offerList.values.flatMap(\.placements).map(\.caseID)
            + caseSpendingBySector.keys)
    }

    public func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?, expectedVersion: Int,
                            context: CommandContext) throws(RepositoryError) -> ManualForecast? {
        let rows = TransitionInflow.adding(to: budgetRows(year: month.year), youths: youths(), requests: Array(requestList.values))
        let figures = BudgetAggregation.snapshot(rows).sectors[sector] ?? BudgetFigures(budget: .zero)
        let stored = try CommandRules.setForecast(
            forecast, for: sector, month: month, existing: forecasts[month.year]?[sector]?[month.month],
            expectedVersion: expectedVersion, figures: figures, budgetYear: forumSettings.budgetYear,
            knownSectors: knownSectors, context: context)
        forecasts[month.year, default: [:]][sector, default: [:]][month.month] = stored
        token += 1
        return stored
    }

    public func largestCommitments(sector: SectorCode, year: Int, limit: Int) -> [CommitmentSummary] {
        CommitmentSummary.largest(commitmentLog.summaries(sector: sector, year: year), limit: limit)
    }

    public func familyDraws(year: Int) -> [FamilyDraw] {
        // A family enters the solution with its first cross-sector request; spend is held for the
        // budget year only.
        let entries = Dictionary(requestList.values.filter(\.crossSector).map { ($0.caseID, $0.submitted.calendarMonth) },
                                 uniquingKeysWith: Swift.min)
        return entries.compactMap { caseID, since in
            guard year == forumSettings.budgetYear, since.year <= year, let spending = caseSpendingBySector[caseID] else { return nil }
            let from = since.year == year ? since.month - 1 : 0
            // A sector the family has drawn nothing from since it entered is not among its draws.
            let bySector = spending.mapValues { Money.sum($0.prefix(12).dropFirst(from)) }.filter { !$0.value.isZero }
            return bySector.isEmpty ? nil : FamilyDraw(caseID: caseID, since: since, bySector: bySector)
        }
    }

    public func writeDeviationNote(_ note: DeviationNote, context: CommandContext) throws(RepositoryError) -> DeviationNote {
        let index = notes.firstIndex { $0.isFor(note.sector, subArea: note.subArea, month: note.month) }
        let stored = try CommandRules.writeDeviationNote(note, existing: index.map { notes[$0] }, knownSectors: knownSectors,
                                                         subAreas: subAreaList, context: context)
        if let index { notes[index] = stored } else { notes.append(stored) }
        token += 1
        return stored
    }

    public func addUser(_ user: User, context: CommandContext) throws(RepositoryError) {
        let added = try CommandRules.addUser(user, existing: userList[user.login], knownSectors: knownSectors, context: context)
        userList[added.login] = added
        token += 1
    }

    public func removeUser(login: String, context: CommandContext) throws(RepositoryError) {
        let removed = try CommandRules.removeUser(login: login, existing: userList[login], context: context)
        userList[removed.login] = nil
        token += 1
    }

    var knownSectors: Set<SectorCode> { Set(sectorList.map(\.code)) }

    /// Puts a request's schedule in force from `month` (nil: from before any month looked at),
    /// keeping the rows it replaces for the months they stood.
    func setSchedule(_ request: GrantRequest, _ schedule: CommitmentSchedule, in month: Month?) {
        schedules[request.id] = schedule
        commitmentLog.revise(request.id.rawValue, to: schedule, source: .grant, caseID: request.caseID,
                             description: request.offer, monthly: request.amount.perMonth,
                             decided: commitmentLog.decided(request.id.rawValue) ?? month, in: month)
    }

    /// A placement's commitments follow from the placement as it is now (see Placement); its
    /// reference is the one the drill shows, `#` and the placement's id.
    private func setSchedule(_ placement: Placement, of offer: Offer, in month: Month?) {
        let reference = "#\(placement.id)"
        commitmentLog.revise(reference, to: placement.commitments(budgetYear: forumSettings.budgetYear), source: .placement,
                             caseID: placement.caseID, description: offer.name, monthly: placement.tariff.total,
                             decided: commitmentLog.decided(reference) ?? month, in: month)
    }
}
