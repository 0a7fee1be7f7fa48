import ForumCore

/// One line of a generated finance extract.
public struct GeneratedPosting: Hashable, Sendable {
    public let day: Day
    /// The full account string, e.g. `5.38.50.1.001`.
    public let account: String
    /// The sub-area the account belongs to, e.g. `5.38.50`.
    public let subArea: String
    public let amount: Money
    /// The citizen's (fictional) CPR number, ten digits, or nil for a line booked on no person.
    public let cpr: String?
    public let text: String
}

/// A deterministic synthetic finance extract (*posteringer*) for a budget year: the demo
/// municipality's actual spend, and files of any size for import load tests.
///
/// The extract runs from January through `throughMonth`. Each month of each sub-area of the plan
/// gets at least one line (when there are lines enough) and exactly the plan's amount for that
/// month, to the øre: more lines make smaller postings, never a different total, so a file of any
/// size tells the same story. About 1.5 % of the lines are negative corrections. Citizens recur
/// as in real extracts: each sub-area has a population of its own, a few heavy users among them,
/// and shares some citizens with one partner sub-area. The same seed gives the same lines, byte
/// for byte.
public struct PostingsGenerator: Sequence, Sendable {
    /// Every sub-area has at least this many citizens, so that the demo's named cases
    /// (person 0…39 of a sub-area) exist in any extract.
    public static let minimumPeople = 40
    /// The years the generator accepts: the fictional population is born for these.
    public static let years = 2000...2099
    /// The most lines one extract holds. A municipality's year is a few million postings; 100
    /// million is about 6 GB of CSV. Without a bound, a count like `Int.max` overflowed the
    /// layout's arithmetic and crashed instead of being refused.
    public static let maximumLines = 100_000_000

    /// The demo's own extract: 100.000 lines, January to 25 November 2026 ("today" in the demo).
    public static func skovbyDemo() -> PostingsGenerator {
        let today = Day(daysSinceEpoch: Month(ordinal: 2026 * 12 + 10).firstDay.daysSinceEpoch + 24)
        do {
            return try PostingsGenerator(plan: .skovby, lines: 100_000, seed: 20_261_125, year: 2026,
                                         throughMonth: 11, lastBookingDay: today)
        } catch {
            preconditionFailure("the demo's generator settings are valid: \(error)")
        }
    }

    public let plan: PostingsPlan
    public let lineCount: Int
    public let seed: UInt64
    public let year: Int
    public let throughMonth: Int
    let layout: Layout

    /// - Parameter lastBookingDay: no line is booked after this day of the last month (the demo's
    ///   "today"); the month's amount is still spent in full on the days before it.
    public init(plan: PostingsPlan = .skovby, lines: Int, seed: UInt64 = 1, year: Int = 2026,
                throughMonth: Int = 11, lastBookingDay: Day? = nil) throws(GenerateError) {
        guard lines > 0 else { throw .lineCountNotPositive(lines) }
        guard lines <= Self.maximumLines else { throw .lineCountTooLarge(lines) }
        guard PostingsGenerator.years.contains(year) else { throw .yearOutOfRange(year) }
        guard (1...12).contains(throughMonth) else { throw .monthOutOfRange(throughMonth) }
        let lastMonth = Month(ordinal: year * 12 + throughMonth - 1)
        if let lastBookingDay, lastBookingDay.calendarMonth != lastMonth {
            throw .lastBookingDayOutsidePeriod(lastBookingDay)
        }
        self.plan = plan
        lineCount = lines
        self.seed = seed
        self.year = year
        self.throughMonth = throughMonth
        layout = Layout(plan: plan, lines: lines, year: year, throughMonth: throughMonth,
                        lastBookingDay: lastBookingDay)
    }

    /// The amount the extract spends on a sub-area in a month (1…12; zero outside the period).
    public func amount(subArea: String, month: Int) -> Money {
        guard month <= throughMonth, let stream = plan.streams.first(where: { $0.subArea == subArea }) else {
            return .zero
        }
        return stream.target(month: month)
    }

    public func makeIterator() -> Iterator { Iterator(generator: self) }

    /// The lines in order: by month, then sub-area, then booking day.
    public struct Iterator: IteratorProtocol {
        private var raw: RawIterator
        private let plan: PostingsPlan
        private let layout: Layout

        init(generator: PostingsGenerator) {
            raw = RawIterator(generator: generator)
            plan = generator.plan
            layout = generator.layout
        }

        public mutating func next() -> GeneratedPosting? {
            guard let line = raw.next() else { return nil }
            let stream = plan.streams[line.stream]
            return GeneratedPosting(
                day: line.day, account: stream.accounts[line.account], subArea: stream.subArea,
                amount: Money(ore: line.amount),
                cpr: line.person < 0 ? nil : FictionalCPR.text(layout.cprs[line.person]),
                text: layout.texts[line.stream][line.text])
        }
    }
}

/// One generated line as indices into the plan: what the byte writer formats without strings.
struct RawPosting {
    var day: Day
    var stream: Int
    var account: Int
    /// Index into `Layout.texts[stream]`.
    var text: Int
    var amount: Int64
    /// Index into `Layout.cprs`, or -1 for a line without CPR.
    var person: Int
}

/// What the generator works out once: lines and amount per month and sub-area, the people of
/// each sub-area, and the days postings are booked on.
struct Layout: Sendable {
    struct Cell: Sendable {
        var month: Int
        var stream: Int
        var lines: Int
        var amount: Int64
    }

    var cells: [Cell] = []
    /// The first person of each stream in `cprs`, and how many it has.
    var firstPerson: [Int] = []
    var people: [Int] = []
    /// The stream whose first quarter of people also appear in this one.
    var partner: [Int?] = []
    var cprs: [UInt64] = []
    /// Per stream: its own texts, then the general texts, then the correction texts.
    var texts: [[String]] = []
    /// Weekdays of each month (index 0 = January) on or before the last booking day.
    var bookingDays: [[Day]] = []

    init(plan: PostingsPlan, lines: Int, year: Int, throughMonth: Int, lastBookingDay: Day?) {
        let streams = plan.streams
        var weights: [Int64] = []
        for month in 1...throughMonth {
            for (index, stream) in streams.enumerated() {
                let amount = stream.target(month: month).ore
                cells.append(Cell(month: month, stream: index, lines: 0, amount: amount))
                weights.append(max(0, amount * 100 / max(1, stream.typicalLine.ore)))
            }
        }
        // One line per cell when there are enough, the rest in proportion to amount ÷ typical size.
        let base = lines >= cells.count ? 1 : 0
        let spread = Layout.apportion(lines - base * cells.count, by: weights)
        var linesPerStream = Array(repeating: 0, count: streams.count)
        for index in cells.indices {
            cells[index].lines = base + spread[index]
            linesPerStream[cells[index].stream] += cells[index].lines
        }

        for (index, stream) in streams.enumerated() {
            let withCPR = linesPerStream[index] * stream.cprPercent / 100
            let count = max(PostingsGenerator.minimumPeople, withCPR / max(1, stream.linesPerPerson))
            firstPerson.append(cprs.count)
            people.append(count)
            for local in 0..<count {
                cprs.append(FictionalCPR.number(series: stream.series, local: local, band: stream.band))
            }
            partner.append(stream.partner.flatMap { code in streams.firstIndex { $0.subArea == code } })
            texts.append(stream.texts + plan.generalTexts + plan.correctionTexts)
        }

        for month in 1...throughMonth {
            let calendarMonth = Month(ordinal: year * 12 + month - 1)
            let all = (1...calendarMonth.dayCount).map {
                Day(daysSinceEpoch: calendarMonth.firstDay.daysSinceEpoch + $0 - 1)
            }
            let allowed = all.filter { day in lastBookingDay.map { day <= $0 } ?? true }
            let weekdays = allowed.filter(Layout.isWeekday)
            bookingDays.append(weekdays.isEmpty ? allowed : weekdays)
        }
    }

    /// Splits `total` into whole parts in proportion to `weights`, by cumulative rounding: the
    /// parts always add up to `total`. Equal parts when every weight is zero.
    static func apportion(_ total: Int, by weights: [Int64]) -> [Int] {
        let sum = weights.reduce(0, +)
        let effective = sum > 0 ? weights : weights.map { _ in 1 }
        let whole = Int128(sum > 0 ? sum : Int64(weights.count))
        var result: [Int] = []
        result.reserveCapacity(weights.count)
        var cumulative: Int128 = 0
        var previous = 0
        for weight in effective {
            cumulative += Int128(weight)
            let now = Int(Rounding.divide(Int128(total) * cumulative, by: whole))
            result.append(now - previous)
            previous = now
        }
        return result
    }

    /// Monday to Friday (1970-01-01 was a Thursday).
    static func isWeekday(_ day: Day) -> Bool {
        let weekday = ((day.daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return weekday < 5
    }
}

/// Walks the cells and makes the lines. Each cell's amounts come from random weights by
/// cumulative rounding, so a cell's lines add up to its amount exactly.
struct RawIterator {
    private let layout: Layout
    private let plan: PostingsPlan
    private var random: SplitMix64
    private var cellIndex = -1
    private var remaining = 0
    private var weights: [Int64] = []
    private var weightIndex = 0
    private var totalWeight: Int128 = 1
    private var cumulativeWeight: Int128 = 0
    private var previousAmount: Int64 = 0
    private var dayCounts: [Int] = []
    private var dayIndex = 0

    init(generator: PostingsGenerator) {
        layout = generator.layout
        plan = generator.plan
        random = SplitMix64(seed: generator.seed)
    }

    mutating func next() -> RawPosting? {
        while remaining == 0 {
            cellIndex += 1
            guard cellIndex < layout.cells.count else { return nil }
            startCell()
        }
        remaining -= 1
        let cell = layout.cells[cellIndex]
        let stream = plan.streams[cell.stream]

        while dayCounts[dayIndex] == 0 { dayIndex += 1 }
        dayCounts[dayIndex] -= 1
        let day = layout.bookingDays[cell.month - 1][dayIndex]

        let weight = weights[weightIndex]
        weightIndex += 1
        cumulativeWeight += Int128(weight)
        let now = Rounding.divide(Int128(cell.amount) * cumulativeWeight, by: totalWeight)
        let amount = now - previousAmount
        previousAmount = now

        let person = random.chance(percent: stream.cprPercent) ? pickPerson(cell.stream) : -1
        let account = person >= 0 ? 1 + random.below(stream.accounts.count - 1) : 0
        let text: Int
        if weight < 0 {
            text = stream.texts.count + plan.generalTexts.count + random.below(plan.correctionTexts.count)
        } else if person >= 0 {
            text = random.below(stream.texts.count)
        } else {
            text = stream.texts.count + random.below(plan.generalTexts.count)
        }
        return RawPosting(day: day, stream: cell.stream, account: account, text: text, amount: amount, person: person)
    }

    /// Draws the cell's line weights (a few large postings, about 1.5 % negative corrections)
    /// and spreads its lines over the month's booking days.
    private mutating func startCell() {
        let cell = layout.cells[cellIndex]
        remaining = cell.lines
        guard remaining > 0 else { return }
        weights.removeAll(keepingCapacity: true)
        var total: Int64 = 0
        for _ in 0..<cell.lines {
            var weight = Int64(500 + random.below(1_500))
            if random.chance(percent: 5) { weight *= 4 }
            if random.below(1_000) < 15 { weight = -weight / 2 }
            weights.append(weight)
            total += weight
        }
        if total <= 0 {
            weights = weights.map { abs($0) }
            total = weights.reduce(0, +)
        }
        totalWeight = Int128(total)
        weightIndex = 0
        cumulativeWeight = 0
        previousAmount = 0
        let days = layout.bookingDays[cell.month - 1].count
        dayCounts = Array(repeating: 0, count: days)
        for _ in 0..<cell.lines { dayCounts[random.below(days)] += 1 }
        dayIndex = 0
    }

    /// A citizen of the stream: now and then one shared with the partner sub-area, often one of
    /// the few heavy users, otherwise anyone.
    private mutating func pickPerson(_ stream: Int) -> Int {
        if let partner = layout.partner[stream], random.chance(percent: 15) {
            return layout.firstPerson[partner] + random.below(max(1, layout.people[partner] / 4))
        }
        let count = layout.people[stream]
        let local = random.chance(percent: 30) ? random.below(max(1, count / 10)) : random.below(count)
        return layout.firstPerson[stream] + local
    }
}
