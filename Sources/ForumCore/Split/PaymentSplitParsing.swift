extension PaymentSplit {
    /// Reads shares written as `BEV=60,VOK=20,FAM=20` (weights), `BEV=60%,VOK=20%,FAM=20%`
    /// (percents, which must add up to 100) or `BEV=3,VOK=2,FAM=1` (½/⅓/⅙).
    /// `:` may stand for `=`. Sector codes are checked against `known` when it is given.
    public init(parsing text: String, known: Set<SectorCode>? = nil) throws(SplitError) {
        let items = text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !items.isEmpty else { throw .empty }
        var shares: [Share] = []
        var percentCount = 0
        for item in items {
            let pair = item.split(maxSplits: 1) { $0 == "=" || $0 == ":" }
            guard pair.count == 2 else { throw .unreadableShare(item) }
            let sector = SectorCode(pair[0].trimmingSpaces)
            var number = pair[1].trimmingSpaces
            if number.hasSuffix("%") {
                percentCount += 1
                number = String(number.dropLast()).trimmingSpaces
            }
            guard !sector.rawValue.isEmpty, let weight = Int(number) else { throw .unreadableShare(item) }
            if let known, !known.contains(sector) { throw .unknownSector(sector) }
            shares.append(Share(sector, weight))
        }
        if percentCount > 0 {
            guard percentCount == items.count else { throw .mixedPercentsAndWeights }
            let sum = shares.reduce(0) { $0 + $1.weight }
            guard sum == 100 else { throw .percentsDoNotSumTo100(sum) }
        }
        try self.init(shares)
    }

    /// `BEV=60,VOK=20,FAM=20`: the form `init(parsing:)` reads.
    public var shareList: String {
        shares.map { "\($0.sector.rawValue)=\($0.weight)" }.joined(separator: ",")
    }

    /// Each sector's share in whole percent for display, rounded so the percents add up to
    /// 100 (by the same largest-remainder rule as money); `exact` tells whether they are exact.
    public func displayPercents() -> (percents: [(sector: SectorCode, percent: Int)], exact: Bool) {
        let parts = allocate(Money(ore: 100))
        let exact = shares.allSatisfy { ($0.weight * 100) % totalWeight == 0 }
        return (parts.map { ($0.sector, Int($0.amount.ore)) }, exact)
    }
}
