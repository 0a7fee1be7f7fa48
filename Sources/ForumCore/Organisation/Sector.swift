/// The short code of a sector, e.g. `BEV` (employment) or `BUF` (children and young people).
public struct SectorCode: StringIdentifier {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue.uppercased() }
}

/// A sector (*sektorområde*): an area bounded by law and by the chart of accounts, with one
/// budget-responsible chief (*fagchef*).
public struct Sector: Hashable, Sendable, Codable, Identifiable {
    public var code: SectorCode
    public var name: String
    /// Login of the budget-responsible chief, if known.
    public var chiefLogin: String?

    public var id: SectorCode { code }

    public init(code: SectorCode, name: String, chiefLogin: String? = nil) {
        self.code = code
        self.name = name
        self.chiefLogin = chiefLogin
    }
}
