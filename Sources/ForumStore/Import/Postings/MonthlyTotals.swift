import ForumCore

/// Sums of postings per month and sub-area, and per month, sub-area and person, gathered while
/// a file is read and written once at the end: so that no screen or report ever scans raw
/// postings, and the import does not update a total per line.
///
/// Keys are small integers: a sub-area is its index in the reader's list (the unmapped one
/// after them), a person the number of its pseudonym. A person's totals are a short list
/// searched linearly (a person has postings on a few sub-areas in a few months), which is
/// cheaper than hashing a compound key per line. The database ids behind the indexes are
/// supplied when the totals are written (`apply`).
public struct MonthlyTotals: Hashable, Sendable {
    struct Total: Hashable, Sendable {
        /// Month ordinal in the high half, sub-area index in the low half.
        var key: Int
        var amount: Int64
    }

    private(set) var bySubArea: [Int: Int64] = [:]
    /// By person number: that person's totals.
    private(set) var byPerson: [[Total]] = []
    /// The last day seen and its month: extracts are mostly in date order.
    private var lastDay = Int.min
    private var lastMonth = 0

    init() {}

    /// Adds a posting of `day` (days since 1970-01-01) on the sub-area with index `subArea`, for
    /// person number `person` (-1 for none).
    mutating func add(day: Int, subArea: Int, person: Int, amount: Int64) {
        if day != lastDay {
            lastDay = day
            lastMonth = Day(daysSinceEpoch: day).calendarMonth.ordinal
        }
        let key = lastMonth << 32 | subArea
        bySubArea[key, default: 0] &+= amount
        guard person >= 0 else { return }
        while byPerson.count <= person { byPerson.append([]) }
        if let index = byPerson[person].firstIndex(where: { $0.key == key }) {
            byPerson[person][index].amount &+= amount
        } else {
            byPerson[person].append(Total(key: key, amount: amount))
        }
    }

    /// A key's month ordinal and sub-area index.
    static func split(_ key: Int) -> (month: Int, subArea: Int) {
        (key >> 32, key & 0xFFFF_FFFF)
    }
}
