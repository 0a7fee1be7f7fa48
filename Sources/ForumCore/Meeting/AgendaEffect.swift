/// The agenda's combined effect on one sector (DOMAIN §9): its forecast and deviation before the
/// meeting, after every request on the agenda were approved as proposed, and as decided so far.
public struct AgendaEffect: Hashable, Sendable {
    public struct Figures: Hashable, Sendable {
        public let forecast: Money
        public let deviation: Money
        public let beyondTolerance: Bool

        init(_ burn: BudgetBurn) {
            forecast = burn.forecast
            deviation = burn.deviation
            beyondTolerance = burn.beyondTolerance
        }
    }

    public let sector: SectorCode
    public let before: Figures
    /// Every request on the agenda approved as proposed.
    public let proposed: Figures
    /// The decisions of the meeting so far (equal to `before` between meetings).
    public let decided: Figures

    /// The effect per sector that the agenda touches, in sector order.
    ///
    /// - Parameters:
    ///   - requests: the requests on the agenda, decided in the meeting or not.
    ///   - decidedInMeeting: the ids of those the meeting has decided: `figures` already holds the
    ///     commitments of their approvals, so `before` takes them out again.
    ///   - figures: the sectors' budget figures as stored now.
    public static func of(requests: [GrantRequest], decidedInMeeting: Set<RequestID> = [],
                          figures: [SectorCode: BudgetFigures], year: Int, month: Int,
                          tolerance: Tolerance = .standard) -> [AgendaEffect] {
        var decidedExtra: [SectorCode: [Money]] = [:]
        var proposedExtra: [SectorCode: [Money]] = [:]
        func add(_ schedule: CommitmentSchedule, to extra: inout [SectorCode: [Money]], sign: Int64) {
            for sector in schedule.sectors {
                let months = schedule.byMonth(for: sector, year: year)
                var current = extra[sector] ?? Array(repeating: .zero, count: 12)
                for index in 0..<12 { current[index] += Money(ore: months[index].ore * sign) }
                extra[sector] = current
            }
        }
        for request in requests {
            add(CommitmentSchedule(amount: request.amount, split: request.proposedSplit), to: &proposedExtra, sign: 1)
            if decidedInMeeting.contains(request.id) {
                add(CommandRules.commitments(of: request), to: &decidedExtra, sign: 1)
            }
        }
        let sectors = Set(decidedExtra.keys).union(proposedExtra.keys).sorted()
        return sectors.compactMap { sector in
            guard let now = figures[sector] else { return nil }
            let withoutMeeting = now.adding(commitments: (decidedExtra[sector] ?? []).map { -$0 })
            let before = BudgetBurn(withoutMeeting, month: month, tolerance: tolerance)
            let proposed = BudgetBurn(withoutMeeting.adding(commitments: proposedExtra[sector] ?? []), month: month,
                                      tolerance: tolerance)
            let decided = BudgetBurn(now, month: month, tolerance: tolerance)
            return AgendaEffect(sector: sector, before: Figures(before), proposed: Figures(proposed), decided: Figures(decided))
        }
    }
}
