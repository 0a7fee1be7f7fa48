import Testing
@testable import ForumCore

@Suite("A probability is typed as people write it and stored exactly (DOMAIN §12)")
struct ProbabilityTests {
    @Test("Readable forms give the exact fraction in lowest terms", arguments: [
        ("½", "1/2"), ("1/3", "1/3"), ("2/6", "1/3"), ("0,5", "1/2"), ("0.25", "1/4"), ("50 %", "1/2"),
        ("33,5%", "67/200"), (" 1 ", "1"), ("0", "0"), ("⅔", "2/3"), ("100 %", "1"),
    ])
    func reads(text: String, expected: String) throws {
        #expect(try Probability(parsing: text).description == expected)
    }

    @Test("Unreadable or impossible probabilities are refused with the reason", arguments: [
        ("", ProbabilityError.empty), ("høj", .unreadable("høj")), ("-1/2", .unreadable("-1/2")), ("1/0", .zeroDenominator),
        ("3/2", .outOfRange), ("150 %", .outOfRange), ("1,5", .outOfRange), ("0,1234567", .tooPrecise), ("1/2/3", .unreadable("1/2/3")),
    ])
    func refuses(text: String, error: ProbabilityError) {
        #expect(throws: error) { try Probability(parsing: text) }
    }

    @Test("JSON carries the fraction as text, never a rounded decimal")
    func json() throws {
        #expect(try JSONEncoderShim.encode([Probability(parsing: "⅓")]) == #"["1\/3"]"#)
    }
}
