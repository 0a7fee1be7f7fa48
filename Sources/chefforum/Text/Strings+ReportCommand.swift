import ForumCore

/// `chefforum report …`, `forecast …` and `deviation …`.
extension Strings {
    static let reportAbstract = Phrase(da: "Budgetforbrug, afvigelser, prognosebro og familier.",
                                       en: "Budget burn, deviations, forecast bridge and families.")
    static let reportBurnAbstract = Phrase(da: "Budgetforbrug pr. sektor og delområde.", en: "Budget burn per sector and sub-area.")
    static let reportDeviationsAbstract = Phrase(da: "Afvigelser ud over tolerancen med forklaring og handleplan.",
                                                 en: "Deviations beyond the tolerance with explanation and action plan.")
    static let reportBridgeAbstract = Phrase(da: "Prognosebroen fra sidste måneds prognose til denne.",
                                             en: "The forecast bridge from last month's forecast to this month's.")
    static let reportFamiliesAbstract = Phrase(
        da: "Tværgående familier med størst samlet træk siden indtræden (under fem: kun gennemsnitsfamilien).",
        en: "Cross-sector families with the highest total draw since entry (fewer than five: only the average family).")
    static let reportMonthHelp = Phrase(da: "Måned (ÅÅÅÅ-MM); standard: sidste måned med posteringer.",
                                        en: "Month (YYYY-MM); default: the last month with postings.")
    static let reportSectorHelp = Phrase(da: "Sektorens kode, fx BUF.", en: "The sector's code, e.g. BUF.")
    static let reportLimitHelp = Phrase(da: "Højst så mange familier.", en: "At most this many families.")
    static let valueAmount = Phrase(da: "kr", en: "kr")

    static func reportBadMonth(_ text: String) -> Phrase {
        Phrase(da: "--month '\(text)' er ikke en måned; skriv ÅÅÅÅ-MM, fx 2026-10",
               en: "--month '\(text)' is not a month; write YYYY-MM, e.g. 2026-10")
    }

    static func reportBadAmount(_ text: String, _ why: Phrase) -> Phrase {
        Phrase(da: "--amount '\(text)': \(why.danish)", en: "--amount '\(text)': \(why.english)")
    }

    static func reportMonthAfterPostings(_ month: String, last: Phrase) -> Phrase {
        Phrase(da: "der er ingen posteringer for \(month); den sidste måned med posteringer er \(last.danish)",
               en: "there are no postings for \(month); the last month with postings is \(last.english)")
    }

    static func reportNoPostings(_ year: Int) -> Phrase {
        Phrase(da: "der er ingen posteringer i budgetåret \(year) endnu: importér dem med chefforum import postings",
               en: "there are no postings in the budget year \(year) yet: import them with chefforum import postings")
    }

    static func reportUnknownSector(_ code: String) -> Phrase {
        Phrase(da: "--sector \(code): ukendt sektor", en: "--sector \(code): unknown sector")
    }

    static func reportBurnHeading(_ through: Day?) -> Phrase {
        let t = Strings.through(through)
        return Phrase(da: "Budgetforbrug \(t.danish) (\(signConvention.danish))",
                      en: "Budget burn \(t.english) (\(signConvention.english))")
    }

    static func reportDeviationsHeading(_ through: Day?, _ tolerance: Tolerance) -> Phrase {
        let t = Strings.through(through)
        let kr = tolerance.amount.formatted(.kroner)
        let percent = perMille(tolerance.basisPoints / 10)
        return Phrase(da: "Afvigelser ud over \(kr) eller \(percent) \(t.danish) (\(signConvention.danish))",
                      en: "Deviations beyond \(kr) or \(percent) \(t.english) (\(signConvention.english))")
    }

    static func reportBridgeHeading(_ from: Phrase, _ to: Phrase) -> Phrase {
        Phrase(da: "Prognosebro fra \(from.danish) til \(to.danish)", en: "Forecast bridge from \(from.english) to \(to.english)")
    }

    static let bridgeNotInJanuary = Phrase(
        da: "januar har ingen prognosebro: sidste måneds prognose hører til et andet budgetår",
        en: "January has no forecast bridge: last month's forecast belongs to another budget year")

    static let familiesSince = Phrase(da: "Med siden", en: "Since")

    static func familiesAverage(_ count: Int) -> Phrase {
        Phrase(da: "gennemsnit af \(count)", en: "average of \(count)")
    }

    static func familiesAverageOnly(_ count: Int) -> Phrase {
        Phrase(da: "Kun \(count) familier i gruppen: af hensyn til privatlivet vises kun gennemsnitsfamilien.",
               en: "Only \(count) families in the group: for privacy only the average family is shown.")
    }

    static let forecastAbstract = Phrase(da: "Sæt eller ryd en manuel prognose.", en: "Set or clear a manual forecast.")
    static let forecastSetAbstract = Phrase(da: "Sæt en sektors manuelle prognose for en måned, med en note.",
                                            en: "Set a sector's manual forecast for a month, with a note.")
    static let forecastClearAbstract = Phrase(da: "Ryd en sektors manuelle prognose for en måned.",
                                              en: "Clear a sector's manual forecast for a month.")
    static let forecastAmountHelp = Phrase(da: "Prognosen for året i kr., fx 12.500.000.",
                                           en: "The forecast for the year in kr, e.g. 12.500.000.")
    static let forecastNoteHelp = Phrase(da: "Hvorfor prognosen er sat.", en: "Why the forecast is set.")

    static func forecastStored(_ sector: String, _ month: String, _ amount: String) -> Phrase {
        Phrase(da: "Manuel prognose for \(sector) \(month): \(amount)", en: "Manual forecast for \(sector) \(month): \(amount)")
    }

    static func forecastCleared(_ sector: String, _ month: String) -> Phrase {
        Phrase(da: "Manuel prognose for \(sector) \(month) ryddet", en: "Manual forecast for \(sector) \(month) cleared")
    }

    static let deviationAbstract = Phrase(da: "Afvigelsesforklaringer og handleplaner.", en: "Deviation explanations and action plans.")
    static let deviationNoteAbstract = Phrase(da: "Skriv en sektors eller et delområdes forklaring, handleplan og ejer for en måned.",
                                              en: "Write a sector's or sub-area's explanation, action plan and owner for a month.")
    static let deviationSubAreaHelp = Phrase(da: "Noten gælder dette delområde af sektoren, fx 5.68.90.",
                                             en: "The note is for this sub-area of the sector, e.g. 5.68.90.")
    static let valueSubArea = Phrase(da: "kode", en: "code")
    static let deviationExplanationHelp = Phrase(da: "Forklaringen på afvigelsen.", en: "The explanation of the deviation.")
    static let deviationPlanHelp = Phrase(da: "Handleplanen.", en: "The action plan.")
    static let deviationOwnerHelp = Phrase(da: "Handleplanens ejer (login).", en: "The action plan's owner (login).")
    static let deviationStatusHelp = Phrase(da: "open, explained eller acted_on (standard: explained).",
                                            en: "open, explained or acted_on (default: explained).")

    static func deviationUnknownOwner(_ login: String) -> Phrase {
        Phrase(da: "--owner \(login): ingen bruger med det login", en: "--owner \(login): no user with that login")
    }

    static func deviationNoteStored(_ sector: String, _ month: String, _ status: Phrase) -> Phrase {
        Phrase(da: "Afvigelsesnote for \(sector) \(month) gemt (\(status.danish))",
               en: "Deviation note for \(sector) \(month) stored (\(status.english))")
    }
}
