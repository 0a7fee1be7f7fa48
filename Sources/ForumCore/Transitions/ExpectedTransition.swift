/// The probability-weighted amounts a youth is expected to cost the receiving sector (DOMAIN §12,
/// our rule and named so): the monthly rate (annual cost ÷ 12) from the transition date, pro rata
/// by days in a partial first month as in §6, times p; each year's total rounded half away from
/// zero to the øre and spread over its months by largest remainder.
///
/// Nothing is rounded before the year's total: every month is held as an exact fraction over one
/// common denominator, so ⅓ of 600.000 kr a year from 1.7.2027 is 100.000,00 kr in 2027 and
/// 200.000,00 kr in 2028, not a sum of rounded thirds.
public enum ExpectedTransition {
    /// Every month length divides this (lcm of 28, 29, 30 and 31), so a partial month's share of
    /// a year is an integer over `12 × p.denominator × monthLengths`.
    private static let monthLengths: Int128 = 377_580

    /// The expected amount in each month of `year`, January first (twelve entries).
    public static func byMonth(_ youth: Youth, year: Int) -> [Money] {
        let weights = exactMonths(youth, year: year)
        let denominator = 12 * Int128(youth.probability.denominator) * monthLengths
        let total = Money(ore: Rounding.divide(weights.reduce(0, +), by: denominator))
        return LargestRemainder.allocate(total, by: weights)
    }

    /// The expected amount in `year`.
    public static func total(_ youth: Youth, year: Int) -> Money {
        Money.sum(byMonth(youth, year: year))
    }

    /// Each month's exact amount in øre × 12 × p.denominator × monthLengths.
    private static func exactMonths(_ youth: Youth, year: Int) -> [Int128] {
        let start = youth.transitionDate
        let perYear = Int128(youth.annualCost.ore) * Int128(youth.probability.numerator)
        return (1...12).map { number in
            let month = Month(uncheckedYear: year, month: number)
            guard month.lastDay >= start else { return 0 }
            let days = month.daysCovered(from: start, through: month.lastDay)
            return perYear * Int128(days) * (monthLengths / Int128(month.dayCount))
        }
    }
}
