/// What a capacity command does to the paying sectors' commitments, for every budget year it
/// touches (DOMAIN §4: a change in December mostly lands in next year's budget). A forecast
/// moves by exactly the change of its committed rest of year.
public struct PlacementEffect: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var sector: SectorCode
        public var year: Int
        public var change: Money
    }

    /// By sector as the schedules name them, then year; years without change are left out.
    public var lines: [Line]

    /// The change from the commitments `before` a command to those `after` it.
    public init(before: CommitmentSchedule, after: CommitmentSchedule) {
        var order: [SectorCode] = []
        var sums: [SectorCode: [Int: Money]] = [:]
        for (schedule, sign) in [(after, Int64(1)), (before, Int64(-1))] {
            for line in schedule.lines {
                if sums[line.sector] == nil { order.append(line.sector) }
                sums[line.sector, default: [:]][line.month.year, default: .zero] += line.amount.scaled(by: sign, over: 1)
            }
        }
        lines = order.flatMap { sector in
            (sums[sector] ?? [:]).sorted { $0.key < $1.key }.compactMap { year, change in
                change.isZero ? nil : Line(sector: sector, year: year, change: change)
            }
        }
    }
}
