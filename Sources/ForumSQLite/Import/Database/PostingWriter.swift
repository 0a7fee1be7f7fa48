import ForumCore
import ForumStore
import Foundation
import GRDB

/// Writes the rows of a postings file inside the import's transaction: each raw posting
/// through one prepared statement with its integers bound directly, and each person looked up
/// or created once. (The reader sums the monthly totals; `MonthlyTotals.apply` writes them with
/// the ids this writer resolved.)
struct PostingWriter: PostingSink {
    private let database: Database
    private var insertPostings: BatchedInsert
    private let insertPerson: RawStatement
    /// `sub_area.id` of each sub-area the reader was given, by the reader's index, then the
    /// unmapped sub-area's when unmapped accounts are allowed.
    let subAreaIDs: [Int64]
    private let allowsUnmapped: Bool
    /// The pseudonyms the reader has met, by number (a row's `person`).
    private var pseudonyms: [Pseudonym] = []
    /// The persons the installation already knows, read once: a lookup per new person then
    /// costs no query.
    private var knownPersons: [Data: Int64]
    /// `person.id` of each pseudonym the reader has met, by its number.
    private(set) var personIDs: [Int64] = []
    /// The persons this import created.
    private(set) var newPersons: Set<Int64> = []
    /// The rowid before the first posting: the postings get the ones after it, consecutively
    /// (one writer, one transaction).
    private let rowBefore: Int64

    init(_ db: Database, batchID: Int64, subAreaIDs: [Int64], unmappedID: Int64?) throws {
        database = db
        insertPostings = try BatchedInsert(db, prefix: "INSERT INTO posting (batch_id, day, sub_area_id, person_id, amount_ore) VALUES",
                                           row: "(\(batchID), ?, ?, ?, ?)", parameters: 4)
        insertPerson = try RawStatement(db, sql: "INSERT INTO person (pseudonym, case_id) VALUES (?, ?)")
        self.subAreaIDs = subAreaIDs + (unmappedID.map { [$0] } ?? [])
        allowsUnmapped = unmappedID != nil
        rowBefore = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM posting") ?? 0
        knownPersons = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT pseudonym, id FROM person")
        while let row = try cursor.next() { knownPersons[row[0]] = row[1] }
    }

    mutating func accept(_ chunk: PostingChunk) throws {
        pseudonyms += chunk.pseudonyms
        for row in chunk.rows { try write(row) }
    }

    private mutating func write(_ row: PostingRow) throws {
        // An unmapped line without --allow-unmapped: the reader will refuse the file, so it is
        // not written at all.
        let subArea = row.subArea >= 0 ? Int(row.subArea) : subAreaIDs.count - 1
        guard row.subArea >= 0 || allowsUnmapped else { return }
        let person = row.person >= 0 ? try personID(row.person) : nil
        try insertPostings.add(Int64(row.day), subAreaIDs[subArea], person, row.amountOre)
    }

    /// Writes the rows still waiting; returns the rowids of all the postings written.
    mutating func finish() throws -> ClosedRange<Int64>? {
        try insertPostings.finish()
        return insertPostings.written > 0 ? (rowBefore + 1)...(rowBefore + Int64(insertPostings.written)) : nil
    }

    /// The person row of a pseudonym. Pseudonyms are numbered in the order the reader met them,
    /// also on lines that never reach the writer, so any not yet resolved are resolved in order.
    private mutating func personID(_ index: Int32) throws -> Int64 {
        while personIDs.count <= Int(index) {
            let pseudonym = pseudonyms[personIDs.count].bytes
            if let known = knownPersons[Data(pseudonym)] {
                personIDs.append(known)
            } else {
                insertPerson.bind(1, blob: pseudonym)
                insertPerson.bind(2, text: Persons.caseID(forPseudonym: pseudonym).rawValue)
                try insertPerson.step()
                personIDs.append(database.lastInsertedRowID)
                newPersons.insert(database.lastInsertedRowID)
            }
        }
        return personIDs[Int(index)]
    }
}
