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
        let da = "\(placement.caseID) får \(units) fra \(placement.from.danish) (\(rate) pr. md.). "
            + (lines.isEmpty ? "Ingen ændring af prognosen i budgetåret." : "Prognose " + lines.joined(separator: "; "))
            + override.0
        let en = "\(placement.caseID) gets \(unitsEn) from \(placement.from.danish) (\(rate) a month). "
            + (lines.isEmpty ? "No forecast change in the budget year." : "Forecast " + lines.joined(separator: "; "))
            + override.1
        return Phrase(da: da, en: en)
    }
    static func placedDone(_ caseID: String, _ offer: String) -> Phrase {
        Phrase(da: "\(caseID) er placeret på \(offer)", en: "\(caseID) is placed on \(offer)")
    }
    static func quotaDone(_ offer: String, _ quota: Int) -> Phrase {
        Phrase(da: "Kvoten på \(offer) er nu \(quota)", en: "The quota on \(offer) is now \(quota)")
    }
}
