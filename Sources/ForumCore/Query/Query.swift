/// A filter parsed by a `QueryLanguage`: clauses that must all hold.
///
/// The language is the same on every screen and in the command line's `--filter`: terms
/// separated by spaces all hold; `key:value` compares a field; other words (or "quoted phrases")
/// must occur in the subject's text; `-` before a term negates it; `,` in a value gives
/// alternatives of which one must hold (`sektor:BUF,VOK -status:udsat`).
public struct Query<Subject>: Sendable {
    /// One term of the query: any of its alternatives holds, or (negated) none does.
    public struct Clause: Sendable {
        public let negated: Bool
        let alternatives: [@Sendable (Subject) -> Bool]

        func holds(for subject: Subject) -> Bool {
            alternatives.contains { $0(subject) } != negated
        }
    }

    public let clauses: [Clause]
    /// The text the query was read from, as typed.
    public let source: String

    public init(clauses: [Clause], source: String) {
        self.clauses = clauses
        self.source = source
    }

    /// The query that lets everything through.
    public static var everything: Query { Query(clauses: [], source: "") }

    public var isEmpty: Bool { clauses.isEmpty }

    /// Whether the subject satisfies every clause.
    public func matches(_ subject: Subject) -> Bool {
        clauses.allSatisfy { $0.holds(for: subject) }
    }
}

/// How a value is compared in a `key:value` term: `beløb:>25000`, `alder:<=14d`.
public enum QueryComparison: String, Hashable, Sendable, CaseIterable {
    case less = "<", lessOrEqual = "<=", equal = "=", greaterOrEqual = ">=", greater = ">"

    func holds<T: Comparable>(_ value: T, _ bound: T) -> Bool {
        switch self {
        case .less: value < bound
        case .lessOrEqual: value <= bound
        case .equal: value == bound
        case .greaterOrEqual: value >= bound
        case .greater: value > bound
        }
    }

    /// The comparison a value starts with (equal when none) and the rest of the value.
    static func split(_ value: String) -> (QueryComparison, String) {
        for comparison in [QueryComparison.lessOrEqual, .greaterOrEqual, .less, .greater, .equal]
        where value.hasPrefix(comparison.rawValue) {
            return (comparison, String(value.dropFirst(comparison.rawValue.count)))
        }
        return (.equal, value)
    }
}
