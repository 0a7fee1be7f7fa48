import Testing
@testable import ForumTUI

/// Cutting, padding and wrapping by display width, never by byte or character count.
struct TextLayoutTests {
    @Test("Cut text ends in an ellipsis within the width")
    func truncate() {
        #expect(TextLayout.truncate("Beskæftigelse", to: 8) == "Beskæft…")
        #expect(TextLayout.truncate("Møde", to: 4) == "Møde")
        #expect(TextLayout.truncate("漢字漢字", to: 5) == "漢字…")
        #expect(TextLayout.truncate("abc", to: 0) == "")
    }

    @Test("Cut from the left keeps the end: file names stay readable")
    func truncateLeading() {
        #expect(TextLayout.truncateLeading("/home/formand/chefforum/demo.sqlite", to: 14) == "…m/demo.sqlite")
    }

    @Test("Fitting pads to the exact width, aligned; money is right-aligned")
    func fit() {
        #expect(TextLayout.fit("12.500", to: 9, alignment: .right) == "   12.500")
        #expect(TextLayout.fit("æø", to: 4) == "æø  ")
        #expect(TextLayout.fit("ab", to: 6, alignment: .centre) == "  ab  ")
        #expect(DisplayWidth.of(TextLayout.fit("漢字漢字", to: 5)) == 5)
    }

    @Test("Wrapping breaks at spaces, keeps newlines, and cuts words longer than a line")
    func wrap() {
        #expect(TextLayout.wrap("Skærmen er ikke bygget endnu", to: 12) == ["Skærmen er", "ikke bygget", "endnu"])
        #expect(TextLayout.wrap("a\nb c", to: 10) == ["a", "b c"])
        #expect(TextLayout.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    }
}
