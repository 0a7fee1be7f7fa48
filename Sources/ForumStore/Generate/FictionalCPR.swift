import ForumCore

/// The age group a fictional citizen is born in: children on the children's and school areas,
/// the elderly on care, adults elsewhere.
public enum AgeBand: String, Sendable, CaseIterable {
    case children
    case youth
    case adults
    case elderly

    /// First and last birth year of the band.
    var birthYears: ClosedRange<Int> {
        switch self {
        case .children: 2008...2022
        case .youth: 2001...2009
        case .adults: 1961...2004
        case .elderly: 1927...1958
        }
    }
}

/// Fictional CPR numbers for the demo municipality's population.
///
/// Person `local` of the series `series` (a sub-area's code without dots, e.g. 53852) gets a
/// fixed number, so the demo's case files and the generated postings name the same citizens.
/// The numbers have a valid date part (never 29 February) and a century digit that fits the
/// birth year, and are chosen to *fail* the modulus-11 check that every CPR number issued
/// before 2007 passes, so that they cannot be the numbers of most real people.
public enum FictionalCPR {
    /// The ten digits as a number (a leading zero is implied when it has nine digits).
    public static func number(series: Int, local: Int, band: AgeBand) -> UInt64 {
        let hash = SplitMix64.mix(UInt64(series) &* 1_000_000 &+ UInt64(local))
        let first = Month(ordinal: band.birthYears.lowerBound * 12).firstDay.daysSinceEpoch
        let last = Month(ordinal: band.birthYears.upperBound * 12 + 11).lastDay.daysSinceEpoch
        let birth = Day(daysSinceEpoch: first + Int(hash % UInt64(last - first + 1)))
        let day = birth.month == 2 && birth.day == 29 ? 28 : birth.day
        let century = birth.year >= 2000 ? [4, 9, 5, 6, 7, 8][Int((hash >> 32) % 6)] : Int((hash >> 32) % 4)
        let rest = Int((hash >> 40) % 1000)
        var digits = [day / 10, day % 10, birth.month / 10, birth.month % 10,
                      (birth.year % 100) / 10, birth.year % 10, century,
                      rest / 100, (rest / 10) % 10, rest % 10]
        if passesModulus11(digits) { digits[9] = (digits[9] + 1) % 10 }
        return digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
    }

    /// `0204059186`: the number with its leading zero.
    public static func text(_ number: UInt64) -> String {
        let plain = String(number)
        return String(repeating: "0", count: max(0, 10 - plain.count)) + plain
    }

    /// The old control rule: digits weighted 4 3 2 7 6 5 4 3 2 1 sum to a multiple of 11.
    static func passesModulus11(_ digits: [Int]) -> Bool {
        zip([4, 3, 2, 7, 6, 5, 4, 3, 2, 1], digits).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0
    }
}
