/// Who pays for a grant, as integer weights per sector (*fordelingsnøgle*).
///
/// Weights, not rounded percents: ½/⅓/⅙ is stored exactly as 3:2:1, and 60/20/20 as 60:20:20.
/// The order of the shares is kept: it breaks ties when remainder øre are handed out.
public struct PaymentSplit: Hashable, Sendable, Codable {
    public struct Share: Hashable, Sendable, Codable {
        public var sector: SectorCode
        public var weight: Int

        public init(_ sector: SectorCode, _ weight: Int) {
            self.sector = sector
            self.weight = weight
        }
    }

    public let shares: [Share]

    /// A split with at least one share, positive weights and no sector twice.
    public init(_ shares: [Share]) throws(SplitError) {
        guard !shares.isEmpty else { throw .empty }
        var seen = Set<SectorCode>()
        for share in shares {
            guard share.weight > 0 else { throw .nonPositiveWeight(share.sector, share.weight) }
            guard share.weight <= PaymentSplit.maximumWeight else { throw .weightTooLarge(share.sector) }
            guard seen.insert(share.sector).inserted else { throw .duplicateSector(share.sector) }
        }
        self.shares = shares
    }

    /// Everything paid by one sector.
    public static func single(_ sector: SectorCode) -> PaymentSplit {
        // A single positive share is always valid.
        PaymentSplit(unchecked: [Share(sector, 1)])
    }

    private init(unchecked shares: [Share]) { self.shares = shares }

    /// Large enough for percents with decimals, small enough that amount × weight never overflows 128 bits.
    public static let maximumWeight = 1_000_000

    public var isSplit: Bool { shares.count > 1 }
    public var sectors: [SectorCode] { shares.map(\.sector) }
    public var totalWeight: Int { shares.reduce(0) { $0 + $1.weight } }

    /// The same proportions in lowest terms: 60:20:20 → 3:1:1.
    public var reduced: PaymentSplit {
        let divisor = shares.map(\.weight).reduce(0, PaymentSplit.gcd)
        return PaymentSplit(unchecked: shares.map { Share($0.sector, $0.weight / divisor) })
    }

    /// The weight of a sector, 0 when it does not pay.
    public func weight(of sector: SectorCode) -> Int {
        shares.first { $0.sector == sector }?.weight ?? 0
    }

    /// Allocates an amount exactly to the øre: each sector gets its share rounded down, and the
    /// øre left over go one each to the largest remainders, ties to the share given first.
    /// The parts always sum to the amount. A negative amount is allocated as its magnitude and
    /// negated, so a correction mirrors the original.
    public func allocate(_ amount: Money) -> [(sector: SectorCode, amount: Money)] {
        let total = Int128(totalWeight)
        let magnitude = Int128(amount.ore.magnitude)
        var parts: [Int128] = []
        var remainders: [(index: Int, remainder: Int128)] = []
        parts.reserveCapacity(shares.count)
        for (index, share) in shares.enumerated() {
            let exact = magnitude * Int128(share.weight)
            parts.append(exact / total)
            remainders.append((index, exact % total))
        }
        var leftover = magnitude - parts.reduce(0, +)
        // Stable order: larger remainder first, then the order the shares were given.
        let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        var position = 0
        while leftover > 0 {
            parts[order[position].index] += 1
            leftover -= 1
            position += 1
        }
        let sign: Int128 = amount.isNegative ? -1 : 1
        return zip(shares, parts).map { share, part in (share.sector, Money(ore: Int64(part * sign))) }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

/// What is wrong with a payment split.
public enum SplitError: Error, Hashable, Sendable, UserFacingError {
    case empty
    case nonPositiveWeight(SectorCode, Int)
    case weightTooLarge(SectorCode)
    case duplicateSector(SectorCode)
    case unknownSector(SectorCode)
    /// Percents must add up to 100; the sum found.
    case percentsDoNotSumTo100(Int)
    case mixedPercentsAndWeights
    case unreadableShare(String)

    public var phrase: Phrase {
        switch self {
        case .empty: Strings.splitEmpty
        case .nonPositiveWeight(let sector, let weight): Strings.splitNonPositive(sector.rawValue, weight)
        case .weightTooLarge(let sector): Strings.splitTooLarge(sector.rawValue)
        case .duplicateSector(let sector): Strings.splitDuplicate(sector.rawValue)
        case .unknownSector(let sector): Strings.splitUnknownSector(sector.rawValue)
        case .percentsDoNotSumTo100(let sum): Strings.splitPercentSum(sum)
        case .mixedPercentsAndWeights: Strings.splitMixed
        case .unreadableShare(let text): Strings.splitUnreadable(text)
        }
    }
}
