/// Where a grant's or a placement's activity is counted (DOMAIN §13). A grant names a law and a
/// paying sector (the first share of its split), not a sub-area, so its sub-area is found in
/// this order, among the paying sector's sub-areas only:
/// 1. the one whose name carries a paragraph of the grant's law (`§ 85` in «Serviceloven § 85 –
///    socialpædagogisk bistand» and in «Personlig støtte … (§ 85)»); for a placement, a paragraph
///    of its offer's name («Skovlyhuset – midlertidigt botilbud (§ 107)»); the lowest code if several;
/// 2. else the one where the case's postings are largest (`CaseSubArea`);
/// 3. else none: it is counted on the sector itself, named as not attributed, never on a guess.
public struct CaseSubArea: Hashable, Sendable {
    public var caseID: CaseID
    public var sector: SectorCode
    public var subArea: String

    public init(caseID: CaseID, sector: SectorCode, subArea: String) {
        self.caseID = caseID
        self.sector = sector
        self.subArea = subArea
    }
}

extension Activity {
    /// The spans of approved grants (to the time limit when there is one) and of placements,
    /// each on its attributed sub-area, or on its paying sector's code when it has none.
    public static func spans(requests: [GrantRequest], offers: [Offer], laws: [LawBasis], subAreas: [SubArea],
                             caseSubAreas: [CaseSubArea]) -> [ActivitySpan] {
        var bySpend: [String: String] = [:]
        for line in caseSubAreas { bySpend[line.caseID.rawValue + "/" + line.sector.rawValue] = line.subArea }
        let lawNames = Dictionary(laws.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let bySector = Dictionary(grouping: subAreas.sorted { $0.code < $1.code }, by: \.sector)
        func key(_ caseID: CaseID, _ payer: PaymentSplit, named name: String) -> String {
            let sector = payer.sectors.first ?? SectorCode("")
            let wanted = paragraphs(name)
            if !wanted.isEmpty, let match = bySector[sector]?.first(where: { !paragraphs($0.name).isDisjoint(with: wanted) }) {
                return match.code
            }
            return bySpend[caseID.rawValue + "/" + sector.rawValue] ?? sector.rawValue
        }
        let grants = requests.filter(\.status.isApproved).map { request in
            let limited = request.status == .approvedTimeLimited ? request.decision?.decision.validUntil : nil
            return ActivitySpan(subArea: key(request.caseID, request.currentSplit, named: lawNames[request.law] ?? ""),
                                start: request.amount.start, end: limited ?? request.amount.end)
        }
        let placements = offers.flatMap { offer in
            offer.placements.map { ActivitySpan(subArea: key($0.caseID, $0.payer, named: offer.name), start: $0.from, end: $0.until) }
        }
        return grants + placements
    }

    /// The paragraph numbers a text names: `§ 85`, `§107`, `§ 3, stk. 2` → 85, 107, 3.
    static func paragraphs(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let sign = rest.firstIndex(of: "§") {
            let digits = rest[rest.index(after: sign)...].drop { $0 == " " || $0 == "\u{00A0}" }.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty { found.insert(String(digits)) }
            rest = rest[rest.index(after: sign)...]
        }
        return found
    }
}

extension ForumRepository {
    /// Every sub-area's activity (and every paying sector's not attributed to a sub-area) in
    /// months 1…`through` of `year`, by sub-area code (or sector code).
    public func activity(year: Int, through: Int) async throws -> [String: [ActivityMonth]] {
        Activity.months(Activity.spans(requests: try await requests(), offers: try await offers(), laws: try await laws(),
                                       subAreas: try await subAreas(), caseSubAreas: try await caseSubAreas()),
                        year: year, through: through)
    }
}
