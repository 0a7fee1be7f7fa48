import ForumCore
import Testing

/// What counts as a CPR number in free text, in every form people (and pasted web forms) write it,
/// and the numbers that must not be mistaken for one.
@Suite("CPR numbers in free text")
struct CPRTextTests {
    @Test("Found, in any digit form and grouping", arguments: [
        "010190-1234",
        "0101901234",
        "010190 1234",
        "01.01.90-1234",
        "01 01 90 1234",
        "010190-12 34",
        "borger 010190-1234, se sagen",
        "sag 12 0101901234",
        "290200-1234",                        // 29 February: the century is unknown, so it may exist
        "010190\u{00A0}1234",                 // a no-break space from a word processor
        "010190\u{2013}1234",                 // an en dash
        "０１０１９０－１２３４",              // fullwidth digits and dash
        "٠١٠١٩٠-١٢٣٤",                        // Arabic-Indic digits
        "०१०१९०१२३४",                         // Devanagari digits
        "x0101901234y",
    ])
    func found(text: String) {
        #expect(CPRText.contains(text))
        #expect(!CPRText.contains(CPRText.masked(text)), "masking leaves nothing CPR-like")
    }

    @Test("Not mistaken for one", arguments: [
        "3213901234",          // no 32nd day
        "0113901234",          // no 13th month
        "310490-1234",         // 31 April
        "01019012345",         // eleven digits
        "5798000000000",       // an EAN number
        "1.234.567.890",       // an amount: month 34
        "01.02.2026 10.00",    // a date with a four-digit year and a time
        "010190-123",          // nine digits
        "IND-2026-0197",
        "5.38.52.1",
        "+45 12 34 56 78",     // a phone number: day 45
        "ring 12345678",
        "",
    ])
    func notFound(text: String) {
        #expect(!CPRText.contains(text))
        #expect(CPRText.masked(text) == text)
    }

    @Test("Masking keeps the text around the number and its separators")
    func masking() {
        #expect(CPRText.masked("borger 010190-1234, se sagen") == "borger xxxxxx-xxxx, se sagen")
        #expect(CPRText.masked("sag 12 01.01.90-1234") == "sag 12 xx.xx.xx-xxxx")
        #expect(CPRText.masked("０１０１９０－１２３４") == "xxxxxx－xxxx")
    }
}
