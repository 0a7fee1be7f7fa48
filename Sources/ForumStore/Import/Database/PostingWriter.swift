import ForumCore
import Foundation
import GRDB

/// Writes the rows of a postings file inside the import's transaction: each raw posting
/// through one prepared statement with its integers bound directly, each person looked up or
/// created once, and the monthly totals summed in memory for `MonthlyTotals.apply` at the end.
struct PostingWriter: PostingSink {
    private let insert: RawStatement
    private let database: Database
    /// `sub_area.id` of each sub-area the reader was given, by the reader's index.
    private let subAreaIDs: [Int64]
    /// Where unmapped accounts go; nil when they are not allowed (the file is then refused).
    private let unmappedID: Int64?
    private let pseudonymizer: Pseudonymizer
    /// `person.id` of each pseudonym the pseudonymizer has handed out, by its index.
    private var personIDs: [Int64] = []
    private(set) var totals = MonthlyTotals()
    /// The rowids of the first and last posting written.
    private(set) var rows: ClosedRange<Int64>?

    init(_ db: Database, batchID: Int64, subAreaIDs: [Int64], unmappedID: Int64?, pseudonymizer: Pseudonymizer) throws {
        database = db
        insert = try RawStatement(db, sql: "INSERT INTO posting (batch_id, day, sub_area_id, person_id, amount_ore) VALUES (?, ?, ?, ?, ?)")
        insert.bind(1, batchID)
        self.subAreaIDs = subAreaIDs
        self.unmappedID = unmappedID
        self.pseudonymizer = pseudonymizer
    }

    mutating func accept(_ row: PostingRow) throws {
        // An unmapped line without --allow-unmapped: the reader will refuse the file, so it is
        // not written at all.
        guard let subArea = row.subArea >= 0 ? subAreaIDs[Int(row.subArea)] : unmappedID else { return }
        let person = row.person >= 0 ? try personID(row.person) : nil
        insert.bind(2, Int64(row.day))
        insert.bind(3, subArea)
        insert.bind(4, person)
        insert.bind(5, row.amountOre)
        try insert.step()
        let rowID = database.lastInsertedRowID
        rows = (rows?.lowerBound ?? rowID)...rowID
        totals.add(day: row.day, subArea: subArea, person: person, amount: row.amountOre)
    }

    /// The person row of a pseudonym. Pseudonyms are numbered in the order the reader met them,
    /// also on lines that never reach the writer, so any not yet resolved are resolved in order.
    private mutating func personID(_ index: Int32) throws -> Int64 {
        while personIDs.count <= Int(index) {
            personIDs.append(try resolve(pseudonymizer.pseudonyms[personIDs.count].bytes))
        }
        return personIDs[Int(index)]
    }

    /// The person row of a pseudonym, created the first time the installation meets it.
    private func resolve(_ pseudonym: [UInt8]) throws -> Int64 {
        let blob = Data(pseudonym)
        let id: Int64
        if let existing = try Int64.fetchOne(database.cachedStatement(sql: "SELECT id FROM person WHERE pseudonym = ?"),
                                             arguments: [blob]) {
            id = existing
        } else {
            try database.cachedStatement(sql: "INSERT INTO person (pseudonym, case_id) VALUES (?, ?)")
                .execute(arguments: [blob, Persons.caseID(forPseudonym: pseudonym).rawValue])
            id = database.lastInsertedRowID
        }
        return id
    }
}
