import ForumCore

/// Reads a Danish amount from bytes into øre, without building a string: the hot loop of a
/// postings import calls it a million times.
///
/// The rules are those of `Money(parsing:)` for files: optional sign, whole kroner with optional
/// thousands dots that must group in threes, optional decimal comma with one or two digits.
/// Spaces around the amount are allowed; units (`kr.`) are not, since no extract writes them.
enum AmountField {
    enum Problem: Error, Hashable, Sendable {
        case empty
        /// A byte that cannot be part of an amount, with its 1-based position in the field.
        case unexpectedCharacter(position: Int)
        case misplacedThousandsSeparator
        case tooManyDecimals
        case noDigits
        case overflow
    }

    static func parse(_ field: UnsafeBufferPointer<UInt8>) throws(Problem) -> Int64 {
        var start = 0
        var end = field.count
        while start < end && (field[start] == 0x20 || field[start] == 0x09) { start += 1 }
        while end > start && (field[end - 1] == 0x20 || field[end - 1] == 0x09) { end -= 1 }
        if start == end { throw .empty }

        var negative = false
        var index = start
        if field[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        } else if field[index] == UInt8(ascii: "+") {
            index += 1
        }

        var kroner: Int64 = 0
        var groupLength = 0
        var groupsSeen = 0
        var sawDigit = false
        var decimals: Int64 = 0
        var decimalCount = 0
        var inDecimals = false

        while index < end {
            let byte = field[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte &- 48)
                sawDigit = true
                if inDecimals {
                    decimalCount += 1
                    if decimalCount > 2 { throw .tooManyDecimals }
                    decimals = decimals * 10 + digit
                } else {
                    groupLength += 1
                    if groupsSeen > 0 && groupLength > 3 { throw .misplacedThousandsSeparator }
                    let (shifted, o1) = kroner.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = shifted.addingReportingOverflow(digit)
                    if o1 || o2 { throw .overflow }
                    kroner = sum
                }
            case UInt8(ascii: "."):
                if inDecimals || groupLength == 0 || (groupsSeen == 0 && groupLength > 3)
                    || (groupsSeen > 0 && groupLength != 3) {
                    throw .misplacedThousandsSeparator
                }
                groupsSeen += 1
                groupLength = 0
            case UInt8(ascii: ","):
                if inDecimals || !sawDigit { throw .unexpectedCharacter(position: index - start + 1) }
                if groupsSeen > 0 && groupLength != 3 { throw .misplacedThousandsSeparator }
                inDecimals = true
            default:
                throw .unexpectedCharacter(position: index - start + 1)
            }
            index += 1
        }
        if !sawDigit { throw .noDigits }
        if !inDecimals && groupsSeen > 0 && groupLength != 3 { throw .misplacedThousandsSeparator }
        if inDecimals && decimalCount == 0 { throw .noDigits }

        let fraction = decimalCount == 1 ? decimals * 10 : decimals
        let (kroneOre, o1) = kroner.multipliedReportingOverflow(by: 100)
        let (total, o2) = kroneOre.addingReportingOverflow(fraction)
        if o1 || o2 { throw .overflow }
        return negative ? -total : total
    }
}

extension AmountField.Problem {
    var phrase: Phrase {
        switch self {
        case .empty: Strings.importValueMissing
        case .unexpectedCharacter(let position): Strings.importAmountUnexpectedCharacter(position: position)
        case .misplacedThousandsSeparator: Strings.importAmountMisplacedThousands
        case .tooManyDecimals: Strings.importAmountTooManyDecimals
        case .noDigits: Strings.importAmountNoDigits
        case .overflow: Strings.importAmountTooLarge
        }
    }
}
