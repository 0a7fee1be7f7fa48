import ForumCore
import ForumStore
import PostgresNIO

/// Where activity is counted (DOMAIN §13) on PostgreSQL.
extension PostgresRepository {
    func caseSubAreas() async throws -> [CaseSubArea] {
        try await database.read { connection in
            try await connection.fetchAll(StoredCaseSubArea.self, "\(unescaped: CaseSubAreaQuery.sql)").map {
                CaseSubArea(caseID: CaseID($0.caseID), sector: SectorCode($0.sectorCode), subArea: $0.code)
            }
        }
    }
}

private struct StoredCaseSubArea: Decodable {
    var caseID: String
    var sectorCode: String
    var code: String

    enum CodingKeys: String, CodingKey {
        case code
        case caseID = "case_id", sectorCode = "sector_code"
    }
}
