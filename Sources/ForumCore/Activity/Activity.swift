/// Activity per sub-area and month (DOMAIN §13, 002 l.1290, l.1558–1568): active cases, inflow,
/// outflow and average price.
///
/// A grant or a placement is active on a month's last day when it started on or before it and
/// ends on or after it. Inflow counts those that start in the month; outflow counts those whose
/// first day no longer active (the day after the end) falls in the month. So one that ends on a
/// month's last day is active at that month's end and leaves in the next, and
/// active(m) = active(m−1) + inflow(m) − outflow(m) holds exactly for every month.
public struct ActivitySpan: Hashable, Sendable {
    public var subArea: String
    public var start: Day
    /// The last day, nil while open.
    public var end: Day?

    public init(subArea: String, start: Day, end: Day?) {
        self.subArea = subArea
        self.start = start
        self.end = end
    }

    /// The month it stops being active, nil while open.
    var leaves: Month? { end.map { $0.adding(days: 1).calendarMonth } }

    func isActive(atEndOf month: Month) -> Bool {
        start.calendarMonth <= month && (leaves.map { $0 > month } ?? true)
    }
}

/// One sub-area's activity in one month.
public struct ActivityMonth: Hashable, Sendable, Codable {
    public let month: Month
    public let active: Int
    public let inflow: Int
    public let outflow: Int
}

public enum Activity {
    /// The activity of every sub-area with a span in months 1…`through` of `year`, by sub-area code.
    public static func months(_ spans: [ActivitySpan], year: Int, through: Int = 12) -> [String: [ActivityMonth]] {
        let months = (1...Swift.max(1, Swift.min(12, through))).map { Month(uncheckedYear: year, month: $0) }
        return Dictionary(grouping: spans, by: \.subArea).mapValues { spans in
            months.map { month in
                ActivityMonth(month: month,
                              active: spans.count { $0.isActive(atEndOf: month) },
                              inflow: spans.count { $0.start.calendarMonth == month },
                              outflow: spans.count { $0.leaves == month })
            }
        }
    }

    /// Average price = forecast ÷ average active cases over the months given, rounded half away
    /// from zero; nil when nothing was active.
    public static func averagePrice(forecast: Money, months: [ActivityMonth]) -> Money? {
        let activeSum = months.reduce(0) { $0 + $1.active }
        guard activeSum > 0 else { return nil }
        return forecast.scaled(by: Int64(months.count), over: Int64(activeSum))
    }
}
