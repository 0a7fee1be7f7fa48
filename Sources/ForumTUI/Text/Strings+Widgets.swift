import ForumCore

/// The generic screen parts' own words: the sort picker and going through a list from a detail.
extension Strings {
    static let actionSortPicker = Phrase(da: "Sortér efter … (vælg kolonne)", en: "Sort by … (choose a column)")
    static let actionSortChoose = Phrase(da: "Sortér efter den valgte kolonne", en: "Sort by the chosen column")
    static let actionSortPickerClose = Phrase(da: "Luk uden at ændre sorteringen", en: "Close without changing the sort")
    static let footerSortChoose = Phrase(da: "sortér", en: "sort")
    static let sortPickerTitle = Phrase(da: "Sortér efter", en: "Sort by")

    static let actionNextItem = Phrase(da: "Næste i listen", en: "Next in the list")
    static let actionPreviousItem = Phrase(da: "Forrige i listen", en: "Previous in the list")
    static let lastInList = Phrase(da: "Det er den sidste i listen.", en: "This is the last one in the list.")
    static let firstInList = Phrase(da: "Det er den første i listen.", en: "This is the first one in the list.")
}
