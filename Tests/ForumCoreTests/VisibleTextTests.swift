import ForumCore
import Testing

/// Stored text never drives the terminal: controls and bidi overrides are shown as their code.
@Suite("Terminal controls in stored text")
struct VisibleTextTests {
    @Test("Controls and bidi overrides are shown as their code", arguments: [
        ("rød \u{1B}[31mtekst", "rød \\u{1B}[31mtekst"),
        ("\u{9B}2J", "\\u{9B}2J"),                          // C1 CSI
        ("a\u{7F}b", "a\\u{7F}b"),
        ("navn \u{202E}gnuldniB", "navn \\u{202E}gnuldniB"),  // right-to-left override
        ("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
        ("linje\u{2028}to", "linje\\u{2028}to"),
        ("to\nlinjer\tind", "to\\u{A}linjer\\u{9}ind"),
        ("Æblegården · 1.234,50 kr. ✓", "Æblegården · 1.234,50 kr. ✓"),
    ])
    func escaped(text: String, shown: String) {
        #expect(VisibleText.escaped(text) == shown)
    }

    @Test("A multi-line note keeps its line breaks and tabs, not its controls")
    func keepingWhitespace() {
        #expect(VisibleText.escaped("to\nlinjer\t\u{1B}", keepingWhitespace: true) == "to\nlinjer\t\\u{1B}")
    }
}
