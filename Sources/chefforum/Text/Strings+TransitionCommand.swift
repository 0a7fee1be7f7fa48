import ForumCore

/// `chefforum transition …` and `report transitions`.
extension Strings {
    static let transitionAbstract = Phrase(da: "Unge på vej fra børne- til voksenområdet.",
                                           en: "Young people moving from the children's to the adult area.")
    static let transitionListAbstract = Phrase(
        da: "De unge efter overgangsdato med forventet udgift pr. år og flag.",
        en: "The youths by transition date with expected cost per year and flags.")
    static let transitionShowAbstract = Phrase(
        da: "En ung: felter, flag, forventet beløb pr. måned og sagens bevillinger på børneområdet.",
        en: "One youth: fields, flags, expected amount per month and the case's children's-area grants.")
    static let transitionSetAbstract = Phrase(
        da: "Opret eller ret en ungs overgang (økonomen og de to sektorers chefer).",
        en: "Add or change a youth's transition (the economist and the two sectors' chiefs).")
    static let transitionImportAbstract = Phrase(
        da: "Indlæs børneområdets liste over unge (som import youths).",
        en: "Import the children's area's list of youths (as import youths).")
    static let transitionYearHelp = Phrase(da: "Kun dette år; standard: budgetåret og de tre næste.",
                                           en: "Only this year; default: the budget year and the next three.")
    static let transitionCaseHelp = Phrase(da: "Sagens id, fx P-1A2B3C4D5E.", en: "The case id, e.g. P-1A2B3C4D5E.")
    static let transitionBornHelp = Phrase(da: "Fødselsdato (kræves for en ny).", en: "Date of birth (required for a new one).")
    static let transitionChildrenHelp = Phrase(da: "Børnesektoren, fx BUF.", en: "The children's sector, e.g. BUF.")
    static let transitionReceivingHelp = Phrase(da: "Den modtagende sektor, fx VOK.", en: "The receiving sector, e.g. VOK.")
    static let transitionFromHelp = Phrase(da: "Forventet overgangsdato; standard 18-årsdagen.",
                                           en: "Expected transition date; default the 18th birthday.")
    static let transitionColourHelp = Phrase(da: "rød, gul eller grøn.", en: "red, yellow or green.")
    static let transitionProbabilityHelp = Phrase(da: "Sandsynlighed: ½, 1/3, 0,5 eller 50 %.",
                                                  en: "Probability: ½, 1/3, 0,5 or 50 %.")
    static let transitionCostHelp = Phrase(da: "Forventet årlig udgift i kr.", en: "Expected annual cost in kr.")
    static let transitionMeasureHelp = Phrase(da: "Forventet indsats.", en: "Expected measure.")
    static let transitionLawHelp = Phrase(da: "Lovgrundlag, fx SEL85.", en: "Law, e.g. SEL85.")
    static let transitionDiscussedHelp = Phrase(da: "Senest drøftet.", en: "Last discussed.")
    static let transitionHandedOverHelp = Phrase(da: "Dato for overdragelse til voksenområdet.",
                                                 en: "Date of the handover to the adult area.")
    static let transitionClosedHelp = Phrase(da: "Dato for lukning uden overgang.", en: "Date closed without a transition.")
    static let transitionNewNeeds = Phrase(
        da: "en ny ung kræver --born, --children, --receiving, --colour, --probability og --cost",
        en: "a new youth needs --born, --children, --receiving, --colour, --probability and --cost")
    static func transitionUnknownCase(_ caseID: String) -> Phrase {
        Phrase(da: "sag \(caseID) er ikke på overgangslisten", en: "case \(caseID) is not on the transition list")
    }
    static func transitionBadOption(_ option: String, _ text: String, _ why: Phrase) -> Phrase {
        Phrase(da: "\(option) '\(text)': \(why.danish)", en: "\(option) '\(text)': \(why.english)")
    }
    static func transitionStored(_ caseID: String, _ version: Int) -> Phrase {
        Phrase(da: "overgangen for \(caseID) er gemt (version \(version))", en: "the transition of \(caseID) is stored (version \(version))")
    }
    static func transitionShowSectors(_ children: String, _ receiving: String, _ day: Day) -> Phrase {
        Phrase(da: "\(children) → \(receiving) fra \(day.danish)", en: "\(children) → \(receiving) from \(day.danish)")
    }
    static func transitionShowMeasure(_ measure: String, _ law: String, _ cost: Money) -> Phrase {
        Phrase(da: "Forventet indsats: \(measure.isEmpty ? "–" : measure) (\(law.isEmpty ? "–" : law)), \(cost.formatted()) om året",
               en: "Expected measure: \(measure.isEmpty ? "–" : measure) (\(law.isEmpty ? "–" : law)), \(cost.formatted()) a year")
    }
    static func transitionShowDiscussed(_ day: Day?) -> Phrase {
        Phrase(da: "Senest drøftet: \(day?.danish ?? "aldrig")", en: "Last discussed: \(day?.danish ?? "never")")
    }
    static func transitionChildrenGrants(_ count: Int) -> Phrase {
        Phrase(da: "Bevillinger på børneområdet nu: \(count)", en: "Grants in the children's area now: \(count)")
    }
    static let transitionSettingsAbstract = Phrase(
        da: "Indgangs- og overdragelsesalder, anden nettotilgang og skyggebudgettet for de næste tre år (ændres af administratoren).",
        en: "Entry and handover age, net other inflow and the shadow budget of the next three years (changed by the administrator).")
    static let transitionEntryAgeHelp = Phrase(da: "Alder ved optagelse på listen, fx 16 eller 14,5.",
                                               en: "Age of entry on the list, e.g. 16 or 14,5.")
    static let transitionHandoverAgeHelp = Phrase(da: "Alder for overdragelse til voksenområdet, fx 17½.",
                                                  en: "Age of the handover to the adult area, e.g. 17½.")
    static let transitionOtherInflowHelp = Phrase(da: "Anden nettotilgang pr. år for en modtagende sektor, fx VOK=250.000 (kan gentages).",
                                                  en: "Net other inflow a year for a receiving sector, e.g. VOK=250.000 (may be repeated).")
    static let transitionOtherInflowForm = Phrase(da: "skriv SEKTOR=BELØB, fx VOK=250.000", en: "write SECTOR=AMOUNT, e.g. VOK=250.000")
    static let transitionAgeForm = Phrase(da: "skriv en alder i år, fx 16, 17,5 eller 17½", en: "write an age in years, e.g. 16, 17,5 or 17½")
    static func transitionSettingsShown(_ entry: Int, _ handover: Int) -> Phrase {
        func age(_ months: Int, _ unit: String, _ monthUnit: String) -> String {
            months % 12 == 0 ? "\(months / 12) \(unit)" : "\(months / 12) \(unit) \(months % 12) \(monthUnit)"
        }
        return Phrase(da: "Indgangsalder \(age(entry, "år", "mdr.")); overdragelsesalder \(age(handover, "år", "mdr."))",
                      en: "Entry age \(age(entry, "years", "months")); handover age \(age(handover, "years", "months"))")
    }
    static let transitionShadowHeading = Phrase(
        da: "Skyggebudget: forventet tilgang fra børneområdet + anden nettotilgang, kr. pr. år",
        en: "Shadow budget: expected inflow from the children's area + net other inflow, kr. a year")
    static let colOtherInflow = Phrase(da: "Anden tilgang", en: "Other inflow")
    static let colColour = Phrase(da: "Farve", en: "Colour")
    static let colProbability = Phrase(da: "Sandsynl.", en: "Prob.")
    static let colTransitionDate = Phrase(da: "Overgang", en: "Transition")
    static let colReceiving = Phrase(da: "Modtager", en: "Receiving")
    static let colFlags = Phrase(da: "Flag", en: "Flags")
    static let colDiscussed = Phrase(da: "Drøftet", en: "Discussed")
    static let colMonth = Phrase(da: "Måned", en: "Month")
}
