/// The receiving sectors' expected inflow from the children's area (*forventet tilgang fra
/// børneområdet*, DOMAIN §12): the forecast line T and the shadow budget of later years.
///
/// Only youths still waiting count: a closed youth, or one whose case has an approved adult grant,
/// adds nothing, since the grant's commitments already stand in the forecast (nothing is counted
/// twice).
public enum TransitionInflow {
    /// Whether a youth still adds to T.
    public static func counts(_ youth: Youth, adultGrantCases: Set<CaseID>) -> Bool {
        youth.closed == nil && !adultGrantCases.contains(youth.caseID)
    }

    /// Expected amounts per receiving sector and month of `year` (1…12), as budget rows.
    public static func rows(_ youths: [Youth], adultGrantCases: Set<CaseID>, year: Int) -> [BudgetInput.MonthRow<SectorCode>] {
        youths.filter { counts($0, adultGrantCases: adultGrantCases) }.flatMap { youth in
            ExpectedTransition.byMonth(youth, year: year).enumerated().compactMap { index, amount in
                amount.isZero ? nil : BudgetInput.MonthRow(youth.receivingSector, month: index + 1, amount: amount)
            }
        }
    }

    /// One later budget year of a receiving sector's shadow budget.
    public struct ShadowYear: Hashable, Sendable, Codable {
        public let year: Int
        /// The youths' expected amounts in the year.
        public let expected: Money
        /// The economist's net other inflow.
        public let otherInflow: Money
        public var total: Money { expected + otherInflow }
    }

    /// The shadow budget of `sector` for the three budget years after `year` (DOMAIN §12).
    public static func shadowBudget(_ youths: [Youth], adultGrantCases: Set<CaseID>, sector: SectorCode, after year: Int,
                                    settings: TransitionSettings) -> [ShadowYear] {
        let waiting = youths.filter { $0.receivingSector == sector && counts($0, adultGrantCases: adultGrantCases) }
        return (year + 1...year + 3).map { later in
            ShadowYear(year: later, expected: Money.sum(waiting.map { ExpectedTransition.total($0, year: later) }),
                       otherInflow: settings.netOtherInflow[sector] ?? .zero)
        }
    }
}

extension TransitionInflow {
    /// The cases of `youths` with an approved adult grant: an approved request of the case whose
    /// split pays the youth's receiving sector. Deciding that grant ends the youth's T.
    public static func adultGrantCases(_ requests: [GrantRequest], youths: [Youth]) -> Set<CaseID> {
        let receiving = Dictionary(youths.map { ($0.caseID, $0.receivingSector) }, uniquingKeysWith: { first, _ in first })
        return Set(requests.compactMap { request in
            guard request.status.isApproved, let sector = receiving[request.caseID],
                  request.currentSplit.sectors.contains(sector) else { return nil }
            return request.caseID
        })
    }
}

extension TransitionInflow {
    /// `rows` with the receiving sectors' expected inflow of the youths still waiting for an adult
    /// grant: what a backend adds to the budget rows it read, in the same read.
    public static func adding(to rows: BudgetInput, youths: [Youth], requests: [GrantRequest]) -> BudgetInput {
        var rows = rows
        rows.transitions = TransitionInflow.rows(youths, adultGrantCases: adultGrantCases(requests, youths: youths), year: rows.year)
        return rows
    }
}

extension ForumRepository {
    /// The budget rows of a year with the receiving sectors' expected inflow from the children's
    /// area (T): what the burn and the forecast are computed from. T is derived from the youth list
    /// and the decisions on every read, so an approved adult grant ends its youth's T in the
    /// transaction that approves it.
    public func forecastRows(year: Int) async throws -> BudgetInput {
        let rows = try await budgetRows(year: year)
        let youths = try await youths()
        guard !youths.isEmpty else { return rows }
        return TransitionInflow.adding(to: rows, youths: youths, requests: try await requests())
    }
}
