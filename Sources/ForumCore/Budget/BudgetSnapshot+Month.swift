extension ForumRepository {
    /// The budget figures of a year as they stand now.
    public func budget(year: Int) async throws -> BudgetSnapshot {
        BudgetAggregation.snapshot(try await forecastRows(year: year))
    }
}

extension BudgetSnapshot {
    /// The last posting day the figures at the end of `month` include: the month's last day for
    /// a month before the last posted one, the last posting's day in that month; nil for a month
    /// after it, or before any import.
    public func through(month: Int) -> Day? {
        guard let last = lastPostedMonth, (1...last).contains(month),
              let end = try? Month(year: year, month: month) else { return nil }
        if month == last, let day = lastPostingDay, day.calendarMonth == end { return day }
        return end.lastDay
    }

    /// Every sector's burn at the end of `month`, by code.
    public func burns(month: Int, tolerance: Tolerance) -> [SectorCode: BudgetBurn] {
        sectors.mapValues { BudgetBurn($0, month: month, tolerance: tolerance) }
    }
}
