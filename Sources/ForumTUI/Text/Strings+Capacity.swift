import ForumCore

/// The capacity board's own phrases (screen 2).
extension Strings {
    static let boardAll = Phrase(da: "Alle tilbud", en: "All offers")
    static let boardOwn = Phrase(da: "Mine tilbud", en: "My offers")
    static let boardEmpty = Phrase(da: "Der er ingen kapacitetsbegrænsede tilbud.", en: "There are no capacity-limited offers.")
    static let boardNoMatch = Phrase(da: "Ingen tilbud passer til filteret.", en: "No offer matches the filter.")
    static let actionCapacityShowAll = Phrase(da: "Vis alle tilbud", en: "Show every offer")
    static let actionCapacityShowOwn = Phrase(da: "Vis kun mine tilbud", en: "Show only my offers")
    static let footerAllOffers = Phrase(da: "alle", en: "all")
    static let footerOwnOffers = Phrase(da: "mine", en: "mine")
}

/// The offer detail's phrases (screen 2).
extension Strings {
    static func detailLeader(_ login: String?) -> Phrase {
        login.map { Phrase(da: "leder \($0)", en: "leader \($0)") } ?? Phrase(da: "ingen leder angivet", en: "no leader given")
    }
    static func detailPrice(total: Money, base: Money, service: Money, special: Money) -> Phrase {
        let parts = [base, service, special].map { $0.formatted(.kroner, unit: false) }
        return Phrase(da: "Pris pr. enhed og måned \(total.formatted(.kroner)) (basis \(parts[0]) + ydelse \(parts[1]) + sær \(parts[2]))",
                      en: "Price per unit and month \(total.formatted(.kroner)) (base \(parts[0]) + service \(parts[1]) + special \(parts[2]))")
    }
    static func detailOccupancy(_ o: Occupancy) -> Phrase {
        Phrase(da: "Kapacitet \(o.capacity) · belagt \(o.occupied) · ledig \(o.free) · kvote \(o.quotaUsed)/\(o.quota) · ledig for andre \(o.freeForOthers)",
               en: "Capacity \(o.capacity) · occupied \(o.occupied) · free \(o.free) · quota \(o.quotaUsed)/\(o.quota) · free for others \(o.freeForOthers)")
    }
    static let detailHistoryHeading = Phrase(
        da: "Belægning pr. måned: 12 måneder tilbage, 6 frem", en: "Occupancy per month: 12 months back, 6 ahead")
    static func detailCapacityLine(_ capacity: Int) -> Phrase {
        Phrase(da: "fuld søjle = kapacitet \(capacity) · ● fuld · ▲ over", en: "full bar = capacity \(capacity) · ● full · ▲ over")
    }
    static func capacityPlacementsHeadingCount(_ count: Int) -> Phrase {
        Phrase(da: "Placeringer (\(count))", en: "Placements (\(count))")
    }
    static func capacityWaitingHeadingCount(_ count: Int) -> Phrase {
        Phrase(da: "Venteliste (\(count))", en: "Waiting list (\(count))")
    }
    static let actionOpenOffer = Phrase(da: "Vis tilbuddet", en: "Show the offer")
    static let noOfferChosen = Phrase(da: "intet tilbud valgt", en: "no offer chosen")
}

/// The board's commands (screen 2).
extension Strings {
    static let actionAllocate = Phrase(da: "Placér den anbefalede næste", en: "Place the recommended next")
    static let footerAllocate = Phrase(da: "placér", en: "place")
    static let actionReserveQuota = Phrase(da: "Reservér en kvoteplads mere", en: "Reserve one more quota unit")
    static let actionReleaseQuota = Phrase(da: "Frigiv en kvoteplads", en: "Release a quota unit")
    static let fieldPlacementStart = Phrase(da: "Fra dato", en: "From")
    static let fieldOverrideReason = Phrase(da: "Begrundelse", en: "Reason")
    static func overrideQuestion(_ caseID: String) -> Phrase {
        Phrase(da: "Ingen kan få en ledig enhed. Som fagchef kan du placere \(caseID), den første på ventelisten, "
               + "ud over kapaciteten eller på kvoten. Begrundelsen står i revisionssporet.",
               en: "Nobody can be given a free unit. As a chief you can place \(caseID), first on the waiting list, "
               + "beyond capacity or on the quota. The reason goes into the audit trail.")
    }
    static func overrideBecause(_ reason: String) -> Phrase {
        Phrase(da: "Tilsidesættelse: \(reason)", en: "Override: \(reason)")
    }
    static let confirmAllocate = Phrase(da: "Placér", en: "Place")
    static let confirmQuota = Phrase(da: "Gem kvote", en: "Save quota")
    static func dialogAllocateTitle(_ caseID: String, _ offer: String) -> Phrase {
        Phrase(da: "Placér \(caseID) på \(offer)", en: "Place \(caseID) on \(offer)")
    }
    static func dialogQuotaTitle(_ offer: String) -> Phrase {
        Phrase(da: "Kvote for den tværgående indsats på \(offer)", en: "Cross-sector quota on \(offer)")
    }
    static func quotaSummary(from: Int, to: Int) -> Phrase {
        Phrase(da: "Kvoten ændres fra \(from) til \(to). Prognosen ændres ikke.",
               en: "The quota changes from \(from) to \(to). No forecast changes.")
    }
    /// `P-… får 1 plads fra 01.12.2026 (46.200 kr. pr. md.). Prognose VOK 2026: +46.200,00 kr.`
    static func allocationSummary(_ placement: Placement, offer: Offer, effect: PlacementEffect) -> Phrase {
        let units = "\(placement.units) " + Strings.unit(offer.unit).danish
        let unitsEn = "\(placement.units) " + Strings.unit(offer.unit).english
        let rate = placement.monthlyRate.formatted(.kroner)
        let lines = effect.lines.map { "\($0.sector) \($0.year): \($0.change.isNegative ? "" : "+")\($0.change.formatted(.exact))" }
        let override = placement.overrideReason.map { (" Tilsidesættelse: \($0).", " Override: \($0).") } ?? ("", "")
        let grant = placement.requestID.map { (" Bevillingen \($0) betaler pladsen.", " The grant \($0) pays for the unit.") } ?? ("", "")
        let da = "\(placement.caseID) får \(units) fra \(placement.from.danish) (\(rate) pr. md.). "
            + (lines.isEmpty ? "Ingen ændring af prognosen i budgetåret." : "Prognose " + lines.joined(separator: "; "))
            + grant.0 + override.0
        let en = "\(placement.caseID) gets \(unitsEn) from \(placement.from.danish) (\(rate) a month). "
            + (lines.isEmpty ? "No forecast change in the budget year." : "Forecast " + lines.joined(separator: "; "))
            + grant.1 + override.1
        return Phrase(da: da, en: en)
    }
    static func placedDone(_ caseID: String, _ offer: String) -> Phrase {
        Phrase(da: "\(caseID) er placeret på \(offer)", en: "\(caseID) is placed on \(offer)")
    }
    static func quotaDone(_ offer: String, _ quota: Int) -> Phrase {
        Phrase(da: "Kvoten på \(offer) er nu \(quota)", en: "The quota on \(offer) is now \(quota)")
    }
}

/// Ending a placement and the waiting list on the board (screen 2).
extension Strings {
    static let actionEndPlacement = Phrase(da: "Afslut en placering", en: "End a placement")
    static let actionWaitingPriority = Phrase(da: "Ændr en ventendes prioritet", en: "Change a waiting case's priority")
    static let actionAddWaiting = Phrase(da: "Sæt en sag på ventelisten", en: "Add a case to the waiting list")
    static let nobodyPlaced = Phrase(da: "ingen er placeret på tilbuddet", en: "nobody is placed on the offer")
    static let nobodyWaiting = Phrase(da: "ingen står på ventelisten", en: "nobody is on the waiting list")
    static let typeCase = Phrase(da: "skriv sagens nummer", en: "type the case number")
    static let fieldLastDay = Phrase(da: "Sidste dag", en: "Last day")
    static let fieldPriority = Phrase(da: "Prioritet", en: "Priority")
    static let fieldCrossSectorAnswer = Phrase(da: "Tværgående familie (j/n)", en: "Cross-sector family (y/n)")
    static let answerYes = Phrase(da: "j", en: "y")
    static let answerNo = Phrase(da: "n", en: "n")
    static let answerYesOrNo = Phrase(da: "svar j eller n", en: "answer y or n")
    static let confirmEnd = Phrase(da: "Afslut", en: "End")
    static let confirmPriority = Phrase(da: "Gem prioritet", en: "Save priority")
    static let confirmAddWaiting = Phrase(da: "Sæt på ventelisten", en: "Add to the list")
    static func dialogEndTitle(_ offer: String) -> Phrase {
        Phrase(da: "Afslut en placering på \(offer)", en: "End a placement on \(offer)")
    }
    static func dialogPriorityTitle(_ offer: String) -> Phrase {
        Phrase(da: "Prioritet på ventelisten til \(offer)", en: "Priority on the waiting list of \(offer)")
    }
    static func dialogAddWaitingTitle(_ offer: String) -> Phrase {
        Phrase(da: "Ny på ventelisten til \(offer)", en: "New on the waiting list of \(offer)")
    }
    /// Which case, with the cases to choose from.
    static func whichCase(_ cases: [String]) -> Phrase {
        let list = cases.joined(separator: ", ")
        return Phrase(da: cases.isEmpty ? "Hvilken sag?" : "Hvilken sag? " + list, en: cases.isEmpty ? "Which case?" : "Which case? " + list)
    }
    static func endDayQuestion(_ caseID: String, from: Day) -> Phrase {
        Phrase(da: "Sidste dag for \(caseID), placeret fra \(from.danish).",
               en: "Last day for \(caseID), placed from \(from.danish).")
    }
    static func priorityQuestion(_ caseID: String, now: Int) -> Phrase {
        Phrase(da: "\(caseID) har prioritet \(now) (1 er først, højst \(WaitingList.lowestPriority)).",
               en: "\(caseID) has priority \(now) (1 comes first, at most \(WaitingList.lowestPriority)).")
    }
    static func addWaitingQuestion(_ caseID: String) -> Phrase {
        Phrase(da: "\(caseID) venter fra i dag med 1 enhed. Prioritet (1 er først, højst \(WaitingList.lowestPriority)):",
               en: "\(caseID) waits from today for 1 unit. Priority (1 comes first, at most \(WaitingList.lowestPriority)):")
    }
    static func crossSectorQuestion(_ caseID: String) -> Phrase {
        Phrase(da: "Er \(caseID) en familie i den tværgående indsats? Den må tage kvotens enheder.",
               en: "Is \(caseID) a family in the cross-sector solution? It may take the quota's units.")
    }
    /// `Placeringen af P-… slutter 31.12.2026. Prognose VOK 2027: −…`
    static func endingSummary(_ caseID: String, on day: Day, effect: PlacementEffect) -> Phrase {
        let lines = effect.lines.map { "\($0.sector) \($0.year): \($0.change.isNegative ? "" : "+")\($0.change.formatted(.exact))" }
        return Phrase(da: "Placeringen af \(caseID) slutter \(day.danish). "
                      + (lines.isEmpty ? "Ingen ændring af prognosen." : "Prognose " + lines.joined(separator: "; ")),
                      en: "\(caseID)'s placement ends on \(day.danish). "
                      + (lines.isEmpty ? "No forecast change." : "Forecast " + lines.joined(separator: "; ")))
    }
    static func prioritySummary(_ caseID: String, from: Int, to: Int) -> Phrase {
        Phrase(da: "\(caseID) flyttes fra prioritet \(from) til \(to). Prognosen ændres ikke.",
               en: "\(caseID) moves from priority \(from) to \(to). No forecast change.")
    }
    static func addWaitingSummary(_ caseID: String, priority: Int, crossSector: Bool) -> Phrase {
        Phrase(da: "\(caseID) sættes på ventelisten med prioritet \(priority)\(crossSector ? " som tværgående familie" : ""). "
               + "Prognosen ændres først ved en placering.",
               en: "\(caseID) goes on the waiting list with priority \(priority)\(crossSector ? " as a cross-sector family" : ""). "
               + "The forecast changes only with a placement.")
    }
}
