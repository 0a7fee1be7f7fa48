import ForumCore

/// The budget screen's own phrases.
extension Strings {
    static let colBudgetShort = Phrase(da: "Budget", en: "Budget")
    static let colExpectedShort = Phrase(da: "Forv.t.d", en: "Exp.")
    static let colCommittedShort = Phrase(da: "Disp.", en: "Commit.")
    static let colUncommittedShort = Phrase(da: "Udisp.", en: "Uncom.")
    static let colPercentShort = Phrase(da: "%", en: "%")
    static let colBurn = Phrase(da: "Måler", en: "Meter")
    static let colMonths = Phrase(da: "Måneder", en: "Months")

    static let actionPreviousMonth = Phrase(da: "Måneden før", en: "Month before")
    static let actionNextMonth = Phrase(da: "Måneden efter", en: "Month after")
    static let footerMonth = Phrase(da: "måned", en: "month")
    static let actionDrill = Phrase(da: "Bor ned i sektoren", en: "Drill into the sector")
    static let footerDrill = Phrase(da: "detaljer", en: "detail")
    static let actionToggleSubAreas = Phrase(da: "Vis eller skjul delområder", en: "Show or hide sub-areas")
    static let footerSubAreas = Phrase(da: "delområder", en: "sub-areas")
    static let nothingSelected = Phrase(da: "ingen række valgt", en: "no row selected")
    static let noEarlierMonth = Phrase(da: "januar er budgetårets første måned", en: "January is the budget year's first month")
    static let noLaterMonth = Phrase(da: "der er ingen posteringer efter denne måned", en: "there are no postings after this month")
    static let burnNoPostings = Phrase(da: "ingen posteringer i budgetåret endnu", en: "no postings in the budget year yet")
    static let burnLegend = Phrase(
        da: "Måler: █ forbrug, ▓ disponeret resten af året, ▒ resten af prognosen; │ forventet til dato, ┃ budget. M: manuel prognose. Beløb i 1.000 kr.",
        en: "Meter: █ actual, ▓ committed rest of year, ▒ rest of forecast; │ expected to date, ┃ budget. M: manual forecast. Amounts in 1.000 kr.")
    static let burnCalculated = Phrase(da: "Beregnet prognose", en: "Calculated forecast")
    static let burnManual = Phrase(da: "Manuel prognose", en: "Manual forecast")
    static let burnMovedSince = Phrase(da: "Flyttet siden af nye disp.", en: "Moved since by commitments")
    static let drillSubAreas = Phrase(da: "Delområder: forbrug, prognose, afvigelse", en: "Sub-areas: actual, forecast, deviation")
    static let drillCommitments = Phrase(da: "Største dispositioner: bevilling, sag, pr. md., resten af året",
                                         en: "Largest commitments: grant, case, monthly, rest of year")
    static let drillNoCommitments = Phrase(da: "ingen dispositioner i året", en: "no commitments this year")
    static let drillGrant = Phrase(da: "bevill.", en: "grant")
    static let drillPlacement = Phrase(da: "plads", en: "place")
    static let drillFamilies = Phrase(da: "Tværgående familier: samlet træk på alle sektorer siden indtræden",
                                      en: "Cross-sector families: total draw across all sectors since entry")
    static let familyAverage = Phrase(da: "Gennemsnitsfamilien", en: "The average family")

    static func burnHeading(month: Int, year: Int, through: Day?) -> Phrase {
        let name = monthName(month)
        let t = Strings.through(through)
        return Phrase(da: "Budgetforbrug \(name.danish) \(year) · \(t.danish) · 1.000 kr. · ← →",
                      en: "Budget burn \(name.english) \(year) · \(t.english) · 1.000 kr. · ← →")
    }

    static func burnScope(_ tolerance: Tolerance) -> Phrase {
        let kr = tolerance.amount.formatted(.kroner)
        let percent = perMille(tolerance.basisPoints / 10)
        return Phrase(da: "Tolerance \(kr) / \(percent) · \(signConvention.danish)",
                      en: "Tolerance \(kr) / \(percent) · \(signConvention.english)")
    }

    static func burnSummary(beyond: Int) -> Phrase {
        Phrase(da: "\(beyond) sektorer ud over", en: "\(beyond) sectors beyond")
    }

    static func manualForecastBy(_ forecast: ManualForecast) -> Phrase {
        let at = forecast.at.map { $0.danishLocal } ?? ""
        let who = forecast.author ?? ""
        return Phrase(da: "sat af \(who) \(at): \(forecast.note)", en: "set by \(who) \(at): \(forecast.note)")
    }

    static func familySince(_ month: Month) -> Phrase {
        Phrase(da: "med fra \(month.description)", en: "since \(month.description)")
    }

    static func familiesAverageShown(_ count: Int) -> Phrase {
        Phrase(da: "\(count) familier: under fem, så kun gennemsnitsfamilien vises",
               en: "\(count) families: fewer than five, so only the average family is shown")
    }
}
