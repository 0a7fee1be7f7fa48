import ForumCore

/// A distinct account string of a postings file, the sub-area it maps to, and how many lines
/// and how much money it carried.
public struct AccountTally: Hashable, Sendable {
    public let account: String
    /// Nil when no kontoplan prefix matches: the account is unmapped.
    public let subArea: SubArea?
    /// The index of `subArea` in the sub-areas the reader was given, or -1 when unmapped.
    public let subAreaIndex: Int32
    public internal(set) var lines: Int
    public internal(set) var total: Money
}

/// Maps the account bytes of a postings line to a sub-area by `AccountMap`'s prefix rules,
/// resolving each distinct account string once: a file repeats a few hundred accounts a
/// million times, and the string-based map would allocate on every line.
struct AccountResolver {
    /// Up to 16 account bytes packed into two words (zero-padded: the reader refuses NUL bytes,
    /// so padding cannot collide with content).
    private struct ShortKey: Hashable {
        var low: UInt64
        var high: UInt64
    }

    private let map: AccountMap
    private let indexOfSubArea: [String: Int32]
    private var shortKeys: [ShortKey: Int32] = [:]
    private var longKeys: [String: Int32] = [:]
    private(set) var tallies: [AccountTally] = []

    init(subAreas: [SubArea]) {
        map = AccountMap(subAreas)
        indexOfSubArea = Dictionary(subAreas.enumerated().map { ($0.element.code, Int32($0.offset)) },
                                    uniquingKeysWith: { first, _ in first })
    }

    /// The index in `tallies` of the account in `field` (spaces around it ignored), or nil when
    /// it is empty.
    mutating func resolve(_ field: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> Int32? {
        var start = 0
        var end = field.count
        while start < end && (field[start] == 0x20 || field[start] == 0x09) { start += 1 }
        while end > start && (field[end - 1] == 0x20 || field[end - 1] == 0x09) { end -= 1 }
        let length = end - start
        if length == 0 { return nil }
        let bytes = UnsafeBufferPointer(rebasing: field[start..<end])
        if length <= 16 {
            var key = ShortKey(low: 0, high: 0)
            for index in 0..<length {
                let shift = UInt64((index & 7) * 8)
                if index < 8 { key.low |= UInt64(bytes[index]) << shift } else { key.high |= UInt64(bytes[index]) << shift }
            }
            if let index = shortKeys[key] { return index }
            let index = add(EncodingBytes.decode(bytes, as: encoding))
            shortKeys[key] = index
            return index
        }
        let text = EncodingBytes.decode(bytes, as: encoding)
        if let index = longKeys[text] { return index }
        let index = add(text)
        longKeys[text] = index
        return index
    }

    /// Counts a line on an account. The caller keeps the sum of all magnitudes below
    /// `Int64.max`, so no total can overflow.
    mutating func count(_ index: Int32, amount: Int64) {
        tallies[Int(index)].total.ore += amount
        tallies[Int(index)].lines += 1
    }

    private mutating func add(_ account: String) -> Int32 {
        let subArea = map.subArea(forAccount: account)
        let index = subArea.flatMap { indexOfSubArea[$0.code] } ?? -1
        tallies.append(AccountTally(account: account, subArea: subArea, subAreaIndex: index, lines: 0, total: .zero))
        return Int32(tallies.count - 1)
    }
}
