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
    package struct Total: Hashable, Sendable {
        /// Month ordinal in the high half, sub-area index in the low half.
        package var key: Int
        package var amount: Int64
    }

    /// Sub-area indexes run from 0 to `subAreaCount - 1`.
    let subAreaCount: Int
    /// The months met, and for each a row of `subAreaCount` totals in `areaTotals`.
    private(set) var months: [Int] = []
    private var slotOfMonth: [Int: Int] = [:]
    private(set) var areaTotals: [Int64] = []
    /// By person number: that person's totals.
    package private(set) var byPerson: [[Total]] = []
    /// The last day seen, its month and the month's slot: extracts are mostly in date order.
    private var lastDay = Int.min
    private var lastMonth = 0
    private var lastSlot = 0

    package init(subAreaCount: Int) {
        self.subAreaCount = subAreaCount
    }

    /// Adds a posting of `day` (days since 1970-01-01) on the sub-area with index `subArea`, for
    /// person number `person` (-1 for none).
    package mutating func add(day: Int, subArea: Int, person: Int, amount: Int64) {
        if day != lastDay {
            lastDay = day
            lastMonth = Day(daysSinceEpoch: day).calendarMonth.ordinal
            if let slot = slotOfMonth[lastMonth] {
                lastSlot = slot
            } else {
                lastSlot = months.count
                slotOfMonth[lastMonth] = lastSlot
                months.append(lastMonth)
                areaTotals += repeatElement(0, count: subAreaCount)
            }
        }
        areaTotals[lastSlot * subAreaCount + subArea] &+= amount
        let key = lastMonth << 32 | subArea
        guard person >= 0 else { return }
        while byPerson.count <= person { byPerson.append([]) }
        if let index = byPerson[person].firstIndex(where: { $0.key == key }) {
            byPerson[person][index].amount &+= amount
        } else {
            byPerson[person].append(Total(key: key, amount: amount))
        }
    }

    /// Each month's total per sub-area index, where there were postings.
    package var bySubArea: [(month: Int, subArea: Int, amount: Int64)] {
        months.indices.flatMap { slot in
            (0..<subAreaCount).compactMap { subArea in
                let amount = areaTotals[slot * subAreaCount + subArea]
                return amount == 0 ? nil : (months[slot], subArea, amount)
            }
        }
    }

    /// A key's month ordinal and sub-area index.
    package static func split(_ key: Int) -> (month: Int, subArea: Int) {
        (key >> 32, key & 0xFFFF_FFFF)
    }
}
