/// Stored text as a terminal may show it. Text comes from files and other people's typing, and
/// a terminal obeys what it is sent: an ESC sequence in a note could recolour, move or clear the
/// screen, and a bidi override could show a reason backwards. So controls (C0, C1, DEL, line and
/// paragraph separators) and the bidi embeddings, overrides, isolates and marks are shown as
/// their code, `\u{1B}`, the same in the console and on the command line.
public enum VisibleText {
    /// `text` with every such character replaced by `\u{…}`; line feeds and tabs are kept when
    /// `keepingWhitespace` (a multi-line note in a detail), else escaped too (a table cell).
    public static func escaped(_ text: String, keepingWhitespace: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingWhitespace) }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingWhitespace) {
                shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, _ keepingWhitespace: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: !keepingWhitespace
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
