import ForumCore

/// Screen 3's views besides the burn: shadow budget, activity, efficiency target.
extension Strings {
    static let paneBurn = Phrase(da: "Forbrug", en: "Burn")
    static let paneShadow = Phrase(da: "Skyggebudget", en: "Shadow budget")
    static let paneActivity = Phrase(da: "Aktivitet", en: "Activity")
    static let paneTargets = Phrase(da: "Effektiviseringskrav", en: "Efficiency target")
    static let actionNextPane = Phrase(da: "Næste visning: forbrug, skyggebudget, aktivitet, krav",
                                       en: "Next view: burn, shadow budget, activity, target")
    static func footerPane(_ next: BudgetPane) -> Phrase {
        Phrase(da: next.title.danish.lowercased(), en: next.title.english.lowercased())
    }
    static let paneNothing = Phrase(da: "intet at vise", en: "nothing to show")
    static let paneShadowNote = Phrase(
        da: "De næste tre budgetår: forventet tilgang fra børneområdet + anden nettotilgang, kr. pr. år",
        en: "The next three budget years: expected inflow from the children's area + net other inflow, kr. a year")
    static func paneActivityNote(_ month: Phrase) -> Phrase {
        Phrase(da: "Ultimo \(month.danish): bevillinger og pladser aktive, startet og ophørt; henføring i docs/budget.md",
               en: "End of \(month.english): grants and places active, started and ended; attribution in docs/budget.md")
    }
    static func paneNoTarget(_ year: Int) -> Phrase {
        Phrase(da: "intet effektiviseringskrav for \(year) (chefforum target set)",
               en: "no efficiency target for \(year) (chefforum target set)")
    }
    static func paneTargetHeading(_ amount: Money, through: Day?) -> Phrase {
        let da = through.map { "til og med \($0.danish)" } ?? "før første bogføring"
        let en = through.map { "through \($0.danish)" } ?? "before the first posting"
        return Phrase(da: "Krav i alt \(amount.formatted()), \(da)", en: "Target in all \(amount.formatted()), \(en)")
    }
    static let paneTargetEstimate = Phrase(
        da: "Realiseret besparelse er et skøn: samme sagers forbrug året før − (forbrug i år + disponeret resten af året)",
        en: "Realised saving is an estimate: the same cases' spend the year before − (spend this year + committed rest of year)")
}
