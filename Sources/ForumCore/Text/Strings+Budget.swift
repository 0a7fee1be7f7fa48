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

    public static func deviationSubAreaNotInSector(_ subArea: String, _ sector: String) -> Phrase {
        Phrase(da: "delområdet \(subArea) findes ikke i sektor \(sector)",
               en: "sub-area \(subArea) is not in sector \(sector)")
    }

    public static func noForecastToClear(_ sector: String, _ month: String) -> Phrase {
        Phrase(da: "\(sector) har ingen manuel prognose for \(month)",
               en: "\(sector) has no manual forecast for \(month)")
    }
}

/// The burn's column names and figures, shared by screen 3 and `chefforum report`.
extension Strings {
    public static let colSectorOrSubArea = Phrase(da: "Sektor/område", en: "Sector/sub-area")
    public static let colAreaName = Phrase(da: "Navn", en: "Name")
    public static let colBudget = Phrase(da: "Korr. budget", en: "Corr. budget")
    public static let colExpected = Phrase(da: "Forventet t.d.", en: "Expected to date")
    public static let colActual = Phrase(da: "Forbrug", en: "Actual")
    public static let colCommitted = Phrase(da: "Disp. resten", en: "Committed rest")
    public static let colUncommitted = Phrase(da: "Forv. udisp.", en: "Exp. uncommitted")
    public static let colForecast = Phrase(da: "Prognose", en: "Forecast")
    public static let colDeviation = Phrase(da: "Afvigelse", en: "Deviation")
    public static let colDeviationPercent = Phrase(da: "Afv. %", en: "Dev. %")
    public static let colBeyond = Phrase(da: "Tolerance", en: "Tolerance")
    public static let colOwner = Phrase(da: "Ejer", en: "Owner")
    public static let colExplanation = Phrase(da: "Forklaring", en: "Explanation")
    public static let colPlan = Phrase(da: "Handleplan", en: "Action plan")

    public static let bridgePrevious = Phrase(da: "Sidste prognose", en: "Last forecast")
    public static let bridgeCurrent = Phrase(da: "Denne prognose", en: "This forecast")
    public static let deviationNoNote = Phrase(da: "mangler forklaring", en: "no explanation")

    /// Positive is overspend, negative underspend: the one sign convention, labelled.
    public static func deviationWord(_ deviation: Money) -> Phrase {
        deviation.isNegative ? underspend : overspend
    }

    /// Tenths of a percent written Danish-style: 41 → `4,1 %`.
    public static func perMille(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let size = value.magnitude
        return "\(sign)\(size / 10),\(size % 10) %"
    }

    public static func monthName(_ month: Int) -> Phrase {
        let names = [("januar", "January"), ("februar", "February"), ("marts", "March"), ("april", "April"), ("maj", "May"),
                     ("juni", "June"), ("juli", "July"), ("august", "August"), ("september", "September"),
                     ("oktober", "October"), ("november", "November"), ("december", "December")]
        let name = names[(month - 1 + 12) % 12]
        return Phrase(da: name.0, en: name.1)
    }

    /// "til og med 25.11.2026": the last posting the figures include.
    public static func through(_ day: Day?) -> Phrase {
        guard let day else { return Phrase(da: "ingen posteringer", en: "no postings") }
        return Phrase(da: "til og med \(day.danish)", en: "through \(day.danish)")
    }

    public static let signConvention = Phrase(da: "positiv afvigelse = merforbrug", en: "positive deviation = overspend")
}
