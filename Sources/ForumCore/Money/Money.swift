/// An amount of Danish kroner as a whole number of øre.
///
/// Money is never a floating-point number: sums, splits and pro-rata shares must be exact to the
/// øre, so every calculation is integer arithmetic with explicit rounding (see `Rounding`).
/// The arithmetic operators trap on overflow like `Int64` does; amounts that come from outside
/// go through `Money(parsing:)` or the checked operations, which throw `MoneyError.overflow`.
public struct Money: Hashable, Comparable, Sendable {
    public var ore: Int64

    public init(ore: Int64) {
        self.ore = ore
    }

    /// Whole kroner and øre, for amounts written in code and tests (`Money(kroner: 37_500)`).
    public init(kroner: Int64, ore: Int64 = 0) {
        self.ore = kroner * 100 + (kroner < 0 ? -ore : ore)
    }

    public static let zero = Money(ore: 0)

    public var isZero: Bool { ore == 0 }
    public var isNegative: Bool { ore < 0 }
    public var magnitude: Money { Money(ore: ore.magnitude > UInt64(Int64.max) ? Int64.max : abs(ore)) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.ore < rhs.ore }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore + rhs.ore) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore - rhs.ore) }
    public static prefix func - (value: Money) -> Money { Money(ore: -value.ore) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.ore += rhs.ore }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.ore -= rhs.ore }

    /// Adds without trapping: for sums of amounts read from files.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        let (sum, overflow) = ore.addingReportingOverflow(other.ore)
        if overflow { throw .overflow }
        return Money(ore: sum)
    }

    /// Multiplies by a whole number without trapping.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (product, overflow) = ore.multipliedReportingOverflow(by: factor)
        if overflow { throw .overflow }
        return Money(ore: product)
    }

    /// `self × numerator ÷ denominator`, rounded half away from zero to the øre.
    /// Used for pro-rata shares (rate × days ÷ days-in-month) and periodisation.
    public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
        Money(ore: Rounding.divide(Int128(ore) * Int128(numerator), by: Int128(denominator)))
    }

    /// The sum of a sequence of amounts (traps on overflow, like `+`).
    public static func sum<S: Sequence>(_ amounts: S) -> Money where S.Element == Money {
        amounts.reduce(.zero, +)
    }
}

extension Money: Codable {
    /// Encoded as the integer number of øre, so JSON never carries a rounded decimal.
    public init(from decoder: any Decoder) throws {
        ore = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(ore)
    }
}

/// What can go wrong with an amount of money.
public enum MoneyError: Error, Hashable, Sendable {
    /// The amount does not fit in 64 bits of øre (about 92 billion billion kroner).
    case overflow
    case empty
    /// A character that cannot be part of a Danish amount, with its 1-based position.
    case unexpectedCharacter(Character, position: Int)
    /// Thousands separators must group the whole kroner in threes: `1.234.567`.
    case misplacedThousandsSeparator
    /// Øre have at most two digits after the decimal comma.
    case tooManyDecimals
    case noDigits
}
