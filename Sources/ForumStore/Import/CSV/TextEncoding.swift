/// The character encodings import files come in: Danish finance systems still write
/// Windows-1252, newer exports and spreadsheets UTF-8.
public enum TextEncoding: String, Hashable, Sendable {
    case utf8
    case windows1252
}

/// Byte-level checks and decoding for the two encodings.
enum EncodingBytes {
    /// The length of the valid UTF-8 sequence that starts with the non-ASCII byte at `start`,
    /// or 0 when the bytes there are not UTF-8 (RFC 3629: no overlong forms, no surrogates,
    /// nothing above U+10FFFF). `end` bounds the bytes that may be read.
    static func utf8SequenceLength(_ bytes: UnsafePointer<UInt8>, at start: Int, end: Int) -> Int {
        let lead = bytes[start]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard start + length <= end else { return 0 }
        let second = bytes[start + 1]
        guard second >= low && second <= high else { return 0 }
        var index = start + 2
        while index < start + length {
            guard bytes[index] & 0xC0 == 0x80 else { return 0 }
            index += 1
        }
        return length
    }

    /// Bytes that Windows-1252 leaves undefined: a file holding one is not Windows-1252.
    static func isUndefinedInWindows1252(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }

    /// Decodes bytes in the given encoding. The reader has already checked them, so a bad byte
    /// here can only be one it reported; it becomes U+FFFD rather than a crash.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(windows1252Scalar(byte))
            }
            return String(scalars)
        }
    }

    /// Windows-1252 is Latin-1 except for 0x80–0x9F, where it has typographic characters.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80 && byte <= 0x9F else { return Unicode.Scalar(byte) }
        let value = high1252[Int(byte - 0x80)]
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let high1252: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// `0xE6`: how a byte is named in a message.
    static func hex(_ byte: UInt8) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
