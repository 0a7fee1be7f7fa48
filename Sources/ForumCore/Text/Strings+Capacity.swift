/// The domain's words about capacity-limited offers, placements and waiting lists.
extension Strings {
    public static func quotaReserved(_ id: String) -> Phrase {
        Phrase(da: "de ledige pladser på \(id) er forbeholdt den tværgående indsats",
               en: "the free units on \(id) are reserved for the cross-sector solution")
    }
    public static func placementNotFound(_ id: Int64) -> Phrase {
        Phrase(da: "placering \(id) findes ikke", en: "there is no placement \(id)")
    }
    public static func caseNotFound(_ id: String) -> Phrase {
        Phrase(da: "sagen \(id) findes ikke", en: "there is no case \(id)")
    }
    public static let onlyChiefOverrides = Phrase(
        da: "kun en fagchef kan tilsidesætte kapacitet eller kvote", en: "only a chief can override capacity or quota")
    public static let overrideNeedsReason = Phrase(
        da: "en tilsidesættelse kræver en begrundelse", en: "an override needs a reason")
    public static let fieldOverride = Phrase(da: "begrundelse for tilsidesættelse", en: "override reason")
    public static let fieldWaitingNote = Phrase(da: "bemærkning", en: "note")
    public static let unitsAtLeastOne = Phrase(da: "antal enheder skal være mindst 1", en: "the units must be at least 1")
    public static let placementEndsBeforeStart = Phrase(
        da: "placeringen kan ikke slutte før den begynder", en: "a placement cannot end before it starts")
    public static func placementAlreadyEnds(_ day: Day) -> Phrase {
        Phrase(da: "placeringen slutter allerede \(day.danish)", en: "the placement already ends on \(day.danish)")
    }
    public static func alreadyWaiting(_ caseID: String) -> Phrase {
        Phrase(da: "\(caseID) står allerede på ventelisten", en: "\(caseID) is already on the waiting list")
    }
    public static func quotaOutOfRange(_ capacity: Int) -> Phrase {
        Phrase(da: "kvoten skal ligge mellem 0 og kapaciteten \(capacity)",
               en: "the quota must lie between 0 and the capacity \(capacity)")
    }
    // The outcome and refusal of the waiting-list and ending commands, said alike by the console and the CLI.
    public static func grantCarriedByPlacement(_ id: String, caseID: String, offer: String) -> Phrase {
        Phrase(da: "\(caseID)s plads på \(offer) betales af bevillingen \(id): afslut pladsen først (chefforum capacity end \(offer) --case \(caseID) --on DATO)",
               en: "\(caseID)'s unit of \(offer) is paid by the grant \(id): end the unit first (chefforum capacity end \(offer) --case \(caseID) --on DATE)")
    }
    public static func requestHasNoOffer(_ id: String) -> Phrase {
        Phrase(da: "indstillingen \(id) er ikke til et kapacitetsbegrænset tilbud (ingen venteliste, ingen pladser); intet er ændret",
               en: "request \(id) is not for a capacity-limited offer (no waiting list, no units); nothing was changed")
    }
    public static func notWaiting(_ caseID: String, _ offer: String) -> Phrase {
        Phrase(da: "\(caseID) står ikke på ventelisten til \(offer)", en: "\(caseID) is not on the waiting list of \(offer)")
    }
    public static func noPlacement(_ caseID: String, _ offer: String) -> Phrase {
        Phrase(da: "\(caseID) har ingen igangværende placering på \(offer)", en: "\(caseID) has no current placement on \(offer)")
    }
    public static func placementEnded(_ caseID: String, _ offer: String, on day: Day) -> Phrase {
        Phrase(da: "Placeringen af \(caseID) på \(offer) slutter \(day.danish).",
               en: "\(caseID)'s placement on \(offer) ends on \(day.danish).")
    }
    public static func waitingSet(_ caseID: String, _ offer: String, priority: Int) -> Phrase {
        Phrase(da: "\(caseID) står på ventelisten til \(offer) med prioritet \(priority).",
               en: "\(caseID) is on the waiting list of \(offer) with priority \(priority).")
    }
    public static func priorityOutOfRange(_ lowest: Int) -> Phrase {
        Phrase(da: "prioriteten skal ligge mellem 1 og \(lowest)", en: "the priority must lie between 1 and \(lowest)")
    }
}

/// The capacity board's words, shared by screen 2 and `chefforum capacity`.
extension Strings {
    public static let colName = Phrase(da: "Tilbud", en: "Offer")
    public static let colProvider = Phrase(da: "Lev.", en: "Prov.")
    public static let colUnit = Phrase(da: "Enhed", en: "Unit")
    public static let colCapacity = Phrase(da: "Kap.", en: "Cap.")
    public static let colOccupied = Phrase(da: "Belagt", en: "Occ.")
    public static let colFree = Phrase(da: "Ledig", en: "Free")
    public static let colQuota = Phrase(da: "Kvote", en: "Quota")
    public static let colFreeForOthers = Phrase(da: "Andre", en: "Others")
    public static let colWaiting = Phrase(da: "Vent.", en: "Wait.")
    public static let colLongestWait = Phrase(da: "Længst", en: "Longest")
    public static let colPrice = Phrase(da: "Pris/enh.", en: "Price/unit")
    public static let colOccupancy = Phrase(da: "Belægning", en: "Occupancy")
    public static let colUnits = Phrase(da: "Enh.", en: "Units")
    public static let colFrom = Phrase(da: "Fra", en: "From")
    public static let colUntil = Phrase(da: "Til", en: "Until")
    public static let colTariff = Phrase(da: "Pr. md.", en: "Monthly")
    public static let colCrossSector = Phrase(da: "Tværg.", en: "Cross")
    public static let colPriority = Phrase(da: "Prio.", en: "Prio.")
    public static let colSince = Phrase(da: "Skrevet op", en: "Listed")

    public static func unit(_ unit: CapacityUnit) -> Phrase {
        switch unit {
        case .places: Phrase(da: "pladser", en: "places")
        case .hoursPerWeek: Phrase(da: "timer/uge", en: "hours/week")
        }
    }
    public static func provider(_ provider: Provider) -> Phrase {
        switch provider {
        case .internal: Phrase(da: "egen", en: "own")
        case .external: Phrase(da: "ekstern", en: "external")
        }
    }
    public static let yes = Phrase(da: "ja", en: "yes")
    public static let no = Phrase(da: "nej", en: "no")
    public static let openEnd = Phrase(da: "åben", en: "open")

    /// What is wrong with an offer's capacity, in words beside the glyph.
    public static let overCapacity = Phrase(da: "overbelagt", en: "over capacity")
    public static let full = Phrase(da: "fuld", en: "full")
    public static let quotaExhausted = Phrase(da: "kvote brugt", en: "quota used")

    /// Why the recommended next is next: band, waiting time, and whether the unit is the quota's.
    public static func recommendedBecause(_ recommendation: Recommendation, today: Day) -> Phrase {
        let parts = recommendedReasons(recommendation, today: today)
        return Phrase(da: parts.map(\.danish).joined(separator: "; "), en: parts.map(\.english).joined(separator: "; "))
    }

    /// The reasons one by one, for a screen that puts each on a line of its own.
    public static func recommendedReasons(_ recommendation: Recommendation, today: Day) -> [Phrase] {
        let entry = recommendation.entry
        let days = entry.waitingDays(today: today)
        var parts = [Phrase(da: "anbefalet: prioritet \(entry.priority), venter \(days) dage",
                            en: "recommended: band \(entry.priority), waiting \(days) days")]
        if recommendation.takesQuota {
            parts.append(Phrase(da: "tager en kvoteplads (tværgående)", en: "takes a quota unit (cross-sector)"))
        }
        if !recommendation.passedOver.isEmpty {
            let count = recommendation.passedOver.count
            parts.append(Phrase(da: "\(count) foran kan kun få kvotepladser", en: "\(count) ahead can only take quota units"))
        }
        return parts
    }
    public static let nobodyCanBePlaced = Phrase(
        da: "ingen på ventelisten kan få en ledig enhed nu", en: "nobody waiting can be given a free unit now")

    public static func boardSummary(offers: Int, capacity: Int, occupied: Int, waiting: Int) -> Phrase {
        Phrase(da: "\(offers) tilbud · \(capacity) enheder · \(occupied) belagt · \(waiting) på venteliste",
               en: "\(offers) offers · \(capacity) units · \(occupied) occupied · \(waiting) waiting")
    }
}

/// What the decision queue says about a request's capacity-limited offer.
extension Strings {
    public static let fieldCapacity = Phrase(da: "Kapacitet", en: "Capacity")

    /// `● fuld · ledig 0 af 24 · 4 på venteliste · næste: P-… (prioritet 1)`.
    public static func requestCapacity(_ status: OfferStatus) -> Phrase {
        let o = status.occupancy
        let flag = o.isOverCapacity ? ("▲ overbelagt · ", "▲ over capacity · ") : o.isFull ? ("● fuld · ", "● full · ") : ("", "")
        let next = status.recommended.map {
            (" · næste: \($0.entry.caseID) (prioritet \($0.entry.priority))", " · next: \($0.entry.caseID) (band \($0.entry.priority))")
        } ?? ("", "")
        return Phrase(da: "\(flag.0)ledig \(o.free) af \(o.capacity) · \(status.waiting.count) på venteliste\(next.0)",
                      en: "\(flag.1)free \(o.free) of \(o.capacity) · \(status.waiting.count) waiting\(next.1)")
    }
}
