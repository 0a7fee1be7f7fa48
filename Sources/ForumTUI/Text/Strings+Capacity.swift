import ForumCore

/// The capacity board's own phrases (screen 2).
extension Strings {
    static let boardAll = Phrase(da: "Alle tilbud", en: "All offers")
    static let boardOwn = Phrase(da: "Mine tilbud", en: "My offers")
    static let boardEmpty = Phrase(da: "Der er ingen kapacitetsbegrænsede tilbud.", en: "There are no capacity-limited offers.")
    static let boardNoMatch = Phrase(da: "Ingen tilbud passer til filteret.", en: "No offer matches the filter.")
    static let actionCapacityShowAll = Phrase(da: "Vis alle tilbud", en: "Show every offer")
    static let actionCapacityShowOwn = Phrase(da: "Vis kun mine tilbud", en: "Show only my offers")
    static let footerAllOffers = Phrase(da: "alle", en: "all")
    static let footerOwnOffers = Phrase(da: "mine", en: "mine")
}
