/// The law a grant is made under (*lovgrundlag*): `SEL §52`, `SEL §85`, `LAB mentor`, `STU`, …
/// The sector under whose law an effort is granted pays by default (000 l.727).
public struct LawBasis: Hashable, Sendable, Codable, Identifiable {
    /// Short code used in files and filters, e.g. `SEL85`.
    public var code: String
    /// As users write it: `Serviceloven §85`.
    public var name: String
    public var defaultPayer: SectorCode

    public var id: String { code }

    public init(code: String, name: String, defaultPayer: SectorCode) {
        self.code = code
        self.name = name
        self.defaultPayer = defaultPayer
    }
}
