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

/// Screen 4's phrases.
extension Strings {
    static let actionEditNote = Phrase(da: "Skriv forklaring, handleplan og ejer", en: "Write explanation, action plan and owner")
    static let footerNote = Phrase(da: "forklaring", en: "explain")
    static let actionNextStatus = Phrase(da: "Næste status (åben → forklaret → handlet på)",
                                         en: "Next status (open → explained → acted on)")
    static let footerStatus = Phrase(da: "status", en: "status")
    static let actionSetForecast = Phrase(da: "Sæt manuel prognose", en: "Set manual forecast")
    static let footerForecast = Phrase(da: "prognose", en: "forecast")
    static let actionClearForecast = Phrase(da: "Ryd manuel prognose", en: "Clear manual forecast")
    static let noManualForecast = Phrase(da: "sektoren har ingen manuel prognose for måneden",
                                         en: "the sector has no manual forecast for the month")
    static let noteExplanationQuestion = Phrase(da: "Hvorfor afviger sektoren? (1/3)", en: "Why does the sector deviate? (1/3)")
    static let notePlanQuestion = Phrase(da: "Hvad gøres ved det? (2/3)", en: "What is done about it? (2/3)")
    static let noteOwnerQuestion = Phrase(da: "Hvem ejer handleplanen (login)? (3/3)", en: "Who owns the action plan (login)? (3/3)")
    static let forecastAmountQuestion = Phrase(da: "Prognosen for hele året i kr. (1/2)", en: "The forecast for the whole year in kr. (1/2)")
    static let forecastNoteQuestion = Phrase(da: "Hvorfor? Noten står ved prognosen. (2/2)", en: "Why? The note stays with the forecast. (2/2)")
    static let forecastClearQuestion = Phrase(da: "Ryd den manuelle prognose? Den beregnede gælder så igen.",
                                              en: "Clear the manual forecast? The calculated one stands again.")
    static let forecastClearLabel = Phrase(da: "Ryd", en: "Clear")
    static let fieldNote = Phrase(da: "Note", en: "Note")
    static let dialogSave = Phrase(da: "Gem", en: "Save")
    static let noDeviations = Phrase(da: "ingen afvigelser ud over tolerancen", en: "no deviations beyond the tolerance")
    static let bridgeNone = Phrase(da: "vælg en sektor for prognosebroen", en: "select a sector for the forecast bridge")
    static let bridgeNotInJanuaryShort = Phrase(da: "januar har ingen prognosebro", en: "January has no forecast bridge")

    static func noteTitle(_ sector: String, _ month: String) -> Phrase {
        Phrase(da: "Afvigelse \(sector) \(month)", en: "Deviation \(sector) \(month)")
    }

    static func forecastTitle(_ sector: String, _ month: String) -> Phrase {
        Phrase(da: "Manuel prognose \(sector) \(month)", en: "Manual forecast \(sector) \(month)")
    }

    static func noteSaved(_ sector: String, _ status: Phrase) -> Phrase {
        Phrase(da: "Afvigelsesnote for \(sector) gemt (\(status.danish))", en: "Deviation note for \(sector) saved (\(status.english))")
    }

    static func forecastSavedShort(_ sector: String) -> Phrase {
        Phrase(da: "Manuel prognose for \(sector) gemt", en: "Manual forecast for \(sector) saved")
    }

    static func forecastClearedShort(_ sector: String) -> Phrase {
        Phrase(da: "Manuel prognose for \(sector) ryddet", en: "Manual forecast for \(sector) cleared")
    }

    static func deviationsHeading(month: Int, year: Int, through: Day?) -> Phrase {
        let name = monthName(month)
        let t = Strings.through(through)
        return Phrase(da: "Afvigelser \(name.danish) \(year) · \(t.danish)", en: "Deviations \(name.english) \(year) · \(t.english)")
    }

    static func deviationsCount(_ count: Int) -> Phrase {
        Phrase(da: "\(count) ud over tolerancen", en: "\(count) beyond tolerance")
    }

    static func bridgeTitle(_ sector: String, from: Phrase, to: Phrase) -> Phrase {
        Phrase(da: "Prognosebro \(sector): \(from.danish) → \(to.danish)", en: "Forecast bridge \(sector): \(from.english) → \(to.english)")
    }
}

/// The decision preview's later years and tolerance crossing.
extension Strings {
    static let crossesTolerance = Phrase(da: "krydser tolerancen", en: "crosses the tolerance")

    static func laterYearCommitments(_ year: Int) -> Phrase {
        Phrase(da: "\(year), dispositioner:", en: "\(year), commitments:")
    }
}
