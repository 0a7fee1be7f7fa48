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
