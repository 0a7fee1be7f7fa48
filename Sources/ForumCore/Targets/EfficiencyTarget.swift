/// An efficiency target (*effektiviseringskrav*, DOMAIN §13, 000 l.846–869) of a cross-sector
/// solution for one budget year, allocated to sectors exactly by largest remainder: equal
/// shares, one sector, or weights. Targets never change the corrected budget.
public struct EfficiencyTarget: Hashable, Sendable, Codable {
    public var year: Int
    public var amount: Money
    public var split: PaymentSplit
    public var note: String

    public init(year: Int, amount: Money, split: PaymentSplit, note: String = "") throws(TargetError) {
        guard amount.ore > 0 else { throw .notPositive(amount) }
        self.year = year
        self.amount = amount
        self.split = split
        self.note = note
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
    public var previousYear: Money
    public var actualToDate: Money
    public var forecastRest: Money

    public init(previousYear: Money, actualToDate: Money, forecastRest: Money) {
        self.previousYear = previousYear
        self.actualToDate = actualToDate
        self.forecastRest = forecastRest
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

/// What is wrong with a target.
public enum TargetError: Error, Hashable, Sendable, UserFacingError {
    case notPositive(Money)

    public var phrase: Phrase {
        switch self {
        case .notPositive(let amount): Strings.targetNotPositive(amount)
        }
    }
}
