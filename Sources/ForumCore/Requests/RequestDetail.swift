/// Everything the forum looks at before deciding a request: assembled once, from the
/// repository, for the console's detail view and for `chefforum request show`.
public struct RequestDetail: Sendable {
    public let request: GrantRequest
    public let routing: Routing
    public let waitingDays: Int
    public let history: [RequestEvent]
    public let commitments: CommitmentSchedule
    /// The case's other approved grants.
    public let otherGrants: [GrantRequest]
    /// The case's actual spend per sector in the budget year (from postings), months 1…12.
    public let caseSpending: [SectorCode: [Money]]
    /// What approving the request as proposed would do to each paying sector's forecast,
    /// at the last month with postings.
    public let impacts: [ForecastImpact]
    /// What approving as proposed commits in each later budget year the grant touches.
    public let laterYears: [LaterYearCommitments]
    /// The month the impacts are computed at (1…12), nil before any postings.
    public let forecastMonth: Int?
    public let budgetYear: Int
    /// The capacity-limited offer the request is for, today: free units, waiting list, who is next.
    public var capacity: OfferStatus? = nil

    /// The monthly draw of the case across sectors: its other grants' monthly rates.
    public var otherGrantsMonthly: Money { Money.sum(otherGrants.map(\.amount.perMonth)) }

    public static func load(_ id: RequestID, from repository: any ForumRepository, today: Day) async throws -> RequestDetail {
        let request = try await repository.request(id)
        let settings = try await repository.settings()
        let history = try await repository.history(of: id)
        let commitments = try await repository.commitments(of: id)
        let others = try await repository.requests().filter {
            $0.caseID == request.caseID && $0.id != request.id && $0.status.isApproved && $0.amount.end >= today
        }
        let spending = try await repository.caseSpending(request.caseID, year: settings.budgetYear)
        let budget = try await repository.budget(year: settings.budgetYear)
        var impacts: [ForecastImpact] = []
        let proposed = CommitmentSchedule(amount: request.amount, split: request.proposedSplit)
        if let month = budget.lastPostedMonth, request.status.isPending {
            let schedule = proposed
            impacts = ForecastImpact.of(schedule, on: budget.sectors, year: settings.budgetYear, month: month,
                                        tolerance: settings.tolerance)
        }
        var capacity: OfferStatus?
        if let offerID = request.offerID, let offer = try await repository.offers().first(where: { $0.id == offerID }) {
            capacity = OfferStatus(offer: offer, waiting: try await repository.waitingList(offerID), today: today)
        }
        return RequestDetail(
            request: request, routing: settings.policy.route(request.routingFacts),
            waitingDays: request.waitingDays(today: today), history: history, commitments: commitments,
            otherGrants: others.sorted { $0.id < $1.id }, caseSpending: spending, impacts: impacts,
            laterYears: request.status.isPending ? LaterYearCommitments.of(proposed, after: settings.budgetYear) : [],
            forecastMonth: budget.lastPostedMonth, budgetYear: settings.budgetYear, capacity: capacity)
    }

    /// The impacts of a different split (the split editor's before → after).
    public static func impacts(of request: GrantRequest, split: PaymentSplit, budget: BudgetSnapshot,
                               settings: ForumSettings) -> [ForecastImpact] {
        guard let month = budget.lastPostedMonth else { return [] }
        return ForecastImpact.of(CommitmentSchedule(amount: request.amount, split: split), on: budget.sectors,
                                 year: settings.budgetYear, month: month, tolerance: settings.tolerance)
    }
}
