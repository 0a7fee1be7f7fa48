/// The probability that a young person moves to the adult area (DOMAIN §12), as an exact fraction
/// in lowest terms: ⅓ stays ⅓, never 0,33, so that ⅓ of 600.000 kr is exactly 200.000 kr.
public struct Probability: Hashable, Sendable, Comparable {
    public let numerator: Int64
    public let denominator: Int64

    /// Large enough for any share a person types (0,123456 or 1/1000), small enough that amount ×
    /// numerator × days stays far inside 128 bits.
    public static let maximumDenominator: Int64 = 1_000_000

    /// `numerator / denominator` in lowest terms, between 0 and 1.
    public init(_ numerator: Int64, _ denominator: Int64) throws(ProbabilityError) {
        guard denominator > 0 else { throw .zeroDenominator }
        guard numerator >= 0, numerator <= denominator else { throw .outOfRange }
        let divisor = Probability.gcd(numerator, denominator)
        guard denominator / divisor <= Probability.maximumDenominator else { throw .tooPrecise }
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    public static let zero = Probability(unchecked: 0, 1)
    public static let one = Probability(unchecked: 1, 1)

    private init(unchecked numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public var isZero: Bool { numerator == 0 }

    public static func < (lhs: Probability, rhs: Probability) -> Bool {
        Int128(lhs.numerator) * Int128(rhs.denominator) < Int128(rhs.numerator) * Int128(lhs.denominator)
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? Swift.max(a, 1) : gcd(b, a % b) }
}

extension Probability: CustomStringConvertible {
    /// `1/3`, `1` or `0`: the form files and JSON carry.
    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }
}

extension Probability: Codable {
    /// Encoded as its description ("1/3"), so JSON never carries a rounded decimal.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Probability(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a probability: \(text)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Probability {
    private static let vulgarFractions: [Character: (Int64, Int64)] = [
        "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
        "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
    ]

    /// Reads a probability as people type it: `½`, `1/3`, `0,5` (or `0.5`), `50 %`, `33,5%`, `1`, `0`.
    public init(parsing text: String) throws(ProbabilityError) {
        let compact = text.filter { !$0.isWhitespace }
        guard !compact.isEmpty else { throw .empty }
        if compact.count == 1, let character = compact.first, let fraction = Probability.vulgarFractions[character] {
            self = Probability(unchecked: fraction.0, fraction.1)
            return
        }
        if compact.hasSuffix("%") {
            let decimal = try Probability.decimal(String(compact.dropLast()), original: text)
            self = try Probability(decimal.numerator, decimal.denominator * 100)
            return
        }
        let parts = compact.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let numerator = Probability.digits(parts[0]), let denominator = Probability.digits(parts[1]) else {
                throw .unreadable(text)
            }
            self = try Probability(numerator, denominator)
            return
        }
        guard parts.count == 1 else { throw .unreadable(text) }
        let decimal = try Probability.decimal(compact, original: text)
        self = try Probability(decimal.numerator, decimal.denominator)
    }

    /// `0,125` → 125/1000; at most six decimals.
    private static func decimal(_ text: String, original: String) throws(ProbabilityError) -> (numerator: Int64, denominator: Int64) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
        guard parts.count <= 2, let whole = digits(parts[0]) else { throw .unreadable(original) }
        guard parts.count == 2 else { return (whole, 1) }
        guard parts[1].count <= 6, let fraction = digits(parts[1]) else {
            throw parts[1].count > 6 ? .tooPrecise : .unreadable(original)
        }
        var denominator: Int64 = 1
        for _ in 0..<parts[1].count { denominator *= 10 }
        return (whole * denominator + fraction, denominator)
    }

    /// One to seven ASCII digits (larger numbers are never a probability's parts).
    private static func digits(_ text: Substring) -> Int64? {
        guard (1...7).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text)
    }
}

/// What is wrong with a typed probability.
public enum ProbabilityError: Error, Hashable, Sendable, UserFacingError {
    case empty
    case unreadable(String)
    case zeroDenominator
    /// Below 0 or above 1 (100 %).
    case outOfRange
    case tooPrecise

    public var phrase: Phrase {
        switch self {
        case .empty: Strings.probabilityEmpty
        case .unreadable(let text): Strings.probabilityUnreadable(text)
        case .zeroDenominator: Strings.probabilityZeroDenominator
        case .outOfRange: Strings.probabilityOutOfRange
        case .tooPrecise: Strings.probabilityTooPrecise
        }
    }
}
