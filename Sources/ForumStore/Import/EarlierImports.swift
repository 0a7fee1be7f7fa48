import ForumCore

/// An earlier import, as the store remembers it.
package struct ImportBatch: Hashable, Sendable {
    package var id: Int64
    package var fileName: String
    package var importedAt: Timestamp
    package var importedBy: String
    /// Where a postings import's raw postings are, for a backend that keeps them in a range
    /// (SQLite: their rowids).
    package var postings: ClosedRange<Int64>?

    package init(id: Int64, fileName: String, importedAt: Timestamp, importedBy: String, postings: ClosedRange<Int64>? = nil) {
        self.id = id
        self.fileName = fileName
        self.importedAt = importedAt
        self.importedBy = importedBy
        self.postings = postings
    }
}

/// What a new file may do to the imports before it: nothing is counted twice.
package enum EarlierImports {
    /// Refuses a file imported before (`same`), or postings whose months an earlier import
    /// covers (`overlapping`), unless `--replace` is given; then returns the imports the new
    /// one replaces, for the backend to remove.
    package static func toReplace(same: [ImportBatch], overlapping: [ImportBatch], source: ImportSource,
                                  options: ImportOptions) throws(ImportFailure) -> [ImportBatch] {
        let sameIDs = Set(same.map(\.id))
        let overlapping = overlapping.filter { !sameIDs.contains($0.id) }
        if !options.replace && !(same.isEmpty && overlapping.isEmpty) {
            let problems = ProblemLog(file: source.name, limit: options.problemLimit)
            for earlier in same {
                problems.add(Strings.importAlreadyImported(earlier.fileName, at: earlier.importedAt.danishLocal, by: earlier.importedBy))
            }
            for earlier in overlapping {
                problems.add(Strings.importPeriodOverlaps(earlier.fileName, at: earlier.importedAt.danishLocal, by: earlier.importedBy))
            }
            throw problems.failure
        }
        return same + overlapping
    }
}
