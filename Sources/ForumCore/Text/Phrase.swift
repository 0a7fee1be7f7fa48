/// The languages the console and the command line speak. Danish is the default.
public enum Language: String, Sendable, CaseIterable, Codable {
    case danish = "da"
    case english = "en"

    /// Picks the language from a `LANG`/`LC_ALL`-style value: English when it starts with `en`,
    /// Danish otherwise (the users are Danish municipal staff).
    public static func from(environmentValue value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("en") else { return .danish }
        return .english
    }
}

/// One user-facing text in every language we speak.
///
/// Every string a user reads is a `Phrase` from the one table in `Strings` (and its
/// extensions), so that a translation is never missing and wording is reviewed in one place.
public struct Phrase: Hashable, Sendable {
    public let danish: String
    public let english: String

    public init(da danish: String, en english: String) {
        self.danish = danish
        self.english = english
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}

/// An error whose explanation a user can read, in either language.
public protocol UserFacingError: Error {
    var phrase: Phrase { get }
}

/// The single localisation table. Extensions in this folder hold the domain's words and the phrases
/// several modules share, grouped by concept; a module's own phrases extend it in that module.
public enum Strings {}
