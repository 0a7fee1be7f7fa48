import ForumCore

/// A row of `grant_request` with the case id of its person.
package struct StoredRequest: Decodable, Sendable {
    package var id: String
    package var caseID: String
    package var crossSector: Bool
    package var requestingUnit: String
    package var requestedBy: String
    package var sectorCode: String
    package var lawCode: String
    package var offer: String
    package var offerID: String?
    package var amountKind: String
    package var amountOre: Int64
    package var startDay: String
    package var endDay: String
    package var weeklyHoursTenths: Int?
    package var step: Int
    package var proposedSplit: String
    package var reason: String
    package var submitted: String
    package var status: String
    package var version: Int
    package var changedBy: String?
    package var changedAt: Int64?
    package var decisionID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, offer, step, reason, submitted, status, version
        case caseID = "case_id", crossSector = "cross_sector", requestingUnit = "requesting_unit", requestedBy = "requested_by"
        case sectorCode = "sector_code", lawCode = "law_code", offerID = "offer_id", amountKind = "amount_kind"
        case amountOre = "amount_ore", startDay = "start_day", endDay = "end_day", weeklyHoursTenths = "weekly_hours_tenths"
        case proposedSplit = "proposed_split", changedBy = "changed_by", changedAt = "changed_at", decisionID = "decision_id"
    }

    package func request(alternatives: [Alternative], decision: DecisionRecord?) throws -> GrantRequest {
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
package struct StoredAlternative: Decodable, Sendable {
    package var requestID: String
    package var description: String
    package var amountKind: String
    package var amountOre: Int64
    package var startDay: String
    package var endDay: String

    enum CodingKeys: String, CodingKey {
        case description
        case requestID = "request_id", amountKind = "amount_kind", amountOre = "amount_ore", startDay = "start_day", endDay = "end_day"
    }

    package func alternative() throws -> Alternative {
        Alternative(description: description,
                    amount: try RowCoding.amount(kind: amountKind, ore: amountOre, start: startDay, end: endDay, table: "alternative"))
    }
}
