import Testing
@testable import ForumTUI

/// Display widths decide where every later character lands: one wrong width shifts a row.
struct DisplayWidthTests {
    @Test("Danish letters, ½, box drawing and the console's glyphs take one column", arguments: [
        "æ", "ø", "å", "Æ", "Ø", "Å", "½", "─", "│", "┌", "▲", "▼", "●", "✓", "✗", "!", "…", "«", "»", "–",
    ])
    func narrow(_ text: String) {
        #expect(DisplayWidth.of(text) == 1)
    }

    @Test("East Asian wide characters and emoji take two columns", arguments: ["漢", "字", "가", "ｗ", "😀", "✅"])
    func wide(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test("A letter with combining accents is one character of one column")
    func combining() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("a\u{0300}\u{0323}") == 1)
    }

    @Test("Invisible format characters and controls take no column")
    func invisible() {
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of("\u{7}") == 0)
    }

    @Test("A string's width is the sum of its characters'")
    func sums() {
        #expect(DisplayWidth.of("Møde 漢字") == 9)
        #expect(DisplayWidth.of("1.234.567 kr.") == 13)
    }
}
