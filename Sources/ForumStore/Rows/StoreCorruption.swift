import ForumCore

/// A value in the database that this build cannot read: the file was changed by hand or by
/// something else than Chefforum.
public enum StoreCorruption: Error, Hashable, Sendable, UserFacingError {
    case badValue(column: String, value: String)

    public var phrase: Phrase {
        switch self {
        case .badValue(let column, let value): Strings.corruptValue(column: column, value: value)
        }
    }
}
