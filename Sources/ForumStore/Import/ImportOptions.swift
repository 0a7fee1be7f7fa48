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
