/// The in-memory repository's commitment rows, kept the way the SQLite `commitment` table keeps
/// them: every row with the month it became known and the month it stopped being in force, so
/// that the budget can be shown as it stood at the end of an earlier month.
struct CommitmentLog: Sendable {
    struct Entry: Sendable {
        var source: BudgetInput.CommitmentSource
        var reference: String
        var caseID: CaseID
        var description: String
        var monthly: Money
        var line: CommitmentLine
        var decided: Month?
        var known: Month?
        var replaced: Month?
    }

    private(set) var entries: [Entry] = []

    /// Puts `schedule` in force for `reference` from `month` (nil: known in every month the
    /// figures look at, as for data imported decided). Rows that stop in the month they became
    /// known never stood at the end of any month and are dropped.
    mutating func revise(_ reference: String, to schedule: CommitmentSchedule, source: BudgetInput.CommitmentSource,
                         caseID: CaseID, description: String, monthly: Money, decided: Month?, in month: Month?) {
        let current = CommitmentSchedule(lines: entries.filter { $0.reference == reference && $0.replaced == nil }.map(\.line))
        let revision = CommitmentRevision(from: current, to: schedule)
        for line in revision.removed {
            guard let index = entries.firstIndex(where: { $0.reference == reference && $0.replaced == nil && $0.line == line })
            else { continue }
            if let month, entries[index].known != month { entries[index].replaced = month } else { entries.remove(at: index) }
        }
        entries += revision.added.map {
            Entry(source: source, reference: reference, caseID: caseID, description: description, monthly: monthly,
                  line: $0, decided: decided, known: month, replaced: nil)
        }
    }

    /// The month a reference's rows were first decided in, if any is in force.
    func decided(_ reference: String) -> Month? {
        entries.first { $0.reference == reference && $0.replaced == nil }?.decided
    }

    func rows(year: Int) -> [BudgetInput.CommitmentRow] {
        entries.filter { $0.line.month.year == year }.map {
            BudgetInput.CommitmentRow($0.line.sector, month: $0.line.month.month, amount: $0.line.amount, source: $0.source,
                                      decided: $0.decided, known: $0.known, replaced: $0.replaced)
        }
    }

    func summaries(sector: SectorCode, year: Int) -> [CommitmentSummary] {
        var byReference: [String: CommitmentSummary] = [:]
        for entry in entries where entry.replaced == nil && entry.line.sector == sector && entry.line.month.year == year {
            var summary = byReference[entry.reference] ?? CommitmentSummary(
                source: entry.source, reference: entry.reference, caseID: entry.caseID, description: entry.description,
                monthly: entry.monthly, months: [])
            summary.months[entry.line.month.month - 1] += entry.line.amount
            byReference[entry.reference] = summary
        }
        return Array(byReference.values)
    }
}
