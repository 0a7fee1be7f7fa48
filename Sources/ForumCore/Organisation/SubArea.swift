/// A sub-area: a function of the chart of accounts (*kontoplan*), e.g. `5.38.52` (adults with
/// special needs, residential), belonging to one sector.
public struct SubArea: Hashable, Sendable, Codable, Identifiable {
    /// The account prefix that identifies the sub-area, dot-separated: `5.38.52`.
    public var code: String
    public var name: String
    public var sector: SectorCode

    public var id: String { code }

    public init(code: String, name: String, sector: SectorCode) {
        self.code = code
        self.name = name
        self.sector = sector
    }
}

/// Maps finance-system account strings to sub-areas by the municipality's prefix rules.
///
/// Prefixes match whole dot-separated segments (`5.38` matches `5.38.52.1` but not `5.381`),
/// and the longest matching prefix wins, so a municipality can carve a special function out of
/// a broader one.
public struct AccountMap: Sendable {
    private let byPrefix: [String: SubArea]
    private let longestSegments: Int

    public init(_ subAreas: [SubArea]) {
        var byPrefix: [String: SubArea] = [:]
        for subArea in subAreas { byPrefix[subArea.code] = subArea }
        self.byPrefix = byPrefix
        longestSegments = subAreas.map { $0.code.split(separator: ".").count }.max() ?? 0
    }

    /// The sub-area an account string belongs to, or nil when no prefix matches.
    public func subArea(forAccount account: String) -> SubArea? {
        let segments = account.trimmingSpaces.split(separator: ".", omittingEmptySubsequences: false)
        var count = Swift.min(segments.count, longestSegments)
        while count > 0 {
            if let match = byPrefix[segments[0..<count].joined(separator: ".")] { return match }
            count -= 1
        }
        return nil
    }
}
