/// One case in one offer (*placering*): the unit of occupancy (DOMAIN §7). An offer's occupancy
/// on a day is the units of its placements active that day, never a count typed in beside them.
public struct Placement: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var offer: OfferID
    public var caseID: CaseID
    /// 1 place, or n hours a week.
    public var units: Int
    public var from: Day
    /// The last day (included); nil while the end is not known.
    public var until: Day?
    /// The tariff per unit in force when the case was placed.
    public var tariff: Tariff
    /// Who pays: the offer's sector, or a split.
    public var payer: PaymentSplit
    public var crossSector: Bool
    /// A chief's reason for placing beyond capacity or on the quota of the cross-sector solution.
    public var overrideReason: String?
    /// The approved grant this placement carries out (a request for this offer and case): the
    /// grant's commitments pay for it, so the placement commits nothing of its own and the
    /// budget counts the place once.
    public var requestID: RequestID?

    public init(id: Int64, offer: OfferID, caseID: CaseID, units: Int = 1, from: Day, until: Day? = nil, tariff: Tariff,
                payer: PaymentSplit, crossSector: Bool = false, overrideReason: String? = nil, requestID: RequestID? = nil) {
        self.id = id
        self.offer = offer
        self.caseID = caseID
        self.units = units
        self.from = from
        self.until = until
        self.tariff = tariff
        self.payer = payer
        self.crossSector = crossSector
        self.overrideReason = overrideReason
        self.requestID = requestID
    }

    public func isActive(on day: Day) -> Bool { from <= day && until.map { day <= $0 } ?? true }

    /// Active on some day of `month`.
    public func isActive(in month: Month) -> Bool {
        from.calendarMonth <= month && until.map { month <= $0.calendarMonth } ?? true
    }

    /// The price of a month of this placement: the tariff per unit times the units.
    public var monthlyRate: Money { tariff.total.scaled(by: Int64(units), over: 1) }

    /// The placement's commitments (*dispositioner*) on its payers, as every backend stores them
    /// and as a reader of commitments (the forecast bridge's "placements" line) recomputes them:
    /// the monthly rate from the start, pro rata by days as in DOMAIN §6, through `until`, or for
    /// an open placement through 31 December of the budget year. Months before the budget year
    /// are closed accounts and carry none. A placement made from an approved grant carries none:
    /// the grant's schedule is what its payers are committed to.
    public func commitments(budgetYear: Int) -> CommitmentSchedule {
        guard requestID == nil else { return CommitmentSchedule(lines: []) }
        let yearStart = Day(uncheckedYear: budgetYear, month: 1, day: 1)
        let start = Swift.max(from, yearStart)
        let end = until ?? Day(uncheckedYear: budgetYear, month: 12, day: 31)
        guard start <= end else { return CommitmentSchedule(lines: []) }
        return CommitmentSchedule(amount: .monthly(rate: monthlyRate, start: start, end: end), split: payer)
    }
}
