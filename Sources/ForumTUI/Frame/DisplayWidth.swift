/// How many terminal columns text takes: 2 for East Asian wide and emoji characters, 0 for
/// combining marks and invisible format characters, 1 for everything else — Danish letters,
/// `½`, box drawing and the glyphs the console uses (`▲ ▼ ● ✓ ✗ !`).
///
/// Computed from Unicode properties rather than the C library's `wcwidth`, so that frames and
/// their golden text do not depend on the locale a test happens to run in.
public enum DisplayWidth {
    /// The columns of one grapheme cluster (a Swift `Character`): its widest scalar, so a base
    /// letter with combining accents takes one column and an emoji sequence takes two.
    public static func of(_ character: Character) -> Int {
        var widest = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F, character.unicodeScalars.first?.properties.isEmoji == true { return 2 }
            widest = Swift.max(widest, of(scalar))
        }
        return widest
    }

    /// The columns of a string: the sum over its characters.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The columns of a single scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18AFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
