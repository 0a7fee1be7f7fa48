import ForumCore

/// One finance posting as integers, ready to bind to a prepared statement: no strings, no
/// allocation.
public struct PostingRow: Hashable, Sendable {
    /// Days since 1970-01-01.
    public var day: Int32
    /// Index into `PostingsSummary.accounts`.
    public var account: Int32
    /// Index into the sub-areas the reader was given, or -1 for an unmapped account.
    public var subArea: Int32
    /// Index into the pseudonymizer's `pseudonyms`, or -1 when the line names no person.
    public var person: Int32
    public var amountOre: Int64

    public init(day: Int32, account: Int32, subArea: Int32, person: Int32, amountOre: Int64) {
        self.day = day
        self.account = account
        self.subArea = subArea
        self.person = person
        self.amountOre = amountOre
    }
}

/// A run of posting rows in file order, with the pseudonyms first met on the lines they came
/// from: pseudonym number `firstPseudonym + i` is `pseudonyms[i]` (a row's `person`).
public struct PostingChunk: Hashable, Sendable {
    public var rows: [PostingRow] = []
    public var firstPseudonym = 0
    public var pseudonyms: [Pseudonym] = []
}

/// Where the rows of a postings file go while it is read (the database, in one transaction).
/// A sink receives rows only while the file has no problems; once one is found, the import
/// will be refused and the sink is told nothing more. It is called on the caller's thread.
public protocol PostingSink {
    mutating func accept(_ chunk: PostingChunk) throws
}

/// How far a long import has come, for a progress line.
public struct ImportProgress: Hashable, Sendable {
    public var lines: Int
    public var bytesRead: Int64
    public var fileSize: Int64
}

/// What a postings file held: the basis of the import summary and of the unmapped check.
public struct PostingsSummary: Hashable, Sendable {
    /// Data lines read.
    public var lines: Int
    /// Each distinct account with its sub-area, lines and total; `PostingRow.account` indexes it.
    public var accounts: [AccountTally]
    public var firstDay: Day?
    public var lastDay: Day?
    /// Distinct persons (CPR numbers) met.
    public var persons: Int
    /// The file's monthly totals per sub-area and per person; the unmapped accounts' sub-area
    /// index is the number of sub-areas the reader was given.
    public var totals: MonthlyTotals
    /// SHA-256 of the file's bytes, hexadecimal: the same file imported twice is recognised.
    public var fingerprint: String

    /// The accounts no kontoplan prefix matches, most lines first.
    public var unmapped: [AccountTally] {
        accounts.filter { $0.subArea == nil }.sorted { ($0.lines, $1.account) > ($1.lines, $0.account) }
    }

    /// The sum of the postings per sector; unmapped accounts under nil.
    public var totalsBySector: [SectorCode?: Money] {
        var totals: [SectorCode?: Money] = [:]
        for tally in accounts {
            totals[tally.subArea?.sector, default: .zero] += tally.total
        }
        return totals
    }
}
