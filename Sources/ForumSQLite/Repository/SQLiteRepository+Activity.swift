import ForumCore
import ForumStore
import GRDB

/// Where activity is counted (DOMAIN §13) on SQLite.
extension SQLiteRepository {
    public func caseSubAreas() async throws -> [CaseSubArea] {
        try await database.read { db in
            try Row.fetchAll(db, sql: CaseSubAreaQuery.sql).map {
                CaseSubArea(caseID: CaseID($0["case_id"] as String), sector: SectorCode($0["sector_code"] as String),
                            subArea: $0["code"])
            }
        }
    }
}
