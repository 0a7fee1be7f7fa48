import ForumCore
import ForumStore
import GRDB

/// A row of `grant_request` with the case id of its person.
struct StoredRequest: Decodable, FetchableRecord {
    var id: String
    var caseID: String
    var crossSector: Bool
    var requestingUnit: String
    var requestedBy: String
    var sectorCode: String
    var lawCode: String
    var offer: String
    var offerID: String?
    var amountKind: String
    var amountOre: Int64
    var startDay: String
    var endDay: String
    var weeklyHoursTenths: Int?
    var step: Int
    var proposedSplit: String
    var reason: String
    var submitted: String
    var status: String
    var version: Int
    var changedBy: String?
    var changedAt: Int64?
    var decisionID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, offer, step, reason, submitted, status, version
        case caseID = "case_id", crossSector = "cross_sector", requestingUnit = "requesting_unit", requestedBy = "requested_by"
        case sectorCode = "sector_code", lawCode = "law_code", offerID = "offer_id", amountKind = "amount_kind"
        case amountOre = "amount_ore", startDay = "start_day", endDay = "end_day", weeklyHoursTenths = "weekly_hours_tenths"
        case proposedSplit = "proposed_split", changedBy = "changed_by", changedAt = "changed_at", decisionID = "decision_id"
    }

    func request(alternatives: [Alternative], decision: DecisionRecord?) throws -> GrantRequest {
        GrantRequest(
            id: RequestID(id), caseID: CaseID(caseID), crossSector: crossSector, requestingUnit: requestingUnit,
            requestedBy: requestedBy, sector: SectorCode(sectorCode), law: lawCode, offer: offer, offerID: offerID.map { OfferID($0) },
            amount: try RowCoding.amount(kind: amountKind, ore: amountOre, start: startDay, end: endDay, table: "grant_request"),
            weeklyHours: weeklyHoursTenths.map(Hours.init(tenths:)), step: try RowCoding.value(step, column: "grant_request.step"),
            alternatives: alternatives, proposedSplit: try RowCoding.split(proposedSplit, column: "grant_request.proposed_split"),
            reason: reason, submitted: try RowCoding.day(submitted, column: "grant_request.submitted"),
            status: try RowCoding.value(status, column: "grant_request.status"), version: version, decision: decision,
            changedBy: changedBy, changedAt: changedAt.map(Timestamp.init(secondsSinceEpoch:)))
    }
}

/// A row of `alternative`: a cheaper option the case worker considered.
struct StoredAlternative: Decodable, FetchableRecord {
    var requestID: String
    var description: String
    var amountKind: String
    var amountOre: Int64
    var startDay: String
    var endDay: String

    enum CodingKeys: String, CodingKey {
        case description
        case requestID = "request_id", amountKind = "amount_kind", amountOre = "amount_ore", startDay = "start_day", endDay = "end_day"
    }

    func alternative() throws -> Alternative {
        Alternative(description: description,
                    amount: try RowCoding.amount(kind: amountKind, ore: amountOre, start: startDay, end: endDay, table: "alternative"))
    }
}
