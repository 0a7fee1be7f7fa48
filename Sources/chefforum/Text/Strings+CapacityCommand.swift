import ForumCore

/// `chefforum capacity …`: the capacity board on the command line.
extension Strings {
    /// The quota's used part, a column of its own in CSV.
    static let colQuotaUsed = Phrase(da: "Kvote brugt", en: "Quota used")
    static let capacityAbstract = Phrase(
        da: "Vis kapacitet, placeringer og ventelister, og placér borgere.",
        en: "Show capacity, placements and waiting lists, and place cases.")
    static let capacityListAbstract = Phrase(da: "Vis de kapacitetsbegrænsede tilbud.", en: "List the capacity-limited offers.")
    static let capacityListDiscussion = Phrase(
        da: "Filter: sektor:VOK leverandør:intern ledig:>0 venteliste:>0 og fritekst.",
        en: "Filter: sektor:VOK leverandør:intern ledig:>0 venteliste:>0 and free text.")
    static let capacityFilterHelp = Phrase(da: "Et filter i tavlens filtersprog.", en: "A filter in the board's filter language.")
    static let capacityShowAbstract = Phrase(
        da: "Vis ét tilbud: placeringer og venteliste med den anbefalede næste.",
        en: "Show one offer: placements and the waiting list with the recommended next.")
    static let capacityOfferHelp = Phrase(da: "Tilbuddets id, fx BO-EGEBO.", en: "The offer's id, e.g. BO-EGEBO.")
    static let capacityCaseHelp = Phrase(da: "Sagens id, fx P-1A2B3C4D5E.", en: "The case id, e.g. P-1A2B3C4D5E.")
    static let capacityAllocateAbstract = Phrase(
        da: "Giv en ventende sag en plads (eller timer) fra en dag.", en: "Give a waiting case a place (or hours) from a day.")
    static let capacityFromHelp = Phrase(da: "Første dag (standard: i dag).", en: "First day (default: today).")
    static let capacityUntilHelp = Phrase(da: "Sidste dag (standard: åben).", en: "Last day (default: open).")
    static let capacityUnitsHelp = Phrase(
        da: "Enheder (standard: dem, sagen venter på).", en: "Units (default: those the case waits for).")
    static let capacityOverrideHelp = Phrase(
        da: "En fagchefs begrundelse for at placere ud over kapacitet eller kvote.",
        en: "A chief's reason to place beyond capacity or quota.")
    static let capacityEndAbstract = Phrase(da: "Afslut en placering på en dag.", en: "End a placement on a day.")
    static let capacityOnHelp = Phrase(da: "Placeringens sidste dag.", en: "The placement's last day.")
    static let capacityWaitAbstract = Phrase(
        da: "Sæt en sag på ventelisten, eller flyt dens prioritet.", en: "Put a case on the waiting list, or move its priority.")
    static let capacityPriorityHelp = Phrase(da: "Prioritet, 1 er mest akut.", en: "Priority band, 1 is most urgent.")
    static let capacityCrossSectorHelp = Phrase(
        da: "Familien er i den tværgående indsats (ny plads på listen).",
        en: "The family is in the cross-sector solution (a new entry).")
    static let capacityNoteHelp = Phrase(da: "Bemærkning (ny plads på listen).", en: "Note (a new entry).")
    static let valueOffer = Phrase(da: "tilbud", en: "offer")
    static let valueCase = Phrase(da: "sag", en: "case")
    static let valueUnits = Phrase(da: "enheder", en: "units")
    static let valuePriority = Phrase(da: "prioritet", en: "priority")

    static func placed(_ caseID: String, _ offer: String, from: Day, until: Day?) -> Phrase {
        let end = until.map { " – " + $0.danish } ?? ""
        return Phrase(da: "\(caseID) er placeret på \(offer) fra \(from.danish)\(end).",
                      en: "\(caseID) is placed on \(offer) from \(from.danish)\(end).")
    }
    /// One budget year's change of a payer's commitments.
    static func forecastEffect(sector: String, year: Int, change: Money) -> Phrase {
        let amount = change.formatted(.exact)
        return Phrase(da: "  Prognose \(sector) \(year): \(change.isNegative ? "" : "+")\(amount)",
                      en: "  Forecast \(sector) \(year): \(change.isNegative ? "" : "+")\(amount)")
    }
    static let capacityPlacementsHeading = Phrase(da: "Placeringer", en: "Placements")
    static let capacityWaitingHeading = Phrase(da: "Venteliste", en: "Waiting list")
}
