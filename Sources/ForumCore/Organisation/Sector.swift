/// The short code of a sector, e.g. `BEV` (employment) or `BUF` (children and young people).
public struct SectorCode: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue.uppercased() }
    public init(stringLiteral value: String) { self.init(value) }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: SectorCode, rhs: SectorCode) -> Bool { lhs.rawValue < rhs.rawValue }
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
