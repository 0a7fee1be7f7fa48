import ForumCore

/// Checks the shape of a CPR number and packs its ten digits into an integer, from bytes, so
/// that a postings import can cache one pseudonym per person without building strings.
///
/// A CPR number is ten digits, with or without a dash after the sixth (`010190-1234`); the
/// first six are the birth date `ddmmyy`. The century digit rule is not applied, so 29 February
/// is accepted in any year: the day and month must exist, nothing more is claimed.
enum CPRField {
    enum Problem: Error, Hashable, Sendable {
        /// Not ten digits with an optional dash after the sixth.
        case shape
        /// Ten digits whose date part is no calendar day, e.g. `3213…`.
        case impossibleDate
    }

    /// The ten digits as one integer (`0101901234` → 101901234), or a problem.
    static func parse(_ field: UnsafeBufferPointer<UInt8>) throws(Problem) -> Int64 {
        var start = 0
        var end = field.count
        while start < end && (field[start] == 0x20 || field[start] == 0x09) { start += 1 }
        while end > start && (field[end - 1] == 0x20 || field[end - 1] == 0x09) { end -= 1 }
        let length = end - start
        guard length == 10 || (length == 11 && field[start + 6] == UInt8(ascii: "-")) else { throw .shape }
        var packed: Int64 = 0
        var digits = 0
        var index = start
        while index < end {
            let byte = field[index]
            if byte >= 48 && byte <= 57 {
                packed = packed * 10 + Int64(byte - 48)
                digits += 1
            } else if !(byte == UInt8(ascii: "-") && index == start + 6) {
                throw .shape
            }
            index += 1
        }
        guard digits == 10 else { throw .shape }
        let day = Int(packed / 100_000_000)
        let month = Int(packed / 1_000_000 % 100)
        // Leap years cannot be told without the century, so 29 February always passes.
        guard month >= 1 && month <= 12 && day >= 1 && day <= Month.daysIn(year: 2000, month: month) else {
            throw .impossibleDate
        }
        return packed
    }

    /// The ten digits of a packed CPR number as ASCII, the input of the keyed hash.
    static func digits(_ packed: Int64) -> [UInt8] {
        var result = [UInt8](repeating: 48, count: 10)
        var rest = packed
        var index = 9
        while index >= 0 {
            result[index] = UInt8(48 + rest % 10)
            rest /= 10
            index -= 1
        }
        return result
    }
}

/// What a message may show of a value that might be a CPR number: never the number itself.
enum Redaction {
    /// The longest value a message echoes; longer ones are cut with `…`.
    static let echoLimit = 40

    /// A value from a CPR column as it may appear in a message: the day and month when it has a
    /// CPR's shape (`0101xx-xxxx`), otherwise every digit masked, so the user sees the shape of
    /// what is wrong and never the number.
    static func maskedCPR(_ text: String) -> String {
        let scalars = Array(text.trimmed.unicodeScalars)
        let digitCount = scalars.filter(isDigit).count
        if digitCount == 10 && scalars.count >= 4 && scalars.prefix(4).allSatisfy(isDigit) {
            return String(String.UnicodeScalarView(scalars.prefix(4))) + "xx-xxxx"
        }
        return String(String.UnicodeScalarView(scalars.map { isDigit($0) ? "x" : $0 })).cut(to: echoLimit)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A value from any other column as a message may echo it: shortened, and with any number
    /// that could be a CPR number masked (`CPRText`), since a shifted column can put a CPR
    /// number where an amount or a date was expected.
    static func echo(_ text: String) -> String {
        CPRText.masked(text.trimmed).cut(to: echoLimit)
    }
}

extension String {
    func cut(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}

extension CPRField.Problem {
    var phrase: Phrase {
        switch self {
        case .shape: Strings.importCPRShape
        case .impossibleDate: Strings.importCPRImpossibleDate
        }
    }
}
