import ForumCore

/// A row of `deviation_note`.
package struct StoredDeviationNote: Decodable, Sendable {
    package var sectorCode: String
    package var subAreaCode: String?
    package var year: Int
    package var month: Int
    package var explanation: String
    package var actionPlan: String
    package var owner: String
    package var status: String
    package var author: String
    package var at: Int64
    package var version: Int

    enum CodingKeys: String, CodingKey {
        case year, month, explanation, owner, status, author, at, version
        case sectorCode = "sector_code", subAreaCode = "sub_area_code", actionPlan = "action_plan"
    }

    package func note() throws -> DeviationNote {
        DeviationNote(sector: SectorCode(sectorCode), subArea: subAreaCode, month: try RowCoding.month(year: year, month: month, table: "deviation_note"),
                      explanation: explanation, actionPlan: actionPlan, owner: owner,
                      status: try RowCoding.value(status, column: "deviation_note.status"), author: author,
                      at: Timestamp(secondsSinceEpoch: at), version: version)
    }
}

extension DeviationNote {
    /// The note's entity in the audit trail: `deviation:BEV/2026-10`, or with its sub-area
    /// `deviation:BEV/5.68.90/2026-10` (`AuditEntity` parses both).
    package var auditEntity: String { "deviation:\(line)/\(month)" }
}
