import ForumCore

/// A row of `offer`.
package struct StoredOffer: Decodable, Sendable {
    package var id: String
    package var name: String
    package var sectorCode: String
    package var unit: String
    package var capacity: Int
    package var crossSectorQuota: Int
    package var baseTariffOre: Int64
    package var serviceTariffOre: Int64
    package var specialTariffOre: Int64
    package var provider: String
    package var leaderLogin: String?
    package var version: Int
    package var changedBy: String?
    package var changedAt: Int64?

    enum CodingKeys: String, CodingKey {
        case id, name, unit, capacity, provider, version
        case sectorCode = "sector_code", crossSectorQuota = "cross_sector_quota"
        case baseTariffOre = "base_tariff_ore", serviceTariffOre = "service_tariff_ore", specialTariffOre = "special_tariff_ore"
        case leaderLogin = "leader_login", changedBy = "changed_by", changedAt = "changed_at"
    }

    /// The offer with `placements`, its own placements.
    package func offer(placements: [Placement]) throws -> Offer {
        var offer = Offer(
            id: OfferID(id), name: name, sector: SectorCode(sectorCode), unit: try RowCoding.value(unit, column: "offer.unit"),
            capacity: capacity, crossSectorQuota: crossSectorQuota,
            tariff: Tariff(base: Money(ore: baseTariffOre), service: Money(ore: serviceTariffOre), special: Money(ore: specialTariffOre)),
            provider: try RowCoding.value(provider, column: "offer.provider"), leaderLogin: leaderLogin, placements: placements,
            version: version)
        offer.changedBy = changedBy
        offer.changedAt = changedAt.map(Timestamp.init(secondsSinceEpoch:))
        return offer
    }
}

/// A row of `waiting_entry` with the case id of its person.
package struct StoredWaitingEntry: Decodable, Sendable {
    package var id: Int64
    package var offerID: String
    package var personID: Int64
    package var caseID: String
    package var crossSector: Bool
    package var priority: Int
    package var since: String
    package var units: Int
    package var note: String

    enum CodingKeys: String, CodingKey {
        case id, priority, since, units, note
        case offerID = "offer_id", personID = "person_id", caseID = "case_id", crossSector = "cross_sector"
    }

    package func entry() throws -> WaitingListEntry {
        WaitingListEntry(id: id, offer: OfferID(offerID), caseID: CaseID(caseID), crossSector: crossSector, priority: priority,
                         since: try RowCoding.day(since, column: "waiting_entry.since"), units: units, note: note)
    }
}

/// A row of `placement` with the case id of its person.
package struct StoredPlacement: Decodable, Sendable {
    package var id: Int64
    package var offerID: String
    package var caseID: String
    package var units: Int
    package var startDay: String
    package var endDay: String?
    package var baseTariffOre: Int64
    package var serviceTariffOre: Int64
    package var specialTariffOre: Int64
    package var payer: String
    package var crossSector: Bool
    package var overrideReason: String?
    package var requestID: String?

    enum CodingKeys: String, CodingKey {
        case id, units, payer
        case offerID = "offer_id", caseID = "case_id", startDay = "start_day", endDay = "end_day"
        case baseTariffOre = "base_tariff_ore", serviceTariffOre = "service_tariff_ore", specialTariffOre = "special_tariff_ore"
        case crossSector = "cross_sector", overrideReason = "override_reason", requestID = "request_id"
    }

    package func placement() throws -> Placement {
        Placement(id: id, offer: OfferID(offerID), caseID: CaseID(caseID), units: units,
                  from: try RowCoding.day(startDay, column: "placement.start_day"),
                  until: try RowCoding.day(endDay, column: "placement.end_day"),
                  tariff: Tariff(base: Money(ore: baseTariffOre), service: Money(ore: serviceTariffOre),
                                 special: Money(ore: specialTariffOre)),
                  payer: try RowCoding.split(payer, column: "placement.payer"), crossSector: crossSector,
                  overrideReason: overrideReason, requestID: requestID.map(RequestID.init))
    }
}
