/// What an id typed by a person names among the ids that exist.
public enum TypedID<ID: StringIdentifier>: Hashable, Sendable {
    case found(ID)
    case notFound
    /// Several ids end with what was typed; they are listed so the person can type more.
    case ambiguous([ID])
}

extension StringIdentifier {
    /// The id `typed` names among `known`: itself; the same in another case (`ind-2026-0197`);
    /// or the one id that ends with it (`0197`, `2026-0197`), as people read ids aloud by their
    /// last digits. Exact matches win over case, and case over suffix, so an id that is also the
    /// end of a longer one is still found.
    public static func resolve(_ typed: String, among known: some Collection<Self>) -> TypedID<Self> {
        let wanted = typed.trimmed
        guard !wanted.isEmpty else { return .notFound }
        if let exact = known.first(where: { $0.rawValue == wanted }) { return .found(exact) }
        let lowered = wanted.lowercased()
        let sameCase = known.filter { $0.rawValue.lowercased() == lowered }
        if sameCase.count == 1 { return .found(sameCase[0]) }
        let ending = known.filter { $0.rawValue.lowercased().hasSuffix(lowered) }.sorted()
        switch ending.count {
        case 0: return .notFound
        case 1: return .found(ending[0])
        default: return .ambiguous(ending)
        }
    }
}
