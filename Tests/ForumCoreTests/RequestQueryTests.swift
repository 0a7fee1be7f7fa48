import Testing
@testable import ForumCore

@Suite("The queue's filter language and the forum queue")
struct RequestQueryTests {
    static let today = day(2026, 11, 25)
    static let requests: [GrantRequest] = {
        var mentor = Fixture.request("IND-1", kroner: 37_500, split: split([("BEV", 60), ("VOK", 20), ("FAM", 20)]))
        mentor.submitted = day(2026, 10, 1)
        var small = Fixture.request("IND-2", kroner: 3_000, sector: "BUF")
        small.law = "SEL52"
        small.offer = "Familiebehandling"
        small.submitted = day(2026, 11, 20)
        small.proposedSplit = .single("BUF")
        var approved = Fixture.request("IND-3", kroner: 50_000, status: .approved)
        approved.submitted = day(2026, 9, 1)
        var deferred = Fixture.request("IND-4", kroner: 20_000, sector: "VOK", status: .deferred)
        deferred.law = "SEL85"
        deferred.submitted = day(2026, 11, 1)
        deferred.proposedSplit = .single("VOK")
        return [mentor, small, approved, deferred]
    }()

    static func ids(_ query: String, all: Bool = true) throws -> [String] {
        RequestQueue.items(requests, policy: .assens, today: today, query: try RequestQuery(parsing: query), all: all)
            .map(\.request.id.rawValue)
    }

    @Test("Filters", arguments: [
        ("", ["IND-3", "IND-1", "IND-4", "IND-2"]),
        ("sektor:BUF", ["IND-2"]),
        ("sektor:vok", ["IND-1", "IND-4"]),
        ("beløb:>25000", ["IND-3", "IND-1", "IND-4"]),
        ("belob:<=18000", ["IND-2"]),
        ("md:>=37.500", ["IND-3", "IND-1"]),
        ("status:afventer", ["IND-1", "IND-4", "IND-2"]),
        ("status:udsat,godkendt", ["IND-3", "IND-4"]),
        ("alder:>14d", ["IND-3", "IND-1", "IND-4"]),
        ("age:<1w", ["IND-2"]),
        ("lov:sel", ["IND-4", "IND-2"]),
        ("familie", ["IND-2"]),
        ("\"jobcenter\" sektor:BEV beløb:>100000", ["IND-3", "IND-1"]),
        ("sektor:BUF,VOK -status:udsat", ["IND-1", "IND-2"]),
        ("-status:afventer", ["IND-3"]),
        ("status:udsat,godkendt -lov:sel", ["IND-3"]),
        ("beløb:<20000,>200000", ["IND-3", "IND-1", "IND-2"]),
        ("md:>=37.500,00", ["IND-3", "IND-1"]),
        ("måned:<5000", ["IND-2"]),
        ("-familie", ["IND-3", "IND-1", "IND-4"]),
    ])
    func filters(query: String, expected: [String]) throws {
        #expect(try Self.ids(query) == expected)
    }

    @Test("Bad filters name what is wrong", arguments: [
        ("farve:rød", QueryError.unknownKey("farve", fields: RequestQuery.language().fields.map(\.name))),
        ("beløb:>mange", .badAmount(">mange")),
        ("status:måske", .badStatus("måske")),
        ("alder:>14x", .badAge(">14x")),
        ("sektor:", .missingValue("sektor")),
        ("status:udsat,foo", .badStatus("foo")),
        ("sektor:XYZ", .unknownValue(field: Phrase(da: "sektor", en: "sector"), value: "XYZ", known: ["BEV", "BUF", "VOK"])),
    ])
    func badFilters(query: String, error: QueryError) {
        #expect(throws: error) { try RequestQuery(parsing: query, sectors: ["BEV", "BUF", "VOK"]) }
    }

    @Test("Without the sectors known, any sector is accepted (and matches what it matches)")
    func sectorsUnknown() throws {
        #expect(try Self.ids("sektor:XYZ").isEmpty)
    }

    @Test("The messages the queue shows keep their wording")
    func messages() {
        let fields = RequestQuery.language().fields.map(\.name)
        #expect(QueryError.unknownKey("farve", fields: fields).phrase.danish
                == "ukendt filter «farve:» (brug sektor:, beløb:, md:, status:, alder: eller lov:)")
        #expect(QueryError.unknownKey("colour", fields: fields).phrase.english
                == "unknown filter «colour:» (use sector:, amount:, monthly:, status:, age: or law:)")
        #expect(RequestQuery.language().hint.danish
                == "fx sektor:BUF beløb:>25000 md:>10000 status:afventer alder:>14d lov:SEL52 eller fritekst")
        #expect(RequestQuery.language().hint.english
                == "e.g. sector:BUF amount:>25000 monthly:>10000 status:pending age:>14d law:SEL52 or free text")
    }

    @Test("The forum queue: pending requests the policy routes to the forum, longest waiting first")
    func forumQueue() throws {
        // IND-1 is above 25.000 kr and a split; IND-4 is 120.000 kr in total; IND-2 is the leader's.
        #expect(try Self.ids("", all: false) == ["IND-1", "IND-4"])
        let items = RequestQueue.items(Self.requests, policy: .assens, today: Self.today)
        #expect(items.first?.routing.reason == .splitPayment)
        #expect(items.first?.waitingDays == 55)
        let summary = RequestQueue.summary(items)
        #expect(summary.count == 2)
        #expect(summary.total == kr(37_500) * 6 + kr(20_000) * 6)
    }
}
