import Testing
@testable import ForumCore

/// The generic query engine: one syntax (fields, comparisons, free text, `-` negation, `,`
/// alternatives, quoted phrases) for any subject, with the subject's own fields.
@Suite("The query engine")
struct QueryLanguageTests {
    /// A subject that is not a request, to show that the engine is generic: an offer's places.
    struct Place: Sendable {
        var name: String
        var sector: String
        var free: Int
    }

    static let places = [
        Place(name: "Skovlyhuset", sector: "VOK", free: 0),
        Place(name: "Familiehuset Egen", sector: "BUF", free: 2),
        Place(name: "Aflastning Birk", sector: "BUF", free: 5),
        Place(name: "Mentorkorps", sector: "BEV", free: 1),
    ]

    static let language = QueryLanguage<Place>(fields: [
        .code(Phrase(da: "sektor", en: "sector"), example: Phrase(da: "BUF", en: "BUF"), known: ["BEV", "BUF", "VOK"]) {
            $0.sector == $1
        },
        .comparing(Phrase(da: "ledige", en: "free"), example: Phrase(da: ">0", en: ">0"), value: \.free,
                   read: { Int($0) }, invalid: QueryError.badAge),
    ]) { [$0.name] }

    static func names(_ query: String) throws -> [String] {
        let parsed = try language.parse(query)
        return places.filter(parsed.matches).map(\.name)
    }

    @Test("Terms, negation, alternatives and phrases", arguments: [
        ("", ["Skovlyhuset", "Familiehuset Egen", "Aflastning Birk", "Mentorkorps"]),
        ("sektor:BUF", ["Familiehuset Egen", "Aflastning Birk"]),
        ("sector:buf", ["Familiehuset Egen", "Aflastning Birk"]),
        ("-sektor:BUF", ["Skovlyhuset", "Mentorkorps"]),
        ("sektor:BUF,VOK", ["Skovlyhuset", "Familiehuset Egen", "Aflastning Birk"]),
        ("sektor:BUF,VOK -ledige:0", ["Familiehuset Egen", "Aflastning Birk"]),
        ("ledige:>=2", ["Familiehuset Egen", "Aflastning Birk"]),
        ("ledige:0,>4", ["Skovlyhuset", "Aflastning Birk"]),
        ("huset", ["Skovlyhuset", "Familiehuset Egen"]),
        ("-huset", ["Aflastning Birk", "Mentorkorps"]),
        ("birk,mentor", ["Aflastning Birk", "Mentorkorps"]),
        ("\"huset egen\"", ["Familiehuset Egen"]),
        ("-\"huset egen\" sektor:BUF", ["Aflastning Birk"]),
        ("-", []),
    ])
    func matches(query: String, expected: [String]) throws {
        #expect(try Self.names(query) == expected)
    }

    @Test("Errors name the term: an unknown field lists the fields, an unknown code lists the known ones")
    func errors() {
        #expect(throws: QueryError.unknownKey("farve", fields: Self.language.fields.map(\.name))) {
            try Self.language.parse("sektor:BUF farve:rød")
        }
        #expect(throws: QueryError.unknownValue(field: Phrase(da: "sektor", en: "sector"), value: "XYZ",
                                                known: ["BEV", "BUF", "VOK"])) {
            try Self.language.parse("sektor:BUF,XYZ")
        }
        #expect(throws: QueryError.missingValue("sektor")) { try Self.language.parse("-sektor:") }
        #expect(throws: QueryError.missingValue("ledige")) { try Self.language.parse("ledige:1,") }
        #expect(throws: QueryError.badAge(">mange")) { try Self.language.parse("ledige:>mange") }
    }

    @Test("The messages a user reads")
    func messages() {
        let unknownKey = QueryError.unknownKey("farve", fields: Self.language.fields.map(\.name)).phrase
        #expect(unknownKey.danish == "ukendt filter «farve:» (brug sektor: eller ledige:)")
        #expect(unknownKey.english == "unknown filter «farve:» (use sector: or free:)")
        let unknownValue = QueryError.unknownValue(field: Phrase(da: "sektor", en: "sector"), value: "XYZ",
                                                   known: ["BEV", "BUF"]).phrase
        #expect(unknownValue.danish == "ukendt sektor «XYZ» (kendte: BEV, BUF)")
        #expect(unknownValue.english == "unknown sector «XYZ» (known: BEV, BUF)")
    }

    @Test("Help and the hint are made from the language's own fields")
    func help() {
        #expect(Self.language.hint.danish == "fx sektor:BUF ledige:>0 eller fritekst")
        #expect(Self.language.help.map(\.danish) == [
            "Filter (/): sektor:BUF ledige:>0 og fri tekst; alle led skal passe.",
            "- foran et led udelader (-sektor:BUF) · komma giver alternativer (sektor:BUF,…) · \"flere ord\" søges samlet.",
        ])
        #expect(Self.language.help.first?.english == "Filter (/): sector:BUF free:>0 and free text; every term must hold.")
    }
}
