/// How an amount is written. All styles use Danish figures (`1.234.567,89`); English screens
/// use the same figures with English labels, as the municipality's own reports do.
public enum MoneyStyle: Sendable {
    /// Always with øre: `1.234.567,89 kr.`, `25.000,00 kr.`
    case exact
    /// Whole kroner when the øre are zero, else with øre: `25.000 kr.`, `6.580,65 kr.`
    case natural
    /// Rounded to whole kroner: `6.581 kr.`
    case kroner
    /// Millions with one decimal from one million up, else whole kroner: `1,2 mio. kr.`, `950.000 kr.`
    case compact
}

extension Money {
    /// The amount written the Danish way; `unit: false` leaves out ` kr.` for table columns
    /// whose header names the unit.
    public func formatted(_ style: MoneyStyle = .natural, unit: Bool = true) -> String {
        let suffix = unit ? " kr." : ""
        switch style {
        case .exact:
            return Money.digits(ore, decimals: true) + suffix
        case .natural:
            return Money.digits(ore, decimals: ore % 100 != 0) + suffix
        case .kroner:
            return Money.digits(Rounding.divide(ore, by: 100) * 100, decimals: false) + suffix
        case .compact:
            let oreInMillion: Int64 = 100_000_000
            let oreInBillion: Int64 = 1_000 * oreInMillion
            if ore.magnitude >= oreInBillion {
                return Money.tenths(Rounding.divide(ore, by: oreInBillion / 10)) + " mia." + suffix
            }
            if ore.magnitude >= oreInMillion {
                return Money.tenths(Rounding.divide(ore, by: oreInMillion / 10)) + " mio." + suffix
            }
            return Money.digits(Rounding.divide(ore, by: 100) * 100, decimals: false) + suffix
        }
    }

    /// `-1.234.567,89` or `-1.234.567` from øre.
    private static func digits(_ ore: Int64, decimals: Bool) -> String {
        let magnitude = ore.magnitude
        let kroner = grouped(magnitude / 100)
        let sign = ore < 0 ? "-" : ""
        guard decimals else { return sign + kroner }
        let rest = magnitude % 100
        return sign + kroner + "," + (rest < 10 ? "0" : "") + String(rest)
    }

    /// `12` tenths → `1,2`.
    private static func tenths(_ value: Int64) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        return sign + grouped(magnitude / 10) + "," + String(magnitude % 10)
    }

    /// Thousands grouped with dots: `1234567` → `1.234.567`.
    static func grouped(_ value: UInt64) -> String {
        let plain = String(value)
        var result = ""
        result.reserveCapacity(plain.count + plain.count / 3)
        for (index, character) in plain.enumerated() {
            if index > 0 && (plain.count - index) % 3 == 0 { result.append(".") }
            result.append(character)
        }
        return result
    }
}

extension Money: CustomStringConvertible {
    public var description: String { formatted(.exact) }
}
