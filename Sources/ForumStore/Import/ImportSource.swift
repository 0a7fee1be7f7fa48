import ForumCore

/// A file to import and the name messages give it (`FILE` in `FILE:LINE:COLUMN`).
public struct ImportSource: Hashable, Sendable {
    public let path: String
    public let name: String

    /// `name` defaults to the path as the user wrote it.
    public init(path: String, name: String? = nil) {
        self.path = path
        self.name = name ?? path
    }
}

/// The kinds of file `chefforum import` reads (`docs/formats.md`). Postings stream through
/// `PostingsReader`; every other kind is read whole by `TableImport`.
public enum ImportKind: String, Hashable, Sendable, CaseIterable {
    case postings
    case budgets
    case requests
    case offers
    case waitinglist
    case placements
    case users
    case sectors
    case subareas
    case laws
    case settings
    case youths
}

/// What an import checks a file against: the organisation as configured before it.
public struct ImportReference: Sendable {
    public var sectors: Set<SectorCode>
    public var subAreas: [SubArea]
    public var laws: [LawBasis]
    public var offers: Set<OfferID>

    public init(sectors: Set<SectorCode> = [], subAreas: [SubArea] = [], laws: [LawBasis] = [], offers: Set<OfferID> = []) {
        self.sectors = sectors
        self.subAreas = subAreas
        self.laws = laws
        self.offers = offers
    }
}
