import Testing
@testable import ForumCore

@Suite("Money: integer øre, Danish formatting and parsing")
struct MoneyTests {
    @Test("Danish formatting in every style", arguments: [
        (Money(ore: 123_456_789), MoneyStyle.exact, "1.234.567,89 kr."),
        (Money(kroner: 1_234_567), .natural, "1.234.567 kr."),
        (Money(ore: 123_456_789), .natural, "1.234.567,89 kr."),
        (Money(ore: 658_065), .natural, "6.580,65 kr."),
        (Money(ore: 658_065), .kroner, "6.581 kr."),
        (Money(ore: -1_275), .exact, "-12,75 kr."),
        (Money(ore: -150), .kroner, "-2 kr."),
        (Money(kroner: 25_000), .exact, "25.000,00 kr."),
        (Money(ore: 5), .exact, "0,05 kr."),
        (Money.zero, .natural, "0 kr."),
        (Money(kroner: 1_234_567), .compact, "1,2 mio. kr."),
        (Money(kroner: 1_250_000), .compact, "1,3 mio. kr."),
        (Money(kroner: -3_460_000), .compact, "-3,5 mio. kr."),
        (Money(kroner: 950_000), .compact, "950.000 kr."),
        (Money(kroner: 2_600_000_000), .compact, "2,6 mia. kr."),
        (Money(kroner: 999), .natural, "999 kr."),
        (Money(kroner: 1_000), .natural, "1.000 kr."),
    ])
    func formatting(money: Money, style: MoneyStyle, expected: String) {
        #expect(money.formatted(style) == expected)
    }

    @Test("Formatting without the unit for table columns")
    func formattingWithoutUnit() {
        #expect(Money(ore: 123_456_789).formatted(.exact, unit: false) == "1.234.567,89")
        #expect(Money(kroner: 1_200_000).formatted(.compact, unit: false) == "1,2 mio.")
    }

    @Test("Parsing Danish amounts", arguments: [
        ("1.234,56", Int64(123_456)),
        ("-12,75", -1_275),
        ("25.000 kr.", 2_500_000),
        ("25.000kr", 2_500_000),
        ("25000", 2_500_000),
        ("0,5", 50),
        ("1.234.567,89 kr.", 123_456_789),
        ("  37.500,00  ", 3_750_000),
        ("1,2 mio. kr.", 120_000_000),
        ("0,75 mio.", 75_000_000),
        ("+7", 700),
        ("\u{2212}4,10", -410),
        ("12 000", 1_200_000),
    ])
    func parsing(text: String, ore: Int64) throws {
        #expect(try Money(parsing: text) == Money(ore: ore))
    }

    @Test("Unparsable text is a typed error", arguments: [
        ("", MoneyError.empty),
        ("kr.", .noDigits),
        ("12a", .unexpectedCharacter("a", position: 3)),
        ("1.23", .misplacedThousandsSeparator),
        ("1.2345", .misplacedThousandsSeparator),
        ("1234.567", .misplacedThousandsSeparator),
        ("1,234", .tooManyDecimals),
        (",5", .unexpectedCharacter(",", position: 1)),
        ("12,", .noDigits),
        ("1,2,3", .unexpectedCharacter(",", position: 4)),
        ("99999999999999999999", .overflow),
        ("92.233.720.368.547.758,08", .overflow),
    ])
    func parsingErrors(text: String, error: MoneyError) {
        #expect(throws: error) { try Money(parsing: text) }
    }

    @Test("Checked arithmetic reports overflow instead of trapping")
    func checkedArithmetic() throws {
        #expect(throws: MoneyError.overflow) { try Money(ore: .max).adding(Money(ore: 1)) }
        #expect(throws: MoneyError.overflow) { try Money(ore: .max / 2 + 1).multiplied(by: 2) }
        #expect(try Money(ore: 10).adding(Money(ore: -3)) == Money(ore: 7))
    }

    @Test("Rounding is half away from zero", arguments: [
        (Int64(5), Int64(2), Int64(3)),
        (-5, 2, -3),
        (4, 3, 1),
        (-4, 3, -1),
        (7, 2, 4),
        (1, 3, 0),
        (2, 3, 1),
        (-2, 3, -1),
    ])
    func rounding(numerator: Int64, denominator: Int64, expected: Int64) {
        #expect(Rounding.divide(numerator, by: denominator) == expected)
    }

    @Test("JSON carries money as integer øre")
    func codable() throws {
        let encoded = try JSONEncoderShim.encode(Money(ore: 123_456))
        #expect(encoded == "123456")
    }
}
