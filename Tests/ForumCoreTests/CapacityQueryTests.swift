import Testing
@testable import ForumCore

/// The board's filter language and what a capacity command does to the payers' forecasts.
@Suite("Capacity board: filter and forecast effect")
struct CapacityQueryTests {
    static let today = day(2026, 11, 25)
    static let tariff = Tariff(base: kr(40_000))

    static func status(_ id: OfferID, sector: SectorCode, provider: Provider, capacity: Int, occupied: Int,
                       waiting: Int) -> OfferStatus {
        let offer = Offer(id: id, name: "Tilbud \(id)", sector: sector, capacity: capacity, tariff: tariff, provider: provider,
                          placements: (0..<occupied).map {
                              Placement(id: Int64($0), offer: id, caseID: "S-P", from: day(2026, 1, 1), tariff: tariff,
                                        payer: .single(sector))
                          })
        let entries = (0..<waiting).map {
            WaitingListEntry(id: Int64($0), offer: id, caseID: "S-W", priority: 1, since: day(2026, 10, 1))
        }
        return OfferStatus(offer: offer, waiting: entries, today: today)
    }

    static let board = [
        status("BO-1", sector: "VOK", provider: .internal, capacity: 10, occupied: 10, waiting: 2),
        status("BO-2", sector: "VOK", provider: .external, capacity: 6, occupied: 4, waiting: 0),
        status("FAM-1", sector: "BUF", provider: .internal, capacity: 8, occupied: 7, waiting: 1),
    ]

    @Test("Fields: sector, provider, free and waiting; free text; negation", arguments: [
        ("sektor:VOK", ["BO-1", "BO-2"]),
        ("leverandør:ekstern", ["BO-2"]),
        ("provider:internal", ["BO-1", "FAM-1"]),
        ("ledig:>0", ["BO-2", "FAM-1"]),
        ("venteliste:>0", ["BO-1", "FAM-1"]),
        ("ledig:>0 venteliste:>0", ["FAM-1"]),
        ("-sektor:VOK", ["FAM-1"]),
        ("fam", ["FAM-1"]),
    ])
    func filter(text: String, expected: [String]) throws {
        let query = try CapacityQuery(parsing: text, sectors: ["VOK", "BUF"])
        #expect(Self.board.filter(query.matches).map(\.id.rawValue) == expected)
    }

    @Test("Bad values are named")
    func bad() {
        #expect(throws: QueryError.badProvider("måske")) { try CapacityQuery(parsing: "leverandør:måske") }
        #expect(throws: QueryError.badCount(">mange")) { try CapacityQuery(parsing: "ledig:>mange") }
    }

    @Test("The board's figures: longest wait and the recommended next")
    func figures() {
        #expect(Self.board[0].longestWaitDays == 55)
        #expect(Self.board[0].recommended == nil)
        #expect(Self.board[2].recommended?.entry.id == 0)
        #expect(Self.board[1].longestWaitDays == nil)
    }

    @Test("The effect on each payer and budget year: added, ended, none")
    func effect() {
        let placement = Placement(id: 1, offer: "BO-1", caseID: "S-A", from: day(2026, 12, 1), until: day(2027, 2, 28),
                                  tariff: Self.tariff, payer: split([("VOK", 3), ("BEV", 1)]))
        let added = PlacementEffect(before: CommitmentSchedule(lines: []), after: placement.commitments(budgetYear: 2026))
        #expect(added.lines == [
            .init(sector: "VOK", year: 2026, change: kr(30_000)), .init(sector: "VOK", year: 2027, change: kr(60_000)),
            .init(sector: "BEV", year: 2026, change: kr(10_000)), .init(sector: "BEV", year: 2027, change: kr(20_000)),
        ])
        var ended = placement
        ended.until = day(2026, 12, 31)
        let ending = PlacementEffect(before: placement.commitments(budgetYear: 2026), after: ended.commitments(budgetYear: 2026))
        #expect(ending.lines == [.init(sector: "VOK", year: 2027, change: kr(-60_000)),
                                 .init(sector: "BEV", year: 2027, change: kr(-20_000))])
        #expect(PlacementEffect(before: ended.commitments(budgetYear: 2026), after: ended.commitments(budgetYear: 2026)).lines.isEmpty)
    }
}

@Suite("Occupancy per month")
struct OccupancyHistoryTests {
    @Test("The last 12 and next 6 months from ended, running and known future placements, on each month's last day")
    func history() {
        let tariff = Tariff(base: kr(40_000))
        let placements = [
            Placement(id: 1, offer: "BO-1", caseID: "S-A", from: day(2025, 1, 1), tariff: tariff, payer: .single("VOK")),
            Placement(id: 2, offer: "BO-1", caseID: "S-B", from: day(2026, 3, 10), until: day(2026, 6, 30), tariff: tariff,
                      payer: .single("VOK")),
            Placement(id: 3, offer: "BO-1", caseID: "S-C", units: 2, from: day(2027, 2, 1), tariff: tariff, payer: .single("VOK")),
        ]
        let offer = Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 2, tariff: tariff, placements: placements)
        let history = OfferStatus(offer: offer, waiting: [], today: day(2026, 11, 25)).occupancyHistory(today: day(2026, 11, 25))
        #expect(history.count == 19)
        #expect(history.first?.month == month(2025, 11) && history.last?.month == month(2027, 5))
        #expect(history.map(\.occupied) == [1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3])
    }
}

@Suite("The decision queue knows capacity")
struct QueueFullOfferTests {
    @Test("A request for an offer at or over capacity is marked; one for an offer with room, or none, is not")
    func marked() {
        let tariff = Tariff(base: kr(40_000))
        let full = Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 1, tariff: tariff, placements: [
            Placement(id: 1, offer: "BO-1", caseID: "S-A", from: day(2026, 1, 1), tariff: tariff, payer: .single("VOK")),
        ])
        let room = Offer(id: "BO-2", name: "Egebo", sector: "VOK", capacity: 2, tariff: tariff)
        let fullOffers = OfferStatus.fullOffers([full, room], on: day(2026, 11, 25))
        #expect(fullOffers == ["BO-1"])
        let requests = ["BO-1", "BO-2", nil].enumerated().map { index, offer in
            GrantRequest(id: RequestID("IND-\(index)"), caseID: "S-B", requestingUnit: "Myndighed", requestedBy: "Sara",
                         sector: "VOK", law: "SEL107", offer: "Botilbud", offerID: offer.map { OfferID($0) },
                         amount: .monthly(rate: kr(45_000), start: day(2027, 1, 1), end: day(2027, 6, 30)),
                         step: .temporaryResidential, proposedSplit: .single("VOK"), reason: "", submitted: day(2026, 11, 1))
        }
        let items = RequestQueue.items(requests, policy: .assens, today: day(2026, 11, 25), all: true, fullOffers: fullOffers)
        #expect(items.map(\.offerIsFull) == [true, false, false])
    }
}
