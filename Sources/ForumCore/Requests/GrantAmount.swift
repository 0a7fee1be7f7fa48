/// What a grant costs: a monthly rate over a period, or a one-off amount.
public enum GrantAmount: Hashable, Sendable {
    /// A monthly rate from `start` through `end` (both included). A partial first or last month
    /// costs rate × days ÷ days-in-month.
    case monthly(rate: Money, start: Day, end: Day)
    /// One payment, booked in the month of `on`.
    case oneOff(Money, on: Day)

    /// A monthly grant, or `GrantError.endBeforeStart`.
    public static func monthly(_ rate: Money, from start: Day, through end: Day) throws(GrantError) -> GrantAmount {
        guard end >= start else { throw .endBeforeStart(start: start, end: end) }
        return .monthly(rate: rate, start: start, end: end)
    }

    public var start: Day {
        switch self {
        case .monthly(_, let start, _): start
        case .oneOff(_, let day): day
        }
    }

    public var end: Day {
        switch self {
        case .monthly(_, _, let end): end
        case .oneOff(_, let day): day
        }
    }

    public var isOneOff: Bool {
        if case .oneOff = self { return true }
        return false
    }

    /// The amount in each month of the grant, in order: pro rata by days in a partial month.
    public var monthlyAmounts: [(month: Month, amount: Money)] {
        switch self {
        case .oneOff(let amount, let day):
            return [(day.calendarMonth, amount)]
        case .monthly(let rate, let start, let end):
            return start.calendarMonth.through(end.calendarMonth).map { month in
                let days = month.daysCovered(from: start, through: end)
                return (month, days == month.dayCount ? rate : rate.prorated(days: days, of: month.dayCount))
            }
        }
    }

    /// The grant's total: the sum of its months (not rate × months).
    public var total: Money { Money.sum(monthlyAmounts.map(\.amount)) }

    /// The monthly rate, or the one-off amount.
    public var perMonth: Money {
        switch self {
        case .monthly(let rate, _, _): rate
        case .oneOff(let amount, _): amount
        }
    }

    /// Twelve months at the rate, or the one-off amount: the yearly cost used to compare alternatives.
    public var perYear: Money {
        switch self {
        case .monthly(let rate, _, _): Money(ore: rate.ore * 12)
        case .oneOff(let amount, _): amount
        }
    }

    /// The same grant ending no later than `day` (an approval limited in time).
    public func ending(atLatest day: Day) -> GrantAmount {
        switch self {
        case .oneOff: self
        case .monthly(let rate, let start, let end): .monthly(rate: rate, start: start, end: Swift.max(start, Swift.min(end, day)))
        }
    }
}

extension GrantAmount: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, rateOre = "rate_ore", amountOre = "amount_ore", start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "monthly":
            self = .monthly(rate: try container.decode(Money.self, forKey: .rateOre),
                            start: try container.decode(Day.self, forKey: .start),
                            end: try container.decode(Day.self, forKey: .end))
        case "one_off":
            self = .oneOff(try container.decode(Money.self, forKey: .amountOre),
                           on: try container.decode(Day.self, forKey: .start))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "kind is monthly or one_off")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .monthly(let rate, let start, let end):
            try container.encode("monthly", forKey: .kind)
            try container.encode(rate, forKey: .rateOre)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        case .oneOff(let amount, let day):
            try container.encode("one_off", forKey: .kind)
            try container.encode(amount, forKey: .amountOre)
            try container.encode(day, forKey: .start)
        }
    }
}

/// What is wrong with a grant or a decision on it.
public enum GrantError: Error, Hashable, Sendable, UserFacingError {
    case endBeforeStart(start: Day, end: Day)
    case reasonRequired
    case missingInformationRequired
    case validUntilRequired
    case validUntilBeforeStart(until: Day, start: Day)
    case validUntilAfterEnd(until: Day, end: Day)
    case oneOffCannotBeTimeLimited
    case followUpAfterValidUntil(followUp: Day, until: Day)
    case followUpNotAfterDecision(followUp: Day, decided: Day)

    public var phrase: Phrase {
        switch self {
        case .endBeforeStart(let start, let end): Strings.endBeforeStart(start: start, end: end)
        case .reasonRequired: Strings.reasonRequired
        case .missingInformationRequired: Strings.missingInformationRequired
        case .validUntilRequired: Strings.validUntilRequired
        case .validUntilBeforeStart(let until, let start): Strings.validUntilBeforeStart(until: until, start: start)
        case .validUntilAfterEnd(let until, let end): Strings.validUntilAfterEnd(until: until, end: end)
        case .oneOffCannotBeTimeLimited: Strings.oneOffCannotBeTimeLimited
        case .followUpAfterValidUntil(let followUp, let until): Strings.followUpAfterValidUntil(followUp: followUp, until: until)
        case .followUpNotAfterDecision(let followUp, let decided): Strings.followUpNotAfterDecision(followUp: followUp, decided: decided)
        }
    }
}
