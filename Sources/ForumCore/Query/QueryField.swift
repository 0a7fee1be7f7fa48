/// A field of a query language: its names, an example for help, and how a value of it is read
/// into a test on the subject.
public struct QueryField<Subject>: Sendable {
    public typealias Test = @Sendable (Subject) -> Bool

    /// The name help and error messages use: `sektor` in Danish, `sector` in English.
    public let name: Phrase
    /// A value that shows how the field is written: `BUF`, `>25000`, `afventer`/`pending`.
    public let example: Phrase
    /// Every name the field is known by, normalised (`QueryLanguage.normalised`).
    let keys: Set<String>
    /// Reads a whole value (before `,` splits it) into its alternatives.
    let read: @Sendable (String) throws(QueryError) -> [Test]

    /// A field whose value reads one alternative at a time; `,` separates them.
    public init(_ name: Phrase, aliases: [String] = [], example: Phrase,
                one: @escaping @Sendable (String) throws(QueryError) -> Test) {
        self.init(name, aliases: aliases, example: example) { (value: String) throws(QueryError) -> [Test] in
            var tests: [Test] = []
            for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                let alternative = String(part)
                guard !alternative.isEmpty else { throw .missingValue(name.danish) }
                tests.append(try one(alternative))
            }
            return tests
        }
    }

    init(_ name: Phrase, aliases: [String], example: Phrase,
         read: @escaping @Sendable (String) throws(QueryError) -> [Test]) {
        self.name = name
        self.example = example
        keys = Set(([name.danish, name.english] + aliases).map(QueryLanguage<Subject>.normalised))
        self.read = read
    }
}

extension QueryField {
    /// A value compared with `< <= = >= >`. With `wholeFirst`, the value is first read whole, so
    /// that a Danish decimal comma (`beløb:>1.234,50`) is not taken for two alternatives.
    public static func comparing<Value: Comparable & Sendable>(
        _ name: Phrase, aliases: [String] = [], example: Phrase, wholeFirst: Bool = false,
        value: @escaping @Sendable (Subject) -> Value, read: @escaping @Sendable (String) -> Value?,
        invalid: @escaping @Sendable (String) -> QueryError
    ) -> QueryField {
        let one = { @Sendable (text: String) throws(QueryError) -> Test in
            let (comparison, rest) = QueryComparison.split(text)
            guard let bound = read(rest) else { throw invalid(text) }
            return { comparison.holds(value($0), bound) }
        }
        let field = QueryField(name, aliases: aliases, example: example, one: one)
        guard wholeFirst else { return field }
        return QueryField(name, aliases: aliases, example: example) { (text: String) throws(QueryError) -> [Test] in
            if read(QueryComparison.split(text).1) != nil { return [try one(text)] }
            return try field.read(text)
        }
    }

    /// A value from a known set of words (`status:afventer`); one word may stand for several values.
    public static func choice<Value: Hashable & Sendable>(
        _ name: Phrase, aliases: [String] = [], example: Phrase,
        value: @escaping @Sendable (Subject) -> Value, words: @escaping @Sendable (String) -> Set<Value>?,
        invalid: @escaping @Sendable (String) -> QueryError
    ) -> QueryField {
        QueryField(name, aliases: aliases, example: example) { (text: String) throws(QueryError) -> Test in
            guard let values = words(QueryLanguage<Subject>.normalised(text)) else { throw invalid(text) }
            return { values.contains(value($0)) }
        }
    }

    /// A code (`sektor:BUF`), compared without regard to case. When the codes that exist are
    /// known, another code is reported instead of silently matching nothing.
    public static func code(
        _ name: Phrase, aliases: [String] = [], example: Phrase, known: [String]?,
        matches: @escaping @Sendable (Subject, String) -> Bool
    ) -> QueryField {
        QueryField(name, aliases: aliases, example: example) { (text: String) throws(QueryError) -> Test in
            let code = text.uppercased()
            if let known, !known.contains(where: { $0.uppercased() == code }) {
                throw .unknownValue(field: name, value: text, known: known)
            }
            return { matches($0, code) }
        }
    }

    /// Text that must start the field's value, without regard to case: `lov:SEL` matches SEL52.
    public static func prefix(_ name: Phrase, aliases: [String] = [], example: Phrase,
                              value: @escaping @Sendable (Subject) -> String) -> QueryField {
        QueryField(name, aliases: aliases, example: example) { (text: String) throws(QueryError) -> Test in
            let prefix = text.lowercased()
            return { value($0).lowercased().hasPrefix(prefix) }
        }
    }
}
