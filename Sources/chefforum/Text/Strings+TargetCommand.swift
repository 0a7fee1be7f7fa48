import ForumCore

/// `chefforum target …`.
extension Strings {
    static let targetAbstract = Phrase(da: "Effektiviseringskrav: fordeling på sektorer og realiseret besparelse.",
                                       en: "Efficiency targets: allocation to sectors and realised saving.")
    static let targetSetAbstract = Phrase(
        da: "Sæt et års effektiviseringskrav og dets fordeling (økonomen og administratoren).",
        en: "Set a year's efficiency target and its allocation (the economist and the administrator).")
    static let targetListAbstract = Phrase(da: "Alle års effektiviseringskrav med den nøjagtige fordeling.",
                                           en: "Every year's efficiency target with its exact allocation.")
    static let targetReportAbstract = Phrase(
        da: "Pr. sektor: krav, forventet besparelse til dato, realiseret besparelse (skøn) og om sektoren er bagud.",
        en: "Per sector: target, expected saving by date, realised saving (estimate) and whether the sector is behind.")
    static let targetYearHelp = Phrase(da: "Året; standard budgetåret.", en: "The year; default the budget year.")
    static let targetAmountHelp = Phrase(da: "Kravet i kr. for hele løsningen, fx 490.000.",
                                         en: "The target in kr. for the whole solution, e.g. 490.000.")
    static let targetSectorsHelp = Phrase(
        da: "Fordelingen: BEV,BUF,VOK (lige store dele), VOK (én sektor) eller BEV=3,BUF=2,VOK=1 (vægte).",
        en: "The allocation: BEV,BUF,VOK (equal shares), VOK (one sector) or BEV=3,BUF=2,VOK=1 (weights).")
    static let targetNoteHelp = Phrase(da: "Note, fx beslutningen bag kravet.", en: "Note, e.g. the decision behind the target.")
    static let targetNewNeeds = Phrase(da: "et nyt effektiviseringskrav kræver --amount og --sectors",
                                       en: "a new efficiency target needs --amount and --sectors")
    static func targetBadOption(_ option: String, _ text: String, _ why: Phrase) -> Phrase {
        Phrase(da: "\(option) '\(text)': \(why.danish)", en: "\(option) '\(text)': \(why.english)")
    }
    static func targetStored(_ year: Int, _ version: Int) -> Phrase {
        Phrase(da: "effektiviseringskravet for \(year) er gemt (version \(version))",
               en: "the efficiency target of \(year) is stored (version \(version))")
    }
    static func targetNone(_ year: Int) -> Phrase {
        Phrase(da: "der er intet effektiviseringskrav for \(year) (sæt det med chefforum target set)",
               en: "there is no efficiency target for \(year) (set one with chefforum target set)")
    }
    static func targetReportHeading(_ year: Int, through: Day?) -> Phrase {
        let da = through.map { "til og med \($0.danish)" } ?? "før første bogføring"
        let en = through.map { "through \($0.danish)" } ?? "before the first posting"
        return Phrase(da: "Effektiviseringskrav \(year), \(da). Realiseret besparelse er et skøn: samme sagers forbrug året før − (forbrug i år + disponeret resten af året).",
                      en: "Efficiency target \(year), \(en). Realised saving is an estimate: the same cases' spend the year before − (spend this year + committed for the rest of the year).")
    }
    static let colYear = Phrase(da: "År", en: "Year")
    static let colAllocation = Phrase(da: "Fordeling", en: "Allocation")
    static let colTargetNote = Phrase(da: "Note", en: "Note")
    static let colSetBy = Phrase(da: "Sat af", en: "Set by")
}
