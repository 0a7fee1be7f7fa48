/// One month's commitment on one paying sector.
public struct CommitmentLine: Hashable, Sendable, Codable {
    public var month: Month
    public var sector: SectorCode
    public var amount: Money

    public init(month: Month, sector: SectorCode, amount: Money) {
        self.month = month
        self.sector = sector
        self.amount = amount
    }
}

/// The commitments (*dispositioner*) an approved grant puts on its paying sectors: per month
/// and sector, exact to the øre.
///
/// Each month's amount comes from `GrantAmount.monthlyAmounts` (pro rata by days in a partial
/// first or last month) and is then split by largest remainder, so every month's parts sum to
/// that month's amount and the whole schedule sums to the grant's total.
public struct CommitmentSchedule: Hashable, Sendable, Codable {
    public let lines: [CommitmentLine]

    public init(lines: [CommitmentLine]) { self.lines = lines }

    public init(amount: GrantAmount, split: PaymentSplit) {
        var lines: [CommitmentLine] = []
        for (month, monthAmount) in amount.monthlyAmounts {
            for part in split.allocate(monthAmount) {
                lines.append(CommitmentLine(month: month, sector: part.sector, amount: part.amount))
            }
        }
        self.lines = lines
    }

    /// This schedule with the months from `month` on allocated by `split` instead: a split
    /// changed while the grant runs (*kan ændres løbende*, 000 l.1218). The months before keep
    /// the lines they have, so every earlier change stays in the history of the schedule.
    public func replacingMonths(from month: Month, of amount: GrantAmount, with split: PaymentSplit) -> CommitmentSchedule {
        var lines = self.lines.filter { $0.month < month }
        for (current, monthAmount) in amount.monthlyAmounts where current >= month {
            for part in split.allocate(monthAmount) {
                lines.append(CommitmentLine(month: current, sector: part.sector, amount: part.amount))
            }
        }
        return CommitmentSchedule(lines: lines)
    }

    public var total: Money { Money.sum(lines.map(\.amount)) }

    public func total(for sector: SectorCode) -> Money {
        Money.sum(lines.lazy.filter { $0.sector == sector }.map(\.amount))
    }

    public func total(in month: Month) -> Money {
        Money.sum(lines.lazy.filter { $0.month == month }.map(\.amount))
    }

    public var sectors: [SectorCode] {
        var seen = Set<SectorCode>()
        return lines.map(\.sector).filter { seen.insert($0).inserted }
    }

    public var months: [Month] {
        var seen = Set<Month>()
        return lines.map(\.month).filter { seen.insert($0).inserted }
    }

    /// The amount for a sector in each month 1…12 of a budget year (zero where none).
    public func byMonth(for sector: SectorCode, year: Int) -> [Money] {
        var result = Array(repeating: Money.zero, count: 12)
        for line in lines where line.sector == sector && line.month.year == year {
            result[line.month.month - 1] += line.amount
        }
        return result
    }
}
