import ForumCore
import ForumStore
import GRDB

/// A row of `offer`.
struct StoredOffer: Decodable, FetchableRecord {
    var id: String
    var name: String
    var sectorCode: String
    var unit: String
    var capacity: Int
    var crossSectorQuota: Int
    var baseTariffOre: Int64
    var serviceTariffOre: Int64
    var specialTariffOre: Int64
    var provider: String
    var leaderLogin: String?
    var version: Int
    var changedBy: String?
    var changedAt: Int64?

    enum CodingKeys: String, CodingKey {
        case id, name, unit, capacity, provider, version
        case sectorCode = "sector_code", crossSectorQuota = "cross_sector_quota"
        case baseTariffOre = "base_tariff_ore", serviceTariffOre = "service_tariff_ore", specialTariffOre = "special_tariff_ore"
        case leaderLogin = "leader_login", changedBy = "changed_by", changedAt = "changed_at"
    }

    /// The offer with `placements`, its own placements.
    func offer(placements: [Placement]) throws -> Offer {
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
struct StoredWaitingEntry: Decodable, FetchableRecord {
    var id: Int64
    var offerID: String
    var personID: Int64
    var caseID: String
    var crossSector: Bool
    var priority: Int
    var since: String
    var units: Int
    var note: String

    enum CodingKeys: String, CodingKey {
        case id, priority, since, units, note
        case offerID = "offer_id", personID = "person_id", caseID = "case_id", crossSector = "cross_sector"
    }

    /// The entries of one offer, or the one entry `id` of it.
    static func fetchAll(_ db: Database, offer: OfferID, id: Int64? = nil) throws -> [StoredWaitingEntry] {
        try fetchAll(db, sql: """
            SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id
            WHERE w.offer_id = ? AND (? IS NULL OR w.id = ?)
            """, arguments: [offer.rawValue, id, id])
    }

    /// The entries of every offer.
    static func fetchAll(_ db: Database) throws -> [StoredWaitingEntry] {
        try fetchAll(db, sql: "SELECT w.*, p.case_id FROM waiting_entry w JOIN person p ON p.id = w.person_id")
    }

    func entry() throws -> WaitingListEntry {
        WaitingListEntry(id: id, offer: OfferID(offerID), caseID: CaseID(caseID), crossSector: crossSector, priority: priority,
                         since: try RowCoding.day(since, column: "waiting_entry.since"), units: units, note: note)
    }
}

/// A row of `placement` with the case id of its person.
struct StoredPlacement: Decodable, FetchableRecord {
    var id: Int64
    var offerID: String
    var caseID: String
    var units: Int
    var startDay: String
    var endDay: String?
    var baseTariffOre: Int64
    var serviceTariffOre: Int64
    var specialTariffOre: Int64
    var payer: String
    var crossSector: Bool
    var overrideReason: String?

    enum CodingKeys: String, CodingKey {
        case id, units, payer
        case offerID = "offer_id", caseID = "case_id", startDay = "start_day", endDay = "end_day"
        case baseTariffOre = "base_tariff_ore", serviceTariffOre = "service_tariff_ore", specialTariffOre = "special_tariff_ore"
        case crossSector = "cross_sector", overrideReason = "override_reason"
    }

    /// The placements of one offer, or of every offer, in id order.
    static func fetchAll(_ db: Database, offer: OfferID?) throws -> [StoredPlacement] {
        try fetchAll(db, sql: """
            SELECT pl.*, p.case_id FROM placement pl JOIN person p ON p.id = pl.person_id
            WHERE ? IS NULL OR pl.offer_id = ? ORDER BY pl.id
            """, arguments: [offer?.rawValue, offer?.rawValue])
    }

    func placement() throws -> Placement {
        Placement(id: id, offer: OfferID(offerID), caseID: CaseID(caseID), units: units,
                  from: try RowCoding.day(startDay, column: "placement.start_day"),
                  until: try RowCoding.day(endDay, column: "placement.end_day"),
                  tariff: Tariff(base: Money(ore: baseTariffOre), service: Money(ore: serviceTariffOre),
                                 special: Money(ore: specialTariffOre)),
                  payer: try RowCoding.split(payer, column: "placement.payer"), crossSector: crossSector,
                  overrideReason: overrideReason)
    }
}
