import ForumCore

/// An offer in `capacity list|show --format json`: stable English keys, amounts in øre.
struct OfferJSON: Encodable {
    struct Waiting: Encodable {
        let id: Int64
        let `case`: String
        let priority: Int
        let since: String
        let units: Int
        let cross_sector: Bool
        let recommended: Bool
    }

    struct PlacementJSON: Encodable {
        let id: Int64
        let `case`: String
        let units: Int
        let from: String
        let until: String?
        let cross_sector: Bool
        let monthly_ore: Int64
        let payer: String
        let override_reason: String?
        /// The approved grant the placement carries out, which pays for it (then it commits nothing).
        let request: String?

        /// An open end and a missing override are written as null, not left out: every key is always there.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(`case`, forKey: .case)
            try container.encode(units, forKey: .units)
            try container.encode(from, forKey: .from)
            try container.encode(until, forKey: .until)
            try container.encode(cross_sector, forKey: .cross_sector)
            try container.encode(monthly_ore, forKey: .monthly_ore)
            try container.encode(payer, forKey: .payer)
            try container.encode(override_reason, forKey: .override_reason)
            try container.encode(request, forKey: .request)
        }

        enum CodingKeys: String, CodingKey {
            case id, `case`, units, from, until, cross_sector, monthly_ore, payer, override_reason, request
        }
    }

    let id: String
    let name: String
    let sector: String
    let provider: String
    let unit: String
    let capacity: Int
    let occupied: Int
    let free: Int
    let quota: Int
    let quota_used: Int
    let free_for_others: Int
    let tariff_ore: Int64
    let version: Int
    let waiting: [Waiting]
    /// The placements current on the day or still to come.
    let placements: [PlacementJSON]

    init(_ status: OfferStatus, today: Day) {
        let offer = status.offer
        let occupancy = status.occupancy
        id = offer.id.rawValue
        name = offer.name
        sector = offer.sector.rawValue
        provider = offer.provider.rawValue
        unit = offer.unit.rawValue
        capacity = occupancy.capacity
        occupied = occupancy.occupied
        free = occupancy.free
        quota = occupancy.quota
        quota_used = occupancy.quotaUsed
        free_for_others = occupancy.freeForOthers
        tariff_ore = offer.tariff.total.ore
        version = offer.version
        waiting = status.waiting.map {
            Waiting(id: $0.id, case: $0.caseID.rawValue, priority: $0.priority, since: $0.since.description, units: $0.units,
                    cross_sector: $0.crossSector, recommended: $0.id == status.recommended?.entry.id)
        }
        placements = status.currentPlacements(today: today).map {
            PlacementJSON(id: $0.id, case: $0.caseID.rawValue, units: $0.units, from: $0.from.description,
                          until: $0.until?.description, cross_sector: $0.crossSector, monthly_ore: $0.monthlyRate.ore,
                          payer: $0.payer.shareList, override_reason: $0.overrideReason, request: $0.requestID?.rawValue)
        }
    }
}
