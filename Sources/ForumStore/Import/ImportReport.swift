import ForumCore

/// How an import treats a file seen before and accounts it cannot map.
public struct ImportOptions: Hashable, Sendable {
    /// Replace the earlier import of the same file, or for postings of overlapping months.
    public var replace: Bool
    /// Book postings whose account matches no kontoplan prefix to the "unmapped" sub-area.
    public var allowUnmapped: Bool
    public var problemLimit: Int

    public init(replace: Bool = false, allowUnmapped: Bool = false, problemLimit: Int = ImportFailure.reportLimit) {
        self.replace = replace
        self.allowUnmapped = allowUnmapped
        self.problemLimit = problemLimit
    }
}

/// The sum of a sector's postings in one import; a nil sector is the unmapped accounts.
public struct SectorTotal: Hashable, Sendable, Codable {
    public var sector: SectorCode?
    public var amount: Money

    package init(sector: SectorCode?, amount: Money) {
        self.sector = sector
        self.amount = amount
    }
}

/// What an import did: what the command's summary says and the audit event records.
public struct ImportReport: Hashable, Sendable {
    public var kind: ImportKind
    public var file: String
    /// Data lines read (rows, for the files that are not postings).
    public var lines: Int
    public var firstDay: Day?
    public var lastDay: Day?
    /// Postings per sector, by sector code, the unmapped last.
    public var totals: [SectorTotal]
    public var unmappedLines: Int
    /// The files of the earlier imports that `--replace` replaced.
    public var replaced: [String]
    public var fingerprint: String

    package init(kind: ImportKind, file: String, lines: Int, firstDay: Day?, lastDay: Day?, totals: [SectorTotal],
                 unmappedLines: Int, replaced: [String], fingerprint: String) {
        self.kind = kind
        self.file = file
        self.lines = lines
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.totals = totals
        self.unmappedLines = unmappedLines
        self.replaced = replaced
        self.fingerprint = fingerprint
    }
}

/// The sub-area that holds postings whose account matched no kontoplan prefix
/// (`import postings --allow-unmapped`); it belongs to no sector.
public enum UnmappedAccounts {
    public static let subAreaCode = "unmapped"
}

/// The audit event of an import: what was imported and what it added up to. Never a CPR number.
package struct ImportAuditRecord: Encodable {
    var kind: String
    var file: String
    var fingerprint: String
    var lines: Int
    var firstDay: String?
    var lastDay: String?
    var totalsOre: [String: Int64]
    var unmappedLines: Int
    var replaced: [String]

    package init(_ report: ImportReport) {
        kind = report.kind.rawValue
        file = report.file
        fingerprint = report.fingerprint
        lines = report.lines
        firstDay = report.firstDay?.description
        lastDay = report.lastDay?.description
        totalsOre = Dictionary(report.totals.map { ($0.sector?.rawValue ?? UnmappedAccounts.subAreaCode, $0.amount.ore) },
                               uniquingKeysWith: +)
        unmappedLines = report.unmappedLines
        replaced = report.replaced
    }
}
