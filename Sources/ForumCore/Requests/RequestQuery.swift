/// The filter language of the queue, shared by the console's `/` and `--filter` on the command
/// line: `sektor:BUF beløb:>25000 status:afventer alder:>14d lov:SEL52 mentor`.
///
/// Terms are separated by spaces and must all hold. `key:value` terms compare a field; other
/// words (or "quoted phrases") must occur in the id, case, offer, unit, law, sector or reason.
public struct RequestQuery: Hashable, Sendable {
    public enum Comparison: String, Hashable, Sendable {
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
    }

    public enum Term: Hashable, Sendable {
        /// The requesting sector or a paying one.
        case sector(SectorCode)
        /// The grant's total.
        case amount(Comparison, Money)
        /// The monthly rate (or the one-off amount).
        case monthly(Comparison, Money)
        case status(Set<RequestStatus>)
        /// Days waited since submission.
        case age(Comparison, Int)
        /// Law code prefix, case-insensitive: `lov:SEL` matches SEL52 and SEL85.
        case law(String)
        case text(String)
    }

    public let terms: [Term]
    public let source: String

    public init(terms: [Term], source: String = "") {
        self.terms = terms
        self.source = source
    }

    public static let everything = RequestQuery(terms: [])

    public var isEmpty: Bool { terms.isEmpty }

    /// Whether a request satisfies every term.
    public func matches(_ request: GrantRequest, today: Day) -> Bool {
        terms.allSatisfy { term in
            switch term {
            case .sector(let code):
                return request.sector == code || request.currentSplit.sectors.contains(code)
            case .amount(let comparison, let bound):
                return comparison.holds(request.amount.total, bound)
            case .monthly(let comparison, let bound):
                return comparison.holds(request.amount.perMonth, bound)
            case .status(let statuses):
                return statuses.contains(request.status)
            case .age(let comparison, let days):
                return comparison.holds(request.waitingDays(today: today), days)
            case .law(let prefix):
                return request.law.lowercased().hasPrefix(prefix.lowercased())
            case .text(let needle):
                let haystack = [request.id.rawValue, request.caseID.rawValue, request.offer, request.requestingUnit,
                                request.law, request.sector.rawValue, request.reason, request.requestedBy]
                return haystack.contains { $0.lowercased().contains(needle.lowercased()) }
            }
        }
    }
}

extension RequestQuery {
    /// Reads a query, or `QueryError` naming the term that is wrong.
    public init(parsing text: String) throws(QueryError) {
        var terms: [Term] = []
        for word in RequestQuery.words(text) {
            guard let colon = word.firstIndex(of: ":"), !word.hasPrefix("\"") else {
                terms.append(.text(word.replacingQuotes))
                continue
            }
            let key = RequestQuery.normalisedKey(String(word[..<colon]))
            let value = String(word[word.index(after: colon)...]).replacingQuotes
            guard !value.isEmpty else { throw .missingValue(String(word[..<colon])) }
            switch key {
            case "sektor", "sector":
                terms.append(.sector(SectorCode(value)))
            case "beloeb", "belob", "amount", "total":
                let (comparison, rest) = RequestQuery.comparison(value)
                guard let money = try? Money(parsing: rest) else { throw .badAmount(value) }
                terms.append(.amount(comparison, money))
            case "md", "maaned", "maanedsbeloeb", "monthly", "month":
                let (comparison, rest) = RequestQuery.comparison(value)
                guard let money = try? Money(parsing: rest) else { throw .badAmount(value) }
                terms.append(.monthly(comparison, money))
            case "status":
                guard let statuses = RequestQuery.statuses(value) else { throw .badStatus(value) }
                terms.append(.status(statuses))
            case "alder", "age", "ventetid":
                let (comparison, rest) = RequestQuery.comparison(value)
                guard let days = RequestQuery.days(rest) else { throw .badAge(value) }
                terms.append(.age(comparison, days))
            case "lov", "law":
                terms.append(.law(value))
            default:
                throw .unknownKey(String(word[..<colon]))
            }
        }
        self.init(terms: terms, source: text)
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

    static func normalisedKey(_ key: String) -> String {
        key.lowercased().reduce(into: "") { result, character in
            switch character {
            case "ø": result += "oe"
            case "æ": result += "ae"
            case "å": result += "aa"
            default: result.append(character)
            }
        }
    }

    static func comparison(_ value: String) -> (Comparison, String) {
        for comparison in [Comparison.lessOrEqual, .greaterOrEqual, .less, .greater, .equal] where value.hasPrefix(comparison.rawValue) {
            return (comparison, String(value.dropFirst(comparison.rawValue.count)))
        }
        return (.equal, value)
    }

    /// `14`, `14d`, `2u` (weeks), `2w`.
    static func days(_ text: String) -> Int? {
        let lower = text.lowercased()
        if let number = Int(lower) { return number }
        guard let unit = lower.last, let number = Int(lower.dropLast()) else { return nil }
        switch unit {
        case "d": return number
        case "u", "w": return number * 7
        default: return nil
        }
    }

    /// Status words in Danish or English; `afventer`/`pending` means every status still waiting.
    static func statuses(_ text: String) -> Set<RequestStatus>? {
        var result = Set<RequestStatus>()
        for part in text.lowercased().split(separator: ",") {
            switch normalisedKey(String(part)) {
            case "afventer", "pending", "aaben", "open": result.formUnion(RequestStatus.allCases.filter(\.isPending))
            case "indstillet", "submitted": result.insert(.submitted)
            case "dagsorden", "paadagsorden", "onagenda", "on_agenda", "agenda": result.insert(.onAgenda)
            case "godkendt", "approved": result.formUnion([.approved, .approvedTimeLimited])
            case "tidsbegraenset", "timelimited", "approved_time_limited": result.insert(.approvedTimeLimited)
            case "afvist", "rejected": result.insert(.rejected)
            case "udsat", "deferred": result.insert(.deferred)
            case "henvist", "referred": result.insert(.referred)
            case "trukket", "withdrawn": result.insert(.withdrawn)
            case "besluttet", "decided": result.formUnion(RequestStatus.allCases.filter { !$0.isPending })
            default: return nil
            }
        }
        return result.isEmpty ? nil : result
    }
}

extension String {
    fileprivate var replacingQuotes: String { String(filter { $0 != "\"" }) }
}

/// What is wrong with a filter.
public enum QueryError: Error, Hashable, Sendable, UserFacingError {
    case unknownKey(String)
    case missingValue(String)
    case badAmount(String)
    case badStatus(String)
    case badAge(String)

    public var phrase: Phrase {
        switch self {
        case .unknownKey(let key): Strings.queryUnknownKey(key)
        case .missingValue(let key): Strings.queryMissingValue(key)
        case .badAmount(let value): Strings.queryBadAmount(value)
        case .badStatus(let value): Strings.queryBadStatus(value)
        case .badAge(let value): Strings.queryBadAge(value)
        }
    }
}
