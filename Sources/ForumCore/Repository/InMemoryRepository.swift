/// A complete `ForumRepository` held in memory: for tests, previews and the console before a
/// database exists. It applies the same `CommandRules` as the SQLite store.
public actor InMemoryRepository: ForumRepository {
    private var token: Int64 = 0
    private var forumSettings: ForumSettings
    private var sectorList: [Sector]
    private var subAreaList: [SubArea]
    private var lawList: [LawBasis]
    private var userList: [String: User]
    private var requestList: [RequestID: GrantRequest]
    private var schedules: [RequestID: CommitmentSchedule] = [:]
    private var decisionStacks: [RequestID: [DecisionRecord]] = [:]
    private var events: [RequestID: [RequestEvent]] = [:]
    private var offerList: [OfferID: Offer]
    private var waiting: [WaitingListEntry]
    private var budgets: [String: Money]
    private var postings: [String: [Money]]
    private var lastPostedMonth: Int?
    private var caseSpendingBySector: [CaseID: [SectorCode: [Money]]]
    private var forecasts: [SectorCode: [Int: ManualForecast]] = [:]
    private var notes: [DeviationNote] = []
    private var placeCommitments: [CommitmentLine] = []
    private var nextRecordID: Int64 = 1

    /// - Parameters:
    ///   - budgets: corrected budget per sub-area code for the settings' budget year.
    ///   - postings: actual spend per sub-area code and month (twelve entries, January first).
    public init(settings: ForumSettings, sectors: [Sector], subAreas: [SubArea], laws: [LawBasis],
                users: [User], requests: [GrantRequest] = [], offers: [Offer] = [],
                waitingList: [WaitingListEntry] = [], budgets: [String: Money] = [:],
                postings: [String: [Money]] = [:], lastPostedMonth: Int? = nil,
                caseSpending: [CaseID: [SectorCode: [Money]]] = [:]) {
        forumSettings = settings
        sectorList = sectors
        subAreaList = subAreas
        lawList = laws
        userList = Dictionary(users.map { ($0.login, $0) }, uniquingKeysWith: { _, last in last })
        requestList = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        offerList = Dictionary(offers.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        waiting = waitingList
        self.budgets = budgets
        self.postings = postings
        self.lastPostedMonth = lastPostedMonth
        caseSpendingBySector = caseSpending
        for request in requests {
            schedules[request.id] = CommandRules.commitments(of: request)
            if let record = request.decision {
                decisionStacks[request.id] = [record]
                nextRecordID = Swift.max(nextRecordID, record.id + 1)
            }
            events[request.id] = [RequestEvent(kind: .submitted, day: request.submitted, actor: request.requestedBy)]
        }
    }

    public func changeToken() -> Int64 { token }
    public func settings() -> ForumSettings { forumSettings }
    public func sectors() -> [Sector] { sectorList }
    public func subAreas() -> [SubArea] { subAreaList }
    public func laws() -> [LawBasis] { lawList }
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
        year == forumSettings.budgetYear ? caseSpendingBySector[caseID] ?? [:] : [:]
    }

    public func budget(year: Int) -> BudgetSnapshot {
        let sectorOfSubArea = Dictionary(subAreaList.map { ($0.code, $0.sector) }, uniquingKeysWith: { first, _ in first })
        var subAreaFigures: [String: BudgetFigures] = [:]
        if year == forumSettings.budgetYear {
            for subArea in subAreaList {
                subAreaFigures[subArea.code] = BudgetFigures(budget: budgets[subArea.code] ?? .zero,
                                                             actual: postings[subArea.code] ?? [])
            }
        }
        var sectorFigures: [SectorCode: BudgetFigures] = [:]
        for sector in sectorList {
            var figures = BudgetFigures(budget: .zero)
            for (code, sub) in subAreaFigures where sectorOfSubArea[code] == sector.code { figures = figures + sub }
            figures.manualForecasts = forecasts[sector.code] ?? [:]
            sectorFigures[sector.code] = figures
        }
        let allCommitments = schedules.values.flatMap(\.lines) + placeCommitments
        for line in allCommitments where line.month.year == year {
            sectorFigures[line.sector, default: BudgetFigures(budget: .zero)].commitments[line.month.month - 1] += line.amount
        }
        return BudgetSnapshot(year: year, lastPostedMonth: year == forumSettings.budgetYear ? lastPostedMonth : nil,
                              sectors: sectorFigures, subAreas: subAreaFigures)
    }

    public func deviationNotes(year: Int) -> [DeviationNote] { notes.filter { $0.month.year == year } }

    public func offers() -> [Offer] { offerList.values.sorted { $0.id < $1.id } }

    public func waitingList(_ offer: OfferID) throws(RepositoryError) -> [WaitingListEntry] {
        guard offerList[offer] != nil else { throw .offerNotFound(offer) }
        return WaitingList.ordered(waiting.filter { $0.offer == offer })
    }

    public func decide(_ id: RequestID, expectedVersion: Int, decision: Decision,
                       context: CommandContext) throws(RepositoryError) -> GrantRequest {
        let current = try request(id)
        let decided = try CommandRules.decide(
            current, expectedVersion: expectedVersion, decision: decision, recordID: nextRecordID,
            policy: forumSettings.policy, knownSectors: Set(sectorList.map(\.code)), context: context)
        nextRecordID += 1
        requestList[id] = decided
        schedules[id] = CommandRules.commitments(of: decided)
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
        let restored = try CommandRules.undo(current, expectedVersion: expectedVersion, previous: previous, context: context)
        decisionStacks[id] = Array(stack.dropLast())
        requestList[id] = restored
        schedules[id] = CommandRules.commitments(of: restored)
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
            current: schedules[id] ?? CommandRules.commitments(of: current),
            knownSectors: Set(sectorList.map(\.code)), context: context)
        requestList[id] = changed
        schedules[id] = schedule
        events[id, default: []].append(RequestEvent(kind: .splitChanged, at: context.at, actor: context.user.name, split: split))
        token += 1
        return changed
    }

    public func allocatePlace(_ offerID: OfferID, entry entryID: Int64, expectedVersion: Int, start: Day,
                              context: CommandContext) throws(RepositoryError) -> Offer {
        guard var offer = offerList[offerID] else { throw .offerNotFound(offerID) }
        guard offer.version == expectedVersion else { throw .conflict(by: offer.changedBy, at: offer.changedAt) }
        if case .denied(let why) = Permissions.check(context.user, .manageOffer(offer)) { throw .denied(why) }
        guard let index = waiting.firstIndex(where: { $0.id == entryID && $0.offer == offerID }) else {
            throw .waitingEntryNotFound(entryID)
        }
        let entry = waiting[index]
        guard entry.crossSector ? offer.freeForCrossSector > 0 : offer.freeForOthers > 0 else { throw .noFreePlace(offerID) }
        waiting.remove(at: index)
        offer.occupied += 1
        if entry.crossSector { offer.occupiedByCrossSector += 1 }
        offer.version += 1
        offer.changedBy = context.user.name
        offer.changedAt = context.at
        offerList[offerID] = offer
        if offer.unit == .places, let yearEnd = try? Day(year: forumSettings.budgetYear, month: 12, day: 31), start <= yearEnd {
            let amount = GrantAmount.monthly(rate: offer.tariff.total, start: start, end: yearEnd)
            placeCommitments += CommitmentSchedule(amount: amount, split: .single(offer.sector)).lines
        }
        token += 1
        return offer
    }

    public func endPlace(_ offerID: OfferID, crossSector: Bool, expectedVersion: Int,
                         context: CommandContext) throws(RepositoryError) -> Offer {
        guard var offer = offerList[offerID] else { throw .offerNotFound(offerID) }
        guard offer.version == expectedVersion else { throw .conflict(by: offer.changedBy, at: offer.changedAt) }
        if case .denied(let why) = Permissions.check(context.user, .manageOffer(offer)) { throw .denied(why) }
        guard offer.occupied > 0, !crossSector || offer.occupiedByCrossSector > 0 else { throw .noOccupiedPlace(offerID) }
        offer.occupied -= 1
        if crossSector { offer.occupiedByCrossSector -= 1 }
        offer.version += 1
        offer.changedBy = context.user.name
        offer.changedAt = context.at
        offerList[offerID] = offer
        token += 1
        return offer
    }

    public func setForecast(_ sector: SectorCode, month: Month, forecast: ManualForecast?,
                            context: CommandContext) throws(RepositoryError) {
        guard sectorList.contains(where: { $0.code == sector }) else { throw .unknownSector(sector) }
        if case .denied(let why) = Permissions.check(context.user, .setForecast(sector)) { throw .denied(why) }
        forecasts[sector, default: [:]][month.month] = forecast
        token += 1
    }

    public func writeDeviationNote(_ note: DeviationNote, context: CommandContext) throws(RepositoryError) -> DeviationNote {
        guard sectorList.contains(where: { $0.code == note.sector }) else { throw .unknownSector(note.sector) }
        if case .denied(let why) = Permissions.check(context.user, .writeDeviationNote(note.sector)) { throw .denied(why) }
        let index = notes.firstIndex { $0.sector == note.sector && $0.month == note.month }
        let currentVersion = index.map { notes[$0].version } ?? 0
        guard currentVersion == note.version else {
            let existing = index.map { notes[$0] }
            throw .conflict(by: existing?.author, at: existing?.at)
        }
        var stored = note
        stored.author = context.user.name
        stored.at = context.at
        stored.version = currentVersion + 1
        if let index { notes[index] = stored } else { notes.append(stored) }
        token += 1
        return stored
    }

    public func addUser(_ user: User, context: CommandContext) throws(RepositoryError) {
        if case .denied(let why) = Permissions.check(context.user, .administer) { throw .denied(why) }
        guard userList[user.login] == nil else { throw .userExists(user.login) }
        if let sector = user.sector, !sectorList.contains(where: { $0.code == sector }) { throw .unknownSector(sector) }
        userList[user.login] = user
        token += 1
    }

    public func removeUser(login: String, context: CommandContext) throws(RepositoryError) {
        if case .denied(let why) = Permissions.check(context.user, .administer) { throw .denied(why) }
        guard userList.removeValue(forKey: login) != nil else { throw .userNotFound(login) }
        token += 1
    }
}
