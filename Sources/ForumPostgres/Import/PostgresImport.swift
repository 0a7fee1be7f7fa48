import ForumCore
import ForumStore
import Foundation
import PostgresNIO

extension PostgresDatabase {
    /// Imports a file in one transaction that also appends one audit event: either every line
    /// is good and all of it is stored, or nothing is (`ImportFailure` lists the problems).
    /// CPR numbers become pseudonyms under `key` as they are read and are never stored.
    func importFile(_ kind: ImportKind, from source: ImportSource, key: PseudonymKey, options: ImportOptions,
                    context: CommandContext, progress: (@Sendable (ImportProgress) -> Void)?) async throws -> ImportReport {
        try CommandRules.importFile(context: context)
        return try await write { connection in
            let report: ImportReport
            let batch: Int64
            if kind == .postings {
                (report, batch) = try await PostgresFileImport.postings(connection, source: source, key: key, options: options,
                                                                        context: context, progress: progress)
            } else {
                (report, batch) = try await PostgresFileImport.table(connection, kind, source: source, key: key,
                                                                     options: options, context: context)
            }
            try await PostgresAuditTrail.append(connection, actor: context.user, at: context.at,
                                                action: "import.\(kind.rawValue)", entity: "import:\(batch)",
                                                after: ImportAuditRecord(report))
            return report
        }
    }
}

/// The two ways a file goes into the database, inside the caller's transaction (as ForumSQLite's
/// `FileImport`; reading and checking the file is the store's, shared by both backends).
enum PostgresFileImport {
    static func postings(_ connection: PostgresConnection, source: ImportSource, key: PseudonymKey, options: ImportOptions,
                         context: CommandContext,
                         progress: (@Sendable (ImportProgress) -> Void)?) async throws -> (ImportReport, Int64) {
        let rows = try await connection.fetchAll(StoredSubArea.self, """
            SELECT id, code, name, sector_code FROM sub_area WHERE sector_code IS NOT NULL ORDER BY id
            """)
        let unmapped = options.allowUnmapped ? try await unmappedSubArea(connection) : nil
        let batch = try await PostgresImportBatches.begin(connection, kind: .postings, fileName: fileName(source),
                                                          context: context)
        let reader = PostingsReader(subAreas: rows.compactMap(\.subArea), allowUnmapped: options.allowUnmapped,
                                    problemLimit: options.problemLimit)
        let (summary, copied) = try await PostingCopy.run(connection, batchID: batch, subAreaIDs: rows.map(\.id),
                                                          unmappedID: unmapped) { sink in
            try reader.read(source, key: key, into: &sink, progress: progress)
        }
        let months = summary.firstDay.flatMap { first in summary.lastDay.map { first.calendarMonth.ordinal...$0.calendarMonth.ordinal } }
        let replaced = try await replaceEarlier(connection, .postings, source: source, fingerprint: summary.fingerprint,
                                                months: months, batch: batch, options: options)
        try await PostgresMonthlyTotals.add(summary.totals, connection, subAreaIDs: copied.subAreaIDs,
                                            personIDs: copied.personIDs, newPersons: copied.newPersons)
        try await PostgresImportBatches.finish(connection, id: batch, fingerprint: summary.fingerprint, lines: summary.lines,
                                               firstDay: summary.firstDay, lastDay: summary.lastDay)
        return (ImportReport(postings: summary, file: source.name, replaced: replaced), batch)
    }

    static func table(_ connection: PostgresConnection, _ kind: ImportKind, source: ImportSource, key: PseudonymKey,
                      options: ImportOptions, context: CommandContext) async throws -> (ImportReport, Int64) {
        let file = try TableImport.read(kind, from: source, reference: try await reference(connection),
                                        pseudonymizer: Pseudonymizer(key: key), problemLimit: options.problemLimit)
        let batch = try await PostgresImportBatches.begin(connection, kind: kind, fileName: fileName(source), context: context)
        let replaced = try await replaceEarlier(connection, kind, source: source, fingerprint: file.fingerprint, months: nil,
                                                batch: batch, options: options)
        try await PostgresTableWriter.write(connection, file.table, file: source.name, context: context)
        try await PostgresImportBatches.finish(connection, id: batch, fingerprint: file.fingerprint, lines: file.table.count)
        var report = ImportReport(kind, table: file, name: source.name, replaced: replaced)
        if case .youths(let lines) = file.table {
            var youths: [Youth] = []
            for line in lines {
                if let youth = try await PostgresRepository.youth(connection, case: line.youth.caseID) { youths.append(youth) }
            }
            report.youths = youths
        }
        return (report, batch)
    }

    /// Removes the earlier imports the new one replaces (`EarlierImports`) and returns their file names.
    private static func replaceEarlier(_ connection: PostgresConnection, _ kind: ImportKind, source: ImportSource,
                                       fingerprint: String, months: ClosedRange<Int>?, batch: Int64,
                                       options: ImportOptions) async throws -> [String] {
        var overlapping: [ImportBatch] = []
        if let months { overlapping = try await PostgresImportBatches.overlapping(connection, months: months, except: batch) }
        let earlier = try EarlierImports.toReplace(
            same: try await PostgresImportBatches.sameFile(connection, kind: kind, fingerprint: fingerprint, except: batch),
            overlapping: overlapping, source: source, options: options)
        for batch in earlier { try await PostgresImportBatches.remove(connection, batch) }
        return earlier.map(\.fileName)
    }

    /// The organisation as configured: what case lists and budgets are checked against.
    private static func reference(_ connection: PostgresConnection) async throws -> ImportReference {
        ImportReference(
            sectors: Set(try await connection.values(String.self, "SELECT code FROM sector").map { SectorCode($0) }),
            subAreas: try await connection.fetchAll(StoredSubArea.self, """
                SELECT id, code, name, sector_code FROM sub_area WHERE sector_code IS NOT NULL ORDER BY id
                """).compactMap(\.subArea),
            laws: try await connection.fetchAll(StoredLaw.self, "SELECT code, name, default_payer FROM law").map(\.law),
            offers: Set(try await connection.values(String.self, "SELECT id FROM offer").map { OfferID($0) }))
    }

    /// The sub-area of unmapped accounts, created the first time it is needed.
    private static func unmappedSubArea(_ connection: PostgresConnection) async throws -> Int64 {
        try await connection.execute("""
            INSERT INTO sub_area (code, name, sector_code) VALUES (\(UnmappedAccounts.subAreaCode),
                \(Strings.unmappedSubAreaName.danish), NULL)
            ON CONFLICT (code) DO NOTHING
            """)
        return try await connection.value(Int64.self, "SELECT id FROM sub_area WHERE code = \(UnmappedAccounts.subAreaCode)") ?? 0
    }

    /// The file's own name, without the directories it was imported from.
    private static func fileName(_ source: ImportSource) -> String {
        (source.path as NSString).lastPathComponent
    }
}
