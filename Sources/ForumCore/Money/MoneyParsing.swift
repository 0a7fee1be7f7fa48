extension Money {
    /// Reads an amount written the Danish way: `1.234,56`, `-12,75`, `25.000 kr.`, `25000`,
    /// `1,2 mio. kr.`. Thousands dots are optional but, when present, must group in threes;
    /// at most two decimals (a third would hide an English `1,234`). Spaces (also non-breaking)
    /// around the parts are allowed.
    public init(parsing text: String) throws(MoneyError) {
        var scalars = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" })
        if scalars.isEmpty { throw .empty }

        // Unit and magnitude words at the end: "kr.", "kr", "mio.", "mio".
        var millions = false
        func dropSuffix(_ word: String) -> Bool {
            let suffix = Array(word.unicodeScalars)
            guard scalars.count >= suffix.count,
                  Array(scalars[(scalars.count - suffix.count)...]).map({ Character($0).lowercased() })
                    == suffix.map({ Character($0).lowercased() }) else { return false }
            scalars.removeLast(suffix.count)
            return true
        }
        _ = dropSuffix("kr.") || dropSuffix("kr") || dropSuffix("dkk")
        if dropSuffix("mio.") || dropSuffix("mio") { millions = true }
        if scalars.isEmpty { throw .noDigits }

        var negative = false
        var index = 0
        if scalars[0] == "-" || scalars[0] == "\u{2212}" {
            negative = true
            index = 1
        } else if scalars[0] == "+" {
            index = 1
        }

        var kroner: Int64 = 0
        var groupLength = 0
        var groupsSeen = 0
        var sawDigit = false
        var decimals: Int64 = 0
        var decimalCount = 0
        var inDecimals = false

        while index < scalars.count {
            let scalar = scalars[index]
            let position = index + 1
            switch scalar {
            case "0"..."9":
                let digit = Int64(scalar.value - 48)
                sawDigit = true
                if inDecimals {
                    decimalCount += 1
                    if decimalCount > (millions ? 8 : 2) { throw .tooManyDecimals }
                    decimals = decimals * 10 + digit
                } else {
                    groupLength += 1
                    if groupsSeen > 0 && groupLength > 3 { throw .misplacedThousandsSeparator }
                    let (shifted, o1) = kroner.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = shifted.addingReportingOverflow(digit)
                    if o1 || o2 { throw .overflow }
                    kroner = sum
                }
            case ".":
                if inDecimals || groupLength == 0 || (groupsSeen == 0 && groupLength > 3)
                    || (groupsSeen > 0 && groupLength != 3) {
                    throw .misplacedThousandsSeparator
                }
                groupsSeen += 1
                groupLength = 0
            case ",":
                if inDecimals || !sawDigit { throw .unexpectedCharacter(",", position: position) }
                if groupsSeen > 0 && groupLength != 3 { throw .misplacedThousandsSeparator }
                inDecimals = true
            default:
                throw .unexpectedCharacter(Character(scalar), position: position)
            }
            index += 1
        }
        if !sawDigit { throw .noDigits }
        if !inDecimals && groupsSeen > 0 && groupLength != 3 { throw .misplacedThousandsSeparator }
        if inDecimals && decimalCount == 0 { throw .noDigits }

        let total: Int64
        if millions {
            // Decimals of a million, e.g. "1,25 mio." → 1.250.000 kr.
            var fraction = decimals
            for _ in decimalCount..<8 { fraction *= 10 }
            let (kroneOre, o1) = kroner.multipliedReportingOverflow(by: 100_000_000)
            let (sum, o2) = kroneOre.addingReportingOverflow(fraction)
            if o1 || o2 { throw .overflow }
            total = sum
        } else {
            let fraction = decimalCount == 1 ? decimals * 10 : decimals
            let (kroneOre, o1) = kroner.multipliedReportingOverflow(by: 100)
            let (sum, o2) = kroneOre.addingReportingOverflow(fraction)
            if o1 || o2 { throw .overflow }
            total = sum
        }
        self.init(ore: negative ? -total : total)
    }
}

extension MoneyError: UserFacingError {
    public var phrase: Phrase {
        switch self {
        case .overflow:
            Strings.moneyOverflow
        case .empty:
            Strings.moneyEmpty
        case .unexpectedCharacter(let character, let position):
            Strings.moneyUnexpectedCharacter(String(character), position: position)
        case .misplacedThousandsSeparator:
            Strings.moneyMisplacedThousands
        case .tooManyDecimals:
            Strings.moneyTooManyDecimals
        case .noDigits:
            Strings.moneyNoDigits
        }
    }
}
