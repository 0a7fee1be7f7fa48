import Foundation
import ForumCore
import GRDB

/// Citizens known only by a keyed hash of their CPR number (see the import's pseudonymiser).
enum Persons {
    /// The case id people see: `P-` and the first ten hex digits of the pseudonym. Derived from
    /// the pseudonym, never from the CPR number; 40 bits keep collisions negligible for a
    /// municipality's citizens, and a collision is caught by the UNIQUE constraint.
    static func caseID(forPseudonym pseudonym: [UInt8]) -> CaseID {
        // A postings import creates tens of thousands of persons: no strings per digit.
        var text = "P-"
        for byte in pseudonym.prefix(5) {
            text.unicodeScalars.append(hexDigits[Int(byte >> 4)])
            text.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
        }
        return CaseID(text)
    }

    private static let hexDigits = Array("0123456789ABCDEF".unicodeScalars)

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
