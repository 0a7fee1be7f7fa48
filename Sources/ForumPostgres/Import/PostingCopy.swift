import ForumCore
import ForumStore
import Foundation
import PostgresNIO

/// Streams a postings file into `posting` with `COPY … FROM STDIN`: the reader parses on
/// threads of its own and this sink turns its integer rows into COPY's text format, byte by
/// byte with no strings, in buffers of about a megabyte that one `COPY` sends as they fill.
/// One round trip for the rows, one for the new persons.
///
/// A posting names its person by id, so new persons get their ids here, as they are met: the
/// `person` table is locked against other writers (of new persons) until the import commits,
/// and the ids after the largest one are used; the identity sequence is moved past them.
struct PostingCopy: PostingSink {
    /// What the import needs after the copy: the ids behind the reader's indexes.
    struct Result: Sendable {
        let subAreaIDs: [Int64]
        let personIDs: [Int64]
        let newPersons: Set<Int64>
    }

    private let output: AsyncStream<ByteBuffer>.Continuation
    private var buffer = ByteBuffer()
    private let prefix: [UInt8]
    private let subAreaIDs: [Int64]
    private let allowsUnmapped: Bool
    private var pseudonyms: [Pseudonym] = []
    private let knownPersons: [Data: Int64]
    private var personIDs: [Int64] = []
    private var nextPersonID: Int64
    private(set) var newPersons: [(id: Int64, pseudonym: [UInt8])] = []

    private static let flushSize = 1 << 20

    private init(output: AsyncStream<ByteBuffer>.Continuation, batchID: Int64, subAreaIDs: [Int64], allowsUnmapped: Bool,
                 knownPersons: [Data: Int64], nextPersonID: Int64) {
        self.output = output
        self.subAreaIDs = subAreaIDs
        self.allowsUnmapped = allowsUnmapped
        self.knownPersons = knownPersons
        self.nextPersonID = nextPersonID
        var prefix = ByteBuffer()
        CopyText.appendDecimal(batchID, to: &prefix)
        prefix.writeInteger(UInt8(ascii: "\t"))
        self.prefix = Array(prefix.readableBytesView)
        buffer.reserveCapacity(Self.flushSize + 256)
    }

    /// Copies the postings `read` hands its sink into batch `batchID`, then stores the new
    /// persons; returns what `read` returned and the ids behind the reader's indexes.
    static func run<Summary: Sendable>(_ connection: PostgresConnection, batchID: Int64, subAreaIDs: [Int64],
                                       unmappedID: Int64?,
                                       read: @escaping @Sendable (inout PostingCopy) throws -> Summary)
        async throws -> (Summary, Result) {
        try await connection.execute("LOCK TABLE person IN SHARE ROW EXCLUSIVE MODE")
        var known: [Data: Int64] = [:]
        for try await (pseudonym, id) in try await connection.query("SELECT pseudonym, id FROM person",
                                                                    logger: PostgresConnection.quiet)
            .decode((ByteBuffer, Int64).self) {
            known[Data(pseudonym.readableBytesView)] = id
        }
        let largest = try await connection.value(Int64.self, "SELECT COALESCE(MAX(id), 0) FROM person") ?? 0
        let (stream, output) = AsyncStream<ByteBuffer>.makeStream()
        let sink = PostingCopy(output: output, batchID: batchID, subAreaIDs: subAreaIDs + (unmappedID.map { [$0] } ?? []),
                               allowsUnmapped: unmappedID != nil, knownPersons: known, nextPersonID: largest + 1)
        // The reader blocks its thread until the file is read: a thread of its own, not one of
        // the few that run the tasks (the COPY below among them).
        async let reading = withCheckedContinuation { (continuation: CheckedContinuation<Swift.Result<(Summary, PostingCopy), any Error>, Never>) in
            Thread {
                var sink = sink
                let outcome = Swift.Result { () throws -> (Summary, PostingCopy) in
                    let summary = try read(&sink)
                    try sink.finish()
                    return (summary, sink)
                }
                output.finish()
                continuation.resume(returning: outcome)
            }.start()
        }
        var copyError: (any Error)?
        do {
            try await connection.copyFrom(table: "posting", columns: ["batch_id", "day", "sub_area_id", "person_id", "amount_ore"],
                                          logger: PostgresConnection.quiet) { writer in
                for await chunk in stream { try await writer.write(chunk) }
            }
        } catch {
            copyError = error
        }
        let (summary, finished) = try await reading.get()
        if let copyError { throw copyError }
        try await finished.storeNewPersons(connection)
        return (summary, Result(subAreaIDs: finished.subAreaIDs, personIDs: finished.personIDs,
                                newPersons: Set(finished.newPersons.map(\.id))))
    }

    mutating func accept(_ chunk: PostingChunk) throws {
        pseudonyms += chunk.pseudonyms
        for row in chunk.rows {
            // An unmapped line without --allow-unmapped: the reader will refuse the file, so it is
            // not written at all.
            guard row.subArea >= 0 || allowsUnmapped else { continue }
            let subArea = row.subArea >= 0 ? Int(row.subArea) : subAreaIDs.count - 1
            buffer.writeBytes(prefix)
            CopyText.appendDecimal(Int64(row.day), to: &buffer)
            buffer.writeInteger(UInt8(ascii: "\t"))
            CopyText.appendDecimal(subAreaIDs[subArea], to: &buffer)
            buffer.writeInteger(UInt8(ascii: "\t"))
            if row.person >= 0 {
                CopyText.appendDecimal(personID(row.person), to: &buffer)
            } else {
                buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "N")])
            }
            buffer.writeInteger(UInt8(ascii: "\t"))
            CopyText.appendDecimal(row.amountOre, to: &buffer)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
        if buffer.readableBytes >= Self.flushSize { flush() }
    }

    /// Sends what is left, and gives every pseudonym met an id (the monthly totals name them all).
    private mutating func finish() throws {
        flush()
        if !pseudonyms.isEmpty { _ = personID(Int32(pseudonyms.count - 1)) }
    }

    private mutating func flush() {
        guard buffer.readableBytes > 0 else { return }
        output.yield(buffer)
        buffer = ByteBuffer()
        buffer.reserveCapacity(Self.flushSize + 256)
    }

    /// The person id of pseudonym number `index`; pseudonyms are numbered in the order the
    /// reader met them, so any not yet resolved are resolved in order.
    private mutating func personID(_ index: Int32) -> Int64 {
        while personIDs.count <= Int(index) {
            let pseudonym = pseudonyms[personIDs.count].bytes
            if let known = knownPersons[Data(pseudonym)] {
                personIDs.append(known)
            } else {
                personIDs.append(nextPersonID)
                newPersons.append((nextPersonID, pseudonym))
                nextPersonID += 1
            }
        }
        return personIDs[Int(index)]
    }

    /// Inserts the persons this import met first, with the ids their postings carry (one more
    /// COPY), and moves the identity sequence past them.
    private func storeNewPersons(_ connection: PostgresConnection) async throws {
        guard !newPersons.isEmpty else { return }
        var buffer = ByteBuffer()
        for person in newPersons {
            CopyText.append([.integer(person.id), .blob(person.pseudonym),
                             .text(Persons.caseID(forPseudonym: person.pseudonym).rawValue)], to: &buffer)
        }
        try await connection.copyFrom(table: "person", columns: ["id", "pseudonym", "case_id"], logger: PostgresConnection.quiet) {
            try await $0.write(buffer)
        }
        try await connection.execute("SELECT setval(pg_get_serial_sequence('person', 'id'), \(nextPersonID - 1))")
    }
}
