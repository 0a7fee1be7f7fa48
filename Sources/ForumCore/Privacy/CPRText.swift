/// Finds numbers in free text that could be CPR numbers, so that no reason, note or name ever
/// stores one and no message ever echoes one (`DOMAIN.md` §8).
///
/// A CPR number is ten digits whose first six are a birth date `ddmmyy`. People write them as
/// `010190-1234`, `0101901234`, `010190 1234` or `01.01.90-1234`, and a paste from a web form can
/// bring fullwidth (`０１０１９０…`) or other scripts' digits. So digits are any Unicode decimal
/// digit, and a number may have one separator (a dash, a space, a dot) between any two digits.
/// Such a number is split at its separators into groups; ten digits that start at the start of
/// a group and end at the end of one, that break only where people break a CPR number, and
/// whose first six are a day and month that exist, are CPR-like. Grouping keeps a CPR next to another number (`sag 12 0101901234`) found, while a
/// 13-digit EAN or an amount like `1.234.567.890` (month 34) is not.
public enum CPRText {
    /// True when `text` holds a CPR-like number.
    public static func contains(_ text: String) -> Bool {
        !cprRanges(in: Array(text.unicodeScalars)).isEmpty
    }

    /// `text` with every digit of every CPR-like number replaced by `x`, separators kept.
    public static func masked(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let ranges = cprRanges(in: scalars)
        guard !ranges.isEmpty else { return text }
        for range in ranges {
            for index in range where digitValue(scalars[index]) != nil { scalars[index] = "x" }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The scalar ranges of the CPR-like numbers in `scalars`.
    private static func cprRanges(in scalars: [Unicode.Scalar]) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        var index = 0
        while index < scalars.count {
            guard digitValue(scalars[index]) != nil else {
                index += 1
                continue
            }
            // One number: digits, with at most one separator between two digits.
            var digits: [(value: Int, position: Int)] = []
            var groupStarts: Set<Int> = [0]
            var end = index
            while end < scalars.count {
                if let value = digitValue(scalars[end]) {
                    digits.append((value, end))
                    end += 1
                } else if isSeparator(scalars[end]), end + 1 < scalars.count, digitValue(scalars[end + 1]) != nil {
                    groupStarts.insert(digits.count)
                    end += 1
                } else {
                    break
                }
            }
            let groupEnds = groupStarts.union([digits.count])
            for start in groupStarts.sorted() where start + 10 <= digits.count && groupEnds.contains(start + 10) {
                let breaks = Set(groupStarts.filter { $0 > start && $0 < start + 10 }.map { $0 - start })
                guard isCPRGrouping(breaks) else { continue }
                let window = digits[start..<(start + 10)].map(\.value)
                if isBirthDate(window) { found.append(digits[start].position...digits[start + 9].position) }
            }
            index = end
        }
        return found
    }

    /// Whether the separators inside ten digits fall where people put them in a CPR number:
    /// between day, month and year, after the date, and in the middle of the last four
    /// (`01.01.90-1234`, `010190 12 34`). A date with a four-digit year followed by a time
    /// (`01.02.2026 10`) breaks after the eighth digit without one after the sixth: not CPR.
    private static func isCPRGrouping(_ breaks: Set<Int>) -> Bool {
        breaks.isSubset(of: [2, 4, 6, 8]) && (!breaks.contains(8) || breaks.contains(6))
    }

    /// Whether `ddmmyy` is a day that exists. Leap years cannot be told without the century, so
    /// 29 February always counts, as in the import's CPR check.
    private static func isBirthDate(_ digits: [Int]) -> Bool {
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        return (1...12).contains(month) && day >= 1 && day <= Month.daysIn(year: 2000, month: month)
    }

    /// The value of any Unicode decimal digit (ASCII, fullwidth, Arabic-Indic, Devanagari, …).
    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", ".", " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}", "\u{FF0D}", "\u{FF0E}", "\u{3000}":
            true
        default:
            false
        }
    }
}
