import ForumCore
import Testing
@testable import ForumStore

@Suite("Field parsers: Danish amounts, three date forms, CPR shape, redaction")
struct FieldParserTests {
    private func amount(_ text: String) -> Result<Int64, AmountField.Problem> {
        Array(text.utf8).withUnsafeBufferPointer { bytes in Result { () throws(AmountField.Problem) in try AmountField.parse(bytes) } }
    }

    private func date(_ text: String) -> Result<Int, DateField.Problem> {
        Array(text.utf8).withUnsafeBufferPointer { bytes in Result { () throws(DateField.Problem) in try DateField.parse(bytes) } }
    }

    private func cpr(_ text: String) -> Result<Int64, CPRField.Problem> {
        Array(text.utf8).withUnsafeBufferPointer { bytes in Result { () throws(CPRField.Problem) in try CPRField.parse(bytes) } }
    }

    @Test("Danish amounts become exact øre", arguments: [
        ("-1.234,56", Int64(-123_456)), ("25000", 2_500_000), ("37.500,00", 3_750_000), ("0,5", 50),
        (" 12,75 ", 1_275), ("+3", 300), ("1.234.567,89", 123_456_789), ("-0,01", -1),
    ])
    func amounts(text: String, ore: Int64) {
        #expect(amount(text) == .success(ore))
    }

    @Test("Bad amounts are exact problems", arguments: [
        ("", AmountField.Problem.empty), ("12,345", .tooManyDecimals), ("1.23,00", .misplacedThousandsSeparator),
        ("1234.56", .misplacedThousandsSeparator), ("12a", .unexpectedCharacter(position: 3)), ("-", .noDigits),
        ("1,", .noDigits), (",5", .unexpectedCharacter(position: 1)), ("12 kr.", .unexpectedCharacter(position: 3)),
        ("99999999999999999999", .overflow),
    ])
    func badAmounts(text: String, problem: AmountField.Problem) {
        #expect(amount(text) == .failure(problem))
    }

    @Test("The byte parser agrees with Money(parsing:) on plain amounts", arguments: [
        "1.234,56", "-12,75", "25000", "0,05", "1.000.000", "7,5",
    ])
    func agreesWithCore(text: String) throws {
        #expect(amount(text) == .success(try Money(parsing: text).ore))
    }

    @Test("Three date forms give the same day number", arguments: ["15-03-2026", "15.03.2026", "2026-03-15", "15.3.2026", " 15-03-2026 "])
    func dates(text: String) throws {
        #expect(date(text) == .success(try Day(year: 2026, month: 3, day: 15).daysSinceEpoch))
    }

    @Test("Bad dates are exact problems", arguments: [
        ("31-02-2026", DateField.Problem.noSuchDay(year: 2026, month: 2, day: 31)), ("29-02-2025", .noSuchDay(year: 2025, month: 2, day: 29)),
        ("2026/03/15", .unreadable), ("15-03.2026", .unreadable), ("2026.03.15", .unreadable), ("15-03-26", .unreadable),
        ("15-13-2026", .noSuchDay(year: 2026, month: 13, day: 15)), ("01-01-0026", .yearOutOfRange(26)), ("", .empty),
    ])
    func badDates(text: String, problem: DateField.Problem) {
        #expect(date(text) == .failure(problem))
    }

    @Test("CPR numbers: ten digits, optional dash after six, a real day and month (29-02 always)", arguments: [
        ("010190-1234", Int64(101_901_234)), ("0101901234", 101_901_234), ("290201-1234", 2_902_011_234), (" 311299-0000 ", 3_112_990_000),
    ])
    func cprNumbers(text: String, packed: Int64) {
        #expect(cpr(text) == .success(packed))
    }

    @Test("Bad CPR numbers are exact problems", arguments: [
        ("321390-1234", CPRField.Problem.impossibleDate), ("011390-1234", .impossibleDate), ("310490-1234", .impossibleDate),
        ("000190-1234", .impossibleDate), ("01019-01234", .shape), ("010190 1234", .shape), ("010190-123", .shape),
        ("01019012345", .shape), ("01a190-1234", .shape), ("", .shape),
    ])
    func badCPRNumbers(text: String, problem: CPRField.Problem) {
        #expect(cpr(text) == .failure(problem))
    }

    @Test("A packed CPR number gives back its ten digits for the keyed hash")
    func digits() {
        #expect(String(decoding: CPRField.digits(101_901_234), as: UTF8.self) == "0101901234")
    }

    @Test("Messages never show a CPR number", arguments: [
        ("010190-1234", "0101xx-xxxx"), ("0101901234", "0101xx-xxxx"), ("01019-01234", "0101xx-xxxx"), ("12345", "xxxxx"), ("ab-12", "ab-xx"),
    ])
    func maskedCPR(text: String, shown: String) {
        #expect(Redaction.maskedCPR(text) == shown)
    }

    @Test("Echoed values mask any run that could be a CPR number", arguments: [
        ("010190-1234", "xxxxxx-xxxx"), ("Borger 0101901234 flyttet", "Borger xxxxxxxxxx flyttet"), ("1.234,56", "1.234,56"),
        ("2026-03-15", "2026-03-15"), (String(repeating: "a", count: 60), String(repeating: "a", count: 39) + "…"),
    ])
    func echo(text: String, shown: String) {
        #expect(Redaction.echo(text) == shown)
    }
}
