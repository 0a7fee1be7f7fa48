/// A query language for one kind of subject: its fields and the texts free words are looked for
/// in. Each screen (and the command line) instantiates one; the syntax is the same everywhere.
public struct QueryLanguage<Subject>: Sendable {
    public let fields: [QueryField<Subject>]
    /// The text a free word (or "quoted phrase") must occur in: the subject's texts, lowercased,
    /// one a line (a typed word holds no line break, so it never spans two of them).
    let searchText: @Sendable (Subject) -> String

    public init(fields: [QueryField<Subject>], texts: @escaping @Sendable (Subject) -> [String]) {
        self.init(fields: fields, searchText: { QueryLanguage.searchText(texts($0)) })
    }

    /// A language whose subjects carry their search text made once (`searchText(_:)`), so that a
    /// long list is filtered on every key without lowercasing every row's texts again.
    public init(fields: [QueryField<Subject>], searchText: @escaping @Sendable (Subject) -> String) {
        self.fields = fields
        self.searchText = searchText
    }

    /// The search text of `texts`.
    public static func searchText(_ texts: [String]) -> String {
        texts.map { $0.lowercased() }.joined(separator: "\n")
    }

    /// Reads a query, or `QueryError` naming the term that is wrong.
    public func parse(_ source: String) throws(QueryError) -> Query<Subject> {
        var clauses: [Query<Subject>.Clause] = []
        for word in QueryLanguage.words(source) {
            var term = Substring(word)
            let negated = term.count > 1 && term.hasPrefix("-")
            if negated { term = term.dropFirst() }
            clauses.append(Query.Clause(negated: negated, alternatives: try alternatives(String(term))))
        }
        return Query(clauses: clauses, source: source)
    }

    private func alternatives(_ term: String) throws(QueryError) -> [@Sendable (Subject) -> Bool] {
        guard let colon = term.firstIndex(of: ":"), !term.hasPrefix("\"") else {
            let searchText = searchText
            let needles = term.hasPrefix("\"") ? [term.withoutQuotes]
                : term.split(separator: ",").map { String($0).withoutQuotes }
            return needles.map { needle in
                let lowered = needle.lowercased()
                return { subject in searchText(subject).contains(lowered) }
            }
        }
        let key = String(term[..<colon])
        let value = String(term[term.index(after: colon)...]).withoutQuotes
        guard let field = fields.first(where: { $0.keys.contains(QueryLanguage.normalised(key)) }) else {
            throw .unknownKey(key, fields: fields.map(\.name))
        }
        guard !value.isEmpty else { throw .missingValue(key) }
        return try field.read(value)
    }

    /// What help says about the language, one note a line, in the fields of this language.
    public var help: [Phrase] {
        [Strings.queryHelpFields(examples), Strings.queryHelpSyntax(fields.first.map(example))]
    }

    /// Under an empty filter field: `fx sektor:BUF beløb:>25000 … eller fritekst`.
    public var hint: Phrase { Strings.queryHint(examples) }

    /// `sektor:BUF`, one a field.
    private var examples: [Phrase] { fields.map(example) }

    private func example(_ field: QueryField<Subject>) -> Phrase {
        Phrase(da: field.name.danish + ":" + field.example.danish, en: field.name.english + ":" + field.example.english)
    }

    /// Splits on spaces, keeping "quoted phrases" (and key:"quoted values") together.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == " " && !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A key or word as compared: lower case, with æ ø å spelled `ae oe aa`.
    static func normalised(_ key: String) -> String {
        key.lowercased().reduce(into: "") { result, character in
            switch character {
            case "ø": result += "oe"
            case "æ": result += "ae"
            case "å": result += "aa"
            default: result.append(character)
            }
        }
    }
}

extension String {
    fileprivate var withoutQuotes: String { String(filter { $0 != "\"" }) }
}
