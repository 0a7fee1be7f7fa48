/// The budget's words: deviation statuses, forecast bridge lines, the forecast commands' refusals.
extension Strings {
    public static let deviationOpen = Phrase(da: "åben", en: "open")
    public static let deviationExplained = Phrase(da: "forklaret", en: "explained")
    public static let deviationActedOn = Phrase(da: "handlet på", en: "acted on")

    public static let bridgeNewGrants = Phrase(da: "nye bevillinger", en: "new grants")
    public static let bridgeEndedOrChanged = Phrase(da: "ophørte eller ændrede bevillinger", en: "ended or changed grants")
    public static let bridgePlacements = Phrase(da: "anbringelser og pladser", en: "placements")
    public static let bridgeRunRate = Phrase(da: "ændret forbrugstakt", en: "change in run rate")
    public static let bridgeManualChanges = Phrase(da: "manuelle ændringer", en: "manual changes")
    public static let bridgeUnexplained = Phrase(da: "uforklaret", en: "unexplained")

    public static let forecastNeedsNote = Phrase(
        da: "en manuel prognose skal have en note, der siger hvorfor",
        en: "a manual forecast needs a note saying why")
    public static let forecastNegative = Phrase(
        da: "en prognose kan ikke være negativ", en: "a forecast cannot be negative")
    public static let deviationStatusNeedsExplanation = Phrase(
        da: "status forklaret eller handlet på kræver en forklaring",
        en: "status explained or acted on needs an explanation")

    public static func forecastOutsideBudgetYear(_ month: String, _ year: Int) -> Phrase {
        Phrase(da: "måned \(month) ligger uden for budgetåret \(year)",
               en: "month \(month) is outside the budget year \(year)")
    }

    public static func noForecastToClear(_ sector: String, _ month: String) -> Phrase {
        Phrase(da: "\(sector) har ingen manuel prognose for \(month)",
               en: "\(sector) has no manual forecast for \(month)")
    }
}
