/// One grant's or placement's commitment on one sector in a budget year: what the drill into a
/// sector lists as its largest commitments.
public struct CommitmentSummary: Hashable, Sendable {
    public var source: BudgetInput.CommitmentSource
    /// The request id of a grant, the offer of a placement.
    public var reference: String
    public var caseID: CaseID
    /// What is granted: the offer or effort.
    public var description: String
    /// The monthly rate of a grant or a place (the month's amount for a one-off).
    public var monthly: Money
    /// What it commits on the sector per month of the year, January first (twelve entries).
    public var months: [Money]

    public init(source: BudgetInput.CommitmentSource, reference: String, caseID: CaseID, description: String,
                monthly: Money, months: [Money]) {
        self.source = source
        self.reference = reference
        self.caseID = caseID
        self.description = description
        self.monthly = monthly
        self.months = Array(months.prefix(12)) + Array(repeating: .zero, count: Swift.max(0, 12 - months.count))
    }

    public var year: Money { Money.sum(months) }

    /// What it commits after month `m` (the rest of the year).
    public func rest(after m: Int) -> Money { Money.sum(months.dropFirst(m)) }

    /// The largest `limit` of `summaries` by what they commit for the year; ties by reference.
    public static func largest(_ summaries: [CommitmentSummary], limit: Int) -> [CommitmentSummary] {
        Array(summaries.sorted { ($1.year, $0.reference) < ($0.year, $1.reference) }.prefix(limit))
    }
}
