/// A year's efficiency target and each sector's progress on it at the end of the last month
/// with postings (DOMAIN §13): what `target report` prints and screen 3's target view shows.
public struct TargetReport: Hashable, Sendable {
    public let target: EfficiencyTarget
    /// The month m the figures run through (0 before any posting of the year).
    public let month: Int
    /// The day of the last posting included, nil before any.
    public let through: Day?
    public let sectors: [TargetProgress]

    public init(target: EfficiencyTarget, month: Int, through: Day?, sectors: [TargetProgress]) {
        self.target = target
        self.month = month
        self.through = through
        self.sectors = sectors
    }

    /// The sectors below their pro-rata target: they go on the forum's draft agenda.
    public var behind: [TargetProgress] { sectors.filter(\.isBehind) }
}

extension ForumRepository {
    /// The report of `year`'s target, nil when the year has none.
    public func targetReport(year: Int) async throws -> TargetReport? {
        guard let target = try await targets().first(where: { $0.year == year }) else { return nil }
        let rows = try await budgetRows(year: year)
        let month = rows.lastPostedMonth ?? 0
        return TargetReport(target: target, month: month, through: rows.lastPostingDay,
                            sectors: TargetProgress.of(target, rows: try await caseSectorYears(year: year), month: month))
    }
}
