import ForumCore

/// Screen 6, transitions.
extension Strings {
    static let screenTransitions = Phrase(da: "Overgange", en: "Transitions")
    static let transitionsHeading = Phrase(da: "Overgange fra børne- til voksenområdet", en: "Transitions from the children's to the adult area")
    static let transitionsScope = Phrase(da: "forventet udgift = årlig udgift × sandsynlighed fra overgangsdatoen",
                                         en: "expected cost = annual cost × probability from the transition date")
    static let transitionsNone = Phrase(da: "ingen unge på overgangslisten", en: "no youths on the transition list")
    static func transitionsCount(_ count: Int, flagged: Int) -> Phrase {
        Phrase(da: "\(count) unge, \(flagged) med flag", en: "\(count) youths, \(flagged) flagged")
    }
    static let transitionsRule = Phrase(
        da: "Forventet beløb pr. måned: årlig udgift ÷ 12 fra overgangsdatoen (forholdsmæssigt i første måned) × sandsynlighed; årets sum afrundes til øre. Unge uden bevilling på voksenområdet indgår i modtagerens prognose som forventet tilgang fra børneområdet.",
        en: "Expected amount a month: annual cost ÷ 12 from the transition date (pro rata in the first month) × probability; each year's sum rounded to the øre. Youths without an adult grant count in the receiving sector's forecast as expected inflow from the children's area.")
    static func transitionsDetailTitle(_ caseID: String, _ measure: String, _ law: String, _ cost: Money) -> Phrase {
        let what = [measure, law].filter { !$0.isEmpty }.joined(separator: ", ")
        return Phrase(da: "\(caseID) · \(what.isEmpty ? "ingen indsats angivet" : what) · \(cost.formatted(.kroner)) om året",
                      en: "\(caseID) · \(what.isEmpty ? "no measure given" : what) · \(cost.formatted(.kroner)) a year")
    }
    static let thousandsUnit = Phrase(da: "t.kr./md.", en: "k kr./mo.")
    static func transitionsChildrenGrants(_ sector: String, _ grants: [String]) -> Phrase {
        let list = grants.joined(separator: "; ")
        return Phrase(da: "Bevillinger på børneområdet (\(sector)) nu: \(grants.isEmpty ? "ingen" : list)",
                      en: "Grants in the children's area (\(sector)) now: \(grants.isEmpty ? "none" : list)")
    }
    static let burnTransitionInflow = Phrase(da: "Tilgang fra børneområdet", en: "Inflow from children's area")
    static let actionSetProbability = Phrase(da: "Ret sandsynlighed", en: "Set probability")
    static let footerProbability = Phrase(da: "sandsynl.", en: "probability")
    static let actionNextColour = Phrase(da: "Næste farve", en: "Next colour")
    static let footerColour = Phrase(da: "farve", en: "colour")
    static let actionDiscussedToday = Phrase(da: "Drøftet i dag", en: "Discussed today")
    static let footerDiscussed = Phrase(da: "drøftet", en: "discussed")
    static let actionToggleHandedOver = Phrase(da: "Overdraget i dag (igen: ikke overdraget)",
                                               en: "Handed over today (again: not handed over)")
    static let footerHandedOver = Phrase(da: "overdraget", en: "handed over")
    static let actionToggleClosed = Phrase(da: "Lukket i dag (igen: åben)", en: "Closed today (again: open)")
    static let footerClosed = Phrase(da: "lukket", en: "closed")
    static func transitionsHandoverLine(handedOver: Day?, closed: Day?) -> Phrase {
        Phrase(da: "Overdraget til voksenområdet: \(handedOver?.danish ?? "nej") · lukket: \(closed?.danish ?? "nej")",
               en: "Handed over to the adult area: \(handedOver?.danish ?? "no") · closed: \(closed?.danish ?? "no")")
    }
    static func probabilityTitle(_ caseID: String) -> Phrase {
        Phrase(da: "Sandsynlighed for overgang · \(caseID)", en: "Probability of transition · \(caseID)")
    }
    static let probabilityQuestion = Phrase(da: "Skriv fx ½, 1/3, 0,5 eller 50 %.", en: "Write e.g. ½, 1/3, 0,5 or 50 %.")
    static func youthSaved(_ caseID: String) -> Phrase {
        Phrase(da: "overgangen for \(caseID) er gemt", en: "the transition of \(caseID) is saved")
    }
    static let colExpectedThisYear = Phrase(da: "I år", en: "This yr")
    static let colExpectedNextYear = Phrase(da: "Næste år", en: "Next yr")
    static let colColour = Phrase(da: "Farve", en: "Colour")
    static let colProbability = Phrase(da: "Sand.", en: "Prob.")
    static let colTransitionDate = Phrase(da: "Overgang", en: "From")
    static let colReceiving = Phrase(da: "Til", en: "To")
    static let colFlags = Phrase(da: "Flag", en: "Flags")
    static let colDiscussed = Phrase(da: "Drøftet", en: "Discussed")
}
