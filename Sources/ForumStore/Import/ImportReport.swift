import ForumCore

/// The sum of a sector's postings in one import; a nil sector is the unmapped accounts.
public struct SectorTotal: Hashable, Sendable, Codable {
    public var sector: SectorCode?
    public var amount: Money
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
    /// The settings and users a configuration file wrote, which its audit event records so that
    /// `audit verify` can compare the stored rows with them (nil for other files).
    package var settings: ForumSettings?
    package var users: [User]?
    /// The youth records a youth list left stored (after the import, version and all), set by the
    /// backend that wrote them: a record the file names is merged with the stored one.
    package var youths: [Youth]?

    /// The report of a postings file: totals per sector by code, the unmapped last.
    package init(postings summary: PostingsSummary, file: String, replaced: [String]) {
        kind = .postings
        self.file = file
        lines = summary.lines
        firstDay = summary.firstDay
        lastDay = summary.lastDay
        totals = summary.totalsBySector
            .map { SectorTotal(sector: $0.key, amount: $0.value) }
            .sorted { ($0.sector?.rawValue ?? "\u{10FFFF}") < ($1.sector?.rawValue ?? "\u{10FFFF}") }
        unmappedLines = summary.unmapped.reduce(0) { $0 + $1.lines }
        self.replaced = replaced
        fingerprint = summary.fingerprint
    }

    /// The report of a file read whole.
    package init(_ kind: ImportKind, table: TableFile, name: String, replaced: [String]) {
        self.kind = kind
        file = name
        lines = table.table.count
        firstDay = nil
        lastDay = nil
        totals = []
        unmappedLines = 0
        self.replaced = replaced
        fingerprint = table.fingerprint
        switch table.table {
        case .settings(let rows): settings = rows.last
        case .users(let rows): users = rows
        default: break
        }
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
    var settings: ForumSettings?
    /// By login, as each user's own events record them.
    var users: [String: UserAuditState]?
    /// By case id, as a youth's own events record it.
    var youths: [String: YouthAuditState]?

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
        settings = report.settings
        users = report.users.map { users in
            Dictionary(users.map { ($0.login, UserAuditState($0)) }, uniquingKeysWith: { _, last in last })
        }
        youths = report.youths.map { youths in
            Dictionary(youths.map { ($0.caseID.rawValue, YouthAuditState($0)) }, uniquingKeysWith: { _, last in last })
        }
    }
}
