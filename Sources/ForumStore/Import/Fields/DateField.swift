import ForumCore

/// Reads the three date forms of the extracts from bytes into a day number (days since
/// 1970-01-01): `dd-mm-yyyy`, `dd.mm.yyyy` (day and month may have one digit) and ISO
/// `yyyy-mm-dd`.
enum DateField {
    enum Problem: Error, Hashable, Sendable {
        case empty
        /// Not one of the three forms.
        case unreadable
        /// The form is right but the day does not exist, e.g. 31-02-2026.
        case noSuchDay(year: Int, month: Int, day: Int)
        /// Outside `years`: most likely a typing error such as `0226`.
        case yearOutOfRange(Int)
    }

    /// The years a finance or case extract can mean.
    static let years = 1900...2199

    static func parse(_ field: UnsafeBufferPointer<UInt8>) throws(Problem) -> Int {
        var start = 0
        var end = field.count
        while start < end && (field[start] == 0x20 || field[start] == 0x09) { start += 1 }
        while end > start && (field[end - 1] == 0x20 || field[end - 1] == 0x09) { end -= 1 }
        if start == end { throw .empty }

        // Up to three runs of digits and the two separators between them.
        var numbers = (0, 0, 0)
        var lengths = (0, 0, 0)
        var separators: (UInt8, UInt8) = (0, 0)
        var part = 0
        var index = start
        while index < end {
            let byte = field[index]
            if byte >= 48 && byte <= 57 {
                let digit = Int(byte - 48)
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + digit; lengths.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + digit; lengths.1 += 1
                default: numbers.2 = numbers.2 * 10 + digit; lengths.2 += 1
                }
                if lengths.0 > 4 || lengths.1 > 2 || lengths.2 > 4 { throw .unreadable }
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) && part < 2 {
                if part == 0 { separators.0 = byte } else { separators.1 = byte }
                part += 1
            } else {
                throw .unreadable
            }
            index += 1
        }
        guard part == 2, lengths.0 > 0, lengths.1 > 0, lengths.2 > 0, separators.0 == separators.1 else {
            throw .unreadable
        }
        let year: Int, month: Int, day: Int
        if lengths.0 == 4 && lengths.2 <= 2 && separators.0 == UInt8(ascii: "-") {
            (year, month, day) = (numbers.0, numbers.1, numbers.2)
        } else if lengths.0 <= 2 && lengths.2 == 4 {
            (year, month, day) = (numbers.2, numbers.1, numbers.0)
        } else {
            throw .unreadable
        }
        guard years.contains(year) else { throw .yearOutOfRange(year) }
        guard month >= 1 && month <= 12 && day >= 1 && day <= Month.daysIn(year: year, month: month) else {
            throw .noSuchDay(year: year, month: month, day: day)
        }
        return Day.daysSinceEpoch(year: year, month: month, day: day)
    }
}

extension DateField.Problem {
    var phrase: Phrase {
        switch self {
        case .empty: Strings.importValueMissing
        case .unreadable: Strings.importDateUnreadable
        case .noSuchDay: Strings.importDateNoSuchDay
        case .yearOutOfRange: Strings.importDateYearOutOfRange(DateField.years.lowerBound, DateField.years.upperBound)
        }
    }
}
