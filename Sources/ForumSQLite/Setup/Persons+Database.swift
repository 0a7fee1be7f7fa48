import Foundation
import ForumCore
import ForumStore
import GRDB

/// The `person` table.
extension Persons {
    /// The person row for a pseudonym, created if new.
    static func ensure(_ db: Database, pseudonym: [UInt8]) throws -> (id: Int64, caseID: CaseID) {
        let blob = Data(pseudonym)
        if let row = try Row.fetchOne(db, sql: "SELECT id, case_id FROM person WHERE pseudonym = ?", arguments: [blob]) {
            return (row["id"], CaseID(row["case_id"] as String))
        }
        let caseID = caseID(forPseudonym: pseudonym)
        try db.execute(sql: "INSERT INTO person (pseudonym, case_id) VALUES (?, ?)", arguments: [blob, caseID.rawValue])
        return (db.lastInsertedRowID, caseID)
    }

    static func id(_ db: Database, caseID: CaseID) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE case_id = ?", arguments: [caseID.rawValue])
    }
}
