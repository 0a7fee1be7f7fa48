import ForumCore

/// A value in the database that this build cannot read: it was changed by hand or by something
/// other than Chefforum. `column` is `table.column`; reads never replace such a value by a default.
public enum StoreCorruption: Error, Hashable, Sendable, UserFacingError {
    case badValue(column: String, value: String)

    public var phrase: Phrase {
        switch self {
        case .badValue(let column, let value): Strings.corruptValue(column: column, value: value)
        }
    }
}
