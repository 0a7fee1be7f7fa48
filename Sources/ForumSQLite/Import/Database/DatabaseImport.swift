import ForumCore
import ForumStore
import Foundation
import GRDB

extension ForumDatabase {
    /// Imports a file in one write transaction that also appends one audit event: either every
    /// line is good and all of it is stored, or nothing is (`ImportFailure` lists the problems).
    /// CPR numbers become pseudonyms under `key` as they are read and are never stored.
    public func importFile(_ kind: ImportKind, from source: ImportSource, key: PseudonymKey,
                           options: ImportOptions = ImportOptions(), context: CommandContext,
                           progress: (@Sendable (ImportProgress) -> Void)? = nil) async throws -> ImportReport {
        try await write { db in
            try CommandRules.importFile(context: context)
            let report: ImportReport
            let batch: Int64
            if kind == .postings {
                (report, batch) = try FileImport.postings(db, source: source, key: key, options: options, context: context,
                                                          progress: progress)
            } else {
                (report, batch) = try FileImport.table(db, kind, source: source, key: key, options: options, context: context)
            }
            try AuditLog.append(db, actor: context.user, at: context.at, action: "import.\(kind.rawValue)",
                                entity: "import:\(batch)", after: ImportAuditRecord(report))
            return report
        }
    }
}

/// The two ways a file goes into the database, inside the caller's transaction.
enum FileImport {
    static func postings(_ db: Database, source: ImportSource, key: PseudonymKey, options: ImportOptions,
                         context: CommandContext, progress: (@Sendable (ImportProgress) -> Void)?) throws -> (ImportReport, Int64) {
        // A bigger page cache for this transaction, so that its pages are written to the journal
        // once at commit rather than spilled again and again (16 MB; restored after).
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -16384")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        let rows = try StoredSubArea.mapped(db)
        let subAreas = rows.compactMap(\.subArea)
        let unmapped = options.allowUnmapped ? try unmappedSubArea(db) : nil
        let batch = try ImportBatchTable.begin(db, kind: .postings, fileName: fileName(source), context: context)
        var writer = try PostingWriter(db, batchID: batch, subAreaIDs: rows.map(\.id), unmappedID: unmapped)
        let summary = try PostingsReader(subAreas: subAreas, allowUnmapped: options.allowUnmapped, problemLimit: options.problemLimit)
            .read(source, key: key, into: &writer, progress: progress)
        let postings = try writer.finish()
        let months = summary.firstDay.flatMap { first in summary.lastDay.map { first.calendarMonth.ordinal...$0.calendarMonth.ordinal } }
        let replaced = try replaceEarlier(db, .postings, source: source, fingerprint: summary.fingerprint, months: months,
                                          batch: batch, options: options)
        try summary.totals.apply(to: db, sign: 1, subAreaIDs: writer.subAreaIDs, personIDs: writer.personIDs,
                                 newPersons: writer.newPersons)
        try ImportBatchTable.finish(db, id: batch, fingerprint: summary.fingerprint, lines: summary.lines,
                                   firstDay: summary.firstDay, lastDay: summary.lastDay, postings: postings)
        return (ImportReport(postings: summary, file: source.name, replaced: replaced), batch)
    }

    static func table(_ db: Database, _ kind: ImportKind, source: ImportSource, key: PseudonymKey,
                      options: ImportOptions, context: CommandContext) throws -> (ImportReport, Int64) {
        let file = try TableImport.read(kind, from: source, reference: try reference(db), pseudonymizer: Pseudonymizer(key: key),
                                        problemLimit: options.problemLimit)
        let batch = try ImportBatchTable.begin(db, kind: kind, fileName: fileName(source), context: context)
        let replaced = try replaceEarlier(db, kind, source: source, fingerprint: file.fingerprint, months: nil, batch: batch,
                                          options: options)
        try TableWriter.write(db, file.table, file: source.name, context: context)
        try ImportBatchTable.finish(db, id: batch, fingerprint: file.fingerprint, lines: file.table.count)
        var report = ImportReport(kind, table: file, name: source.name, replaced: replaced)
        if case .youths(let lines) = file.table {
            report.youths = try lines.compactMap { try SQLiteRepository.youth(db, case: $0.youth.caseID) }
        }
        return (report, batch)
    }

    /// Removes the earlier imports the new one replaces (`EarlierImports`) and returns their file names.
    private static func replaceEarlier(_ db: Database, _ kind: ImportKind, source: ImportSource, fingerprint: String,
                                       months: ClosedRange<Int>?, batch: Int64, options: ImportOptions) throws -> [String] {
        let earlier = try EarlierImports.toReplace(
            same: try ImportBatchTable.sameFile(db, kind: kind, fingerprint: fingerprint, except: batch),
            overlapping: try months.map { try ImportBatchTable.overlapping(db, months: $0, except: batch) } ?? [],
            source: source, options: options)
        for batch in earlier { try ImportBatchTable.remove(db, batch) }
        return earlier.map(\.fileName)
    }

    /// The organisation as configured: what case lists and budgets are checked against.
    private static func reference(_ db: Database) throws -> ImportReference {
        let sectors = Set(try String.fetchAll(db, sql: "SELECT code FROM sector").map { SectorCode($0) })
        let subAreas = try StoredSubArea.mapped(db).compactMap(\.subArea)
        let laws = try StoredLaw.fetchAll(db, sql: "SELECT code, name, default_payer FROM law").map(\.law)
        let offers = Set(try String.fetchAll(db, sql: "SELECT id FROM offer").map { OfferID($0) })
        return ImportReference(sectors: sectors, subAreas: subAreas, laws: laws, offers: offers)
    }

    /// The sub-area of unmapped accounts, created the first time it is needed.
    private static func unmappedSubArea(_ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO sub_area (code, name, sector_code) VALUES (?, ?, NULL) ON CONFLICT (code) DO NOTHING",
                       arguments: [UnmappedAccounts.subAreaCode, Strings.unmappedSubAreaName.danish])
        return try Int64.fetchOne(db, sql: "SELECT id FROM sub_area WHERE code = ?", arguments: [UnmappedAccounts.subAreaCode]) ?? 0
    }

    /// The file's own name, without the directories it was imported from.
    private static func fileName(_ source: ImportSource) -> String {
        (source.path as NSString).lastPathComponent
    }
}
