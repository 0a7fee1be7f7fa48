import ForumCore

/// The words of the generic screen parts: a table screen's filter, sort and sort picker, and a
/// scrolling document with the next and previous item of its list.
extension Strings {
    static let actionSortPicker = Phrase(da: "Sortér efter … (vælg kolonne)", en: "Sort by … (choose a column)")
    static let actionSortChoose = Phrase(da: "Sortér efter den valgte kolonne", en: "Sort by the chosen column")
    static let actionSortPickerClose = Phrase(da: "Luk uden at ændre sorteringen", en: "Close without changing the sort")
    static let sortPickerTitle = Phrase(da: "Sortér efter", en: "Sort by")

    static let actionNextItem = Phrase(da: "Næste i listen", en: "Next in the list")
    static let actionPreviousItem = Phrase(da: "Forrige i listen", en: "Previous in the list")
    static let lastInList = Phrase(da: "Det er den sidste i listen.", en: "This is the last one in the list.")
    static let firstInList = Phrase(da: "Det er den første i listen.", en: "This is the first one in the list.")

    // Filter, sort and scrolling.
    static let filterLabel = Phrase(da: "Filter:", en: "Filter:")
    static func filterShown(_ source: String) -> Phrase {
        Phrase(da: "filter: \(source)", en: "filter: \(source)")
    }
    static let actionFilter = Phrase(da: "Filtrér listen", en: "Filter the list")
    static let actionClearFilter = Phrase(da: "Ryd filteret", en: "Clear the filter")
    static let actionApplyFilter = Phrase(da: "Brug filteret", en: "Apply the filter")
    static let actionCancelFilter = Phrase(da: "Fortryd ændringen af filteret", en: "Cancel the change to the filter")
    static let actionSort = Phrase(da: "Sortér efter næste kolonne", en: "Sort by the next column")
    static let actionReverseSort = Phrase(da: "Vend sorteringen", en: "Reverse the sort")
    static let actionScrollUp = Phrase(da: "Rul op", en: "Scroll up")
    static let actionScrollDown = Phrase(da: "Rul ned", en: "Scroll down")
    static let actionTop = Phrase(da: "Til toppen", en: "To the top")
    static let actionBottom = Phrase(da: "Til bunden", en: "To the bottom")
    static let footerFilter = Phrase(da: "filter", en: "filter")
    static let footerClearFilter = Phrase(da: "ryd filter", en: "clear filter")
    static let footerApply = Phrase(da: "brug", en: "apply")
    static let footerSort = Phrase(da: "sortér", en: "sort")
    static func scrollPosition(_ first: Int, _ last: Int, of total: Int) -> Phrase {
        Phrase(da: "\(first)–\(last) af \(total)", en: "\(first)–\(last) of \(total)")
    }
}
