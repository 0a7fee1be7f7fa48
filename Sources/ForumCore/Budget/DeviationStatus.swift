/// Where a deviation's follow-up stands: noted but not explained, explained, or acted on
/// (the action plan carried out).
public enum DeviationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case open
    case explained
    case actedOn = "acted_on"

    /// The word shown for the status, in both languages.
    public var phrase: Phrase {
        switch self {
        case .open: Strings.deviationOpen
        case .explained: Strings.deviationExplained
        case .actedOn: Strings.deviationActedOn
        }
    }
}
