import ForumCore

/// Imports a file in one write transaction that also appends one audit event: either every
/// line is good and all of it is stored, or nothing is (`ImportFailure` lists the problems).
/// CPR numbers become pseudonyms under `key` as they are read and are never stored.
///
/// Reading and checking the file (`TableImport`, `PostingsReader`) is shared; a backend writes
/// the rows.
public protocol FileImporter: Sendable {
    func importFile(_ kind: ImportKind, from source: ImportSource, key: PseudonymKey, options: ImportOptions,
                    context: CommandContext, progress: (@Sendable (ImportProgress) -> Void)?) async throws -> ImportReport
}

extension FileImporter {
    public func importFile(_ kind: ImportKind, from source: ImportSource, key: PseudonymKey,
                           options: ImportOptions = ImportOptions(), context: CommandContext) async throws -> ImportReport {
        try await importFile(kind, from: source, key: key, options: options, context: context, progress: nil)
    }
}
