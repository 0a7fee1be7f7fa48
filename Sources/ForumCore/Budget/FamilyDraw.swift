/// A cross-sector family's total draw across all sectors since it entered the solution
/// (DOMAIN §8), from the monthly totals per case. Known only by its pseudonymous case id.
public struct FamilyDraw: Hashable, Sendable {
    public var caseID: CaseID
    /// The month the family entered the cross-sector solution (its first cross-sector request).
    public var since: Month
    public var bySector: [SectorCode: Money]

    public init(caseID: CaseID, since: Month, bySector: [SectorCode: Money]) {
        self.caseID = caseID
        self.since = since
        self.bySector = bySector
    }

    public var total: Money { Money.sum(bySector.values) }
}

/// What may be shown of a group of families: each family (by case id) when the group has at
/// least `FamilyView.smallestGroup` of them, else only the average family, so that no one is
/// recognisable in a small group (DOMAIN §8).
public enum FamilyView: Hashable, Sendable {
    case families([FamilyDraw])
    /// The group's size and its average family's draw per sector (rounded half away from zero).
    case average(count: Int, bySector: [SectorCode: Money])

    public static let smallestGroup = 5

    /// The families that drew on `sector` (all families when nil), largest total first, at most
    /// `limit` of them; or their average when they are fewer than five.
    public static func of(_ draws: [FamilyDraw], sector: SectorCode?, limit: Int) -> FamilyView {
        let group = draws.filter { draw in sector.map { !(draw.bySector[$0] ?? .zero).isZero } ?? true }
        guard group.count >= smallestGroup else {
            var sums: [SectorCode: Money] = [:]
            for draw in group { sums.merge(draw.bySector, uniquingKeysWith: +) }
            let count = Int64(Swift.max(group.count, 1))
            return .average(count: group.count, bySector: sums.mapValues { $0.scaled(by: 1, over: count) })
        }
        return .families(Array(group.sorted { ($1.total, $0.caseID.rawValue) < ($0.total, $1.caseID.rawValue) }.prefix(limit)))
    }
}
