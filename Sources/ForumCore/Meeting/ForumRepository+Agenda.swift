extension ForumRepository {
    /// The meeting open now, if any.
    public func currentMeeting() async throws -> Meeting? {
        try await meetings().first(where: \.isOpen)
    }

    /// The facts the draft agenda of a meeting on `date` is built from, read now.
    public func agendaFacts(date: Day) async throws -> AgendaFacts {
        try await agendaInputs(date: date).facts
    }

    /// The facts, and the budget rows their deviations come from (read once: they are the
    /// largest read).
    func agendaInputs(date: Day) async throws -> (facts: AgendaFacts, rows: BudgetInput) {
        let settings = try await settings()
        let rows = try await forecastRows(year: settings.budgetYear)
        let report = BurnReport.make(rows, sectors: try await sectors(), subAreas: try await subAreas(),
                                     tolerance: settings.tolerance)
        let notes = try await deviationNotes(year: settings.budgetYear)
        let lastMeeting = try await meetings().first { !$0.isOpen }?.date
        let requests = try await requests()
        // Flags as of the meeting's date: what will be true when the forum sits.
        let youths = try await youths()
        let adult = TransitionInflow.adultGrantCases(requests, youths: youths)
        let transitionSettings = try await transitionSettings()
        let flagged = youths.map {
            FlaggedYouth(youth: $0, flags: YouthFlag.flags($0, today: date, settings: transitionSettings,
                                                           hasAdultGrant: adult.contains($0.caseID)))
        }
        let facts = AgendaFacts(date: date, requests: requests, policy: settings.policy, offers: try await offers(),
                                deviations: report.map { DeviationList.items($0, notes: notes) } ?? [],
                                freeItems: try await freeItems(), plan: try await agendaPlan(), lastMeeting: lastMeeting,
                                targets: try await targetReport(year: settings.budgetYear, rows: rows)?.sectors ?? [],
                                youths: flagged,
                                sectorNames: Dictionary(try await sectors().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }))
        return (facts, rows)
    }

    /// The draft agenda of the next meeting, on `date`.
    public func draftAgenda(date: Day) async throws -> AgendaDraft {
        Agenda.draft(try await agendaFacts(date: date))
    }
}
