/// An efficiency target (*effektiviseringskrav*, DOMAIN §13, 000 l.846–869) of a cross-sector
/// solution for one budget year, allocated to sectors exactly by largest remainder: equal
/// shares, one sector, or weights. Targets never change the corrected budget. A year has at most
/// one target; setting it again replaces it over the version the person saw.
public struct EfficiencyTarget: Hashable, Sendable, Codable {
    public var year: Int
    public var amount: Money
    public var split: PaymentSplit
    public var note: String
    /// Who last set it and when (nil before it is stored).
    public var author: String?
    public var at: Timestamp?
    /// 1 when first stored, one more with each change: a change is checked against it.
    public var version: Int

    public init(year: Int, amount: Money, split: PaymentSplit, note: String = "", author: String? = nil,
                at: Timestamp? = nil, version: Int = 0) throws(TargetError) {
        guard amount.ore > 0 else { throw .notPositive(amount) }
        self.year = year
        self.amount = amount
        self.split = split
        self.note = note
        self.author = author
        self.at = at
        self.version = version
    }

    /// Equal shares between sectors, in the order given (the first get the remainder øre).
    public static func equalShares(_ sectors: [SectorCode]) throws(SplitError) -> PaymentSplit {
        try PaymentSplit(sectors.map { PaymentSplit.Share($0, 1) })
    }

    /// Each sector's part: the parts sum to the target (490.000 kr over three sectors is
    /// 163.333,34 + 163.333,33 + 163.333,33).
    public var allocation: [(sector: SectorCode, amount: Money)] { split.allocate(amount) }
}

/// What a sector has saved on its cases in year Y (Furesø, 000 l.980): the same cases' spend in
/// Y−1 − (their actual spend in Y + their forecast rest of Y). An estimate, and labelled so.
public struct SavingEstimate: Hashable, Sendable, Codable {
    /// How many cases are compared: those that drew on the sector in Y−1.
    public var cases: Int
    public var previousYear: Money
    public var actualToDate: Money
    public var forecastRest: Money

    public init(cases: Int = 0, previousYear: Money, actualToDate: Money, forecastRest: Money) {
        self.cases = cases
        self.previousYear = previousYear
        self.actualToDate = actualToDate
        self.forecastRest = forecastRest
    }

    /// The estimate of `sector` at the end of month `month` of the year: the cases that drew on
    /// the sector in Y−1, their spend then, their actual spend in months 1…m and what is committed
    /// for them in months m+1…12. A case new this year is no saving or loss: it is not the same case.
    public init(_ rows: [CaseSectorYear], sector: SectorCode, month: Int) {
        let same = rows.filter { $0.sector == sector && !$0.previousYear.isZero }
        let m = Swift.min(12, Swift.max(0, month))
        self.init(cases: Set(same.map(\.caseID)).count, previousYear: Money.sum(same.map(\.previousYear)),
                  actualToDate: Money.sum(same.flatMap { $0.actual.prefix(m) }),
                  forecastRest: Money.sum(same.flatMap { $0.committed.dropFirst(m) }))
    }

    public var saving: Money { previousYear - (actualToDate + forecastRest) }
}

/// A sector's progress on its part of a target at the end of month m.
public struct TargetProgress: Hashable, Sendable {
    public let sector: SectorCode
    public let target: Money
    /// The target × m ÷ 12, rounded half away from zero: what should be saved by date.
    public let proRata: Money
    public let realised: SavingEstimate
    /// Below its pro-rata target: the sector goes on the forum's draft agenda.
    public var isBehind: Bool { realised.saving < proRata }

    public init(sector: SectorCode, target: Money, month: Int, realised: SavingEstimate) {
        self.sector = sector
        self.target = target
        proRata = target.scaled(by: Int64(Swift.min(12, Swift.max(0, month))), over: 12)
        self.realised = realised
    }
}

/// One case's draw on one sector, from which the saving estimate is made: its spend in the year
/// before, and its actual spend and its commitments in force per month of the year (twelve each).
public struct CaseSectorYear: Hashable, Sendable {
    public var caseID: CaseID
    public var sector: SectorCode
    public var previousYear: Money
    public var actual: [Money]
    public var committed: [Money]

    public init(caseID: CaseID, sector: SectorCode, previousYear: Money = .zero,
                actual: [Money] = Array(repeating: .zero, count: 12), committed: [Money] = Array(repeating: .zero, count: 12)) {
        self.caseID = caseID
        self.sector = sector
        self.previousYear = previousYear
        self.actual = actual
        self.committed = committed
    }
}

extension TargetProgress {
    /// Every sector's progress on the year's target at the end of month `month` (0 before any
    /// posting), in the order the target's split names them.
    public static func of(_ target: EfficiencyTarget, rows: [CaseSectorYear], month: Int) -> [TargetProgress] {
        target.allocation.map { part in
            TargetProgress(sector: part.sector, target: part.amount, month: month,
                           realised: SavingEstimate(rows, sector: part.sector, month: month))
        }
    }
}

/// What is wrong with a target.
public enum TargetError: Error, Hashable, Sendable, UserFacingError {
    case notPositive(Money)

    public var phrase: Phrase {
        switch self {
        case .notPositive(let amount): Strings.targetNotPositive(amount)
        }
    }
}
