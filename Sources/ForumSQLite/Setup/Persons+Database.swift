import Foundation
import ForumCore
import ForumStore
import GRDB

/// A row of `person`, without its pseudonym.
struct StoredPerson: Decodable, FetchableRecord {
    var id: Int64
    var caseID: String

    enum CodingKeys: String, CodingKey {
        case id
        case caseID = "case_id"
    }
}

/// The `person` table.
extension Persons {
    /// The person row for a pseudonym, created if new.
    static func ensure(_ db: Database, pseudonym: [UInt8]) throws -> (id: Int64, caseID: CaseID) {
        let blob = Data(pseudonym)
        if let person = try StoredPerson.fetchOne(db, sql: "SELECT id, case_id FROM person WHERE pseudonym = ?", arguments: [blob]) {
            return (person.id, CaseID(person.caseID))
        }
        let caseID = caseID(forPseudonym: pseudonym)
        try db.execute(sql: "INSERT INTO person (pseudonym, case_id) VALUES (?, ?)", arguments: [blob, caseID.rawValue])
        return (db.lastInsertedRowID, caseID)
    }
}
