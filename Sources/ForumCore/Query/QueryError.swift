/// What is wrong with a filter, naming the term as it was typed.
public enum QueryError: Error, Hashable, Sendable, UserFacingError {
    /// A `key:` no field answers to; `fields` are the ones there are.
    case unknownKey(String, fields: [Phrase])
    case missingValue(String)
    /// A value of a field whose values are known, that is not one of them.
    case unknownValue(field: Phrase, value: String, known: [String])
    case badAmount(String)
    case badStatus(String)
    case badAge(String)
    case badProvider(String)
    case badCount(String)

    public var phrase: Phrase {
        switch self {
        case .unknownKey(let key, let fields): Strings.queryUnknownKey(key, fields: fields)
        case .missingValue(let key): Strings.queryMissingValue(key)
        case .unknownValue(let field, let value, let known): Strings.queryUnknownValue(field, value, known: known)
        case .badAmount(let value): Strings.queryBadAmount(value)
        case .badStatus(let value): Strings.queryBadStatus(value)
        case .badAge(let value): Strings.queryBadAge(value)
        case .badProvider(let value): Strings.queryBadProvider(value)
        case .badCount(let value): Strings.queryBadCount(value)
        }
    }
}
