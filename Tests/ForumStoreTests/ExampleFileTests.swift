import ForumCore
import Testing
@testable import ForumStore

/// The example files of `data/examples` read into the rows they describe.
@Suite("Example files: every kind reads correctly")
struct ExampleFileTests {
    private func table(_ kind: ImportKind, _ file: String, pseudonymizer: Pseudonymizer = Pseudonymizer(key: testKey)) throws -> ImportedTable {
        try TableImport.read(kind, from: TestFiles.example(file), reference: ExampleOrganisation.reference, pseudonymizer: pseudonymizer).table
    }

    @Test("Sectors, sub-areas and laws")
    func organisation() throws {
        guard case .sectors(let sectors) = try table(.sectors, "sectors.csv") else { Issue.record("not sectors"); return }
        #expect(sectors.map(\.code) == ["BEV", "BUF", "VOK", "FAM"])
        #expect(sectors[1] == Sector(code: "BUF", name: "Udsatte børn og unge", chiefLogin: "bufchef"))
        #expect(sectors[3].chiefLogin == nil)
        guard case .subAreas(let subAreas) = try table(.subareas, "subareas.csv") else { Issue.record("not sub-areas"); return }
        #expect(subAreas == ExampleOrganisation.subAreas)
        guard case .laws(let laws) = try table(.laws, "laws.csv") else { Issue.record("not laws"); return }
        #expect(laws == ExampleOrganisation.laws)
    }

    @Test("Users with Danish role names")
    func users() throws {
        guard case .users(let users) = try table(.users, "users.csv") else { Issue.record("not users"); return }
        #expect(users.count == 6)
        #expect(users[1] == User(login: "bufchef", name: "Bjarne Ulriksen", roles: [.chief, .chair], sector: "BUF"))
        #expect(users[4] == User(login: "okonom", name: "Søren Ågård", roles: [.economist]))
        #expect(users[5].roles == [.administrator, .reader])
    }

    @Test("Offers with capacity, quota and tariffs")
    func offers() throws {
        guard case .offers(let offers) = try table(.offers, "offers.csv") else { Issue.record("not offers"); return }
        #expect(offers.count == 4)
        #expect(offers[0] == Offer(id: "BO-SKOVLY", name: "Botilbuddet Skovly", sector: "VOK", capacity: 12, crossSectorQuota: 4,
                                   tariff: Tariff(base: Money(kroner: 48_500), service: Money(kroner: 6_200)),
                                   provider: .internal, leaderLogin: "vokchef"))
        #expect(offers[1].unit == .hoursPerWeek)
        #expect(offers[3].tariff.total == Money(kroner: 27_500))
    }

    @Test("Budgets with an optional monthly profile")
    func budgets() throws {
        guard case .budgets(let budgets) = try table(.budgets, "budgets.csv") else { Issue.record("not budgets"); return }
        #expect(budgets.count == 8)
        #expect(budgets[0] == BudgetLine(year: 2026, sector: "BEV", subArea: "5.68.90", amount: Money(kroner: 12_400_000), periodisation: .even))
        #expect(budgets[3].periodisation == .profile([100_000, 100_000, 110_000, 100_000, 100_000, 90_000, 70_000, 80_000,
                                                        100_000, 110_000, 110_000, 130_000]))
        #expect(budgets[5].amount == Money(ore: 725_050_050))
    }

    @Test("Requests: split, default payer, alternatives, decided statuses; CPR becomes a case id")
    func requests() throws {
        let pseudonymizer = Pseudonymizer(key: testKey)
        guard case .requests(let rows) = try table(.requests, "requests.csv", pseudonymizer: pseudonymizer) else {
            Issue.record("not requests"); return
        }
        #expect(rows.count == 4)
        let mentor = rows[0].request
        #expect(mentor.id == "IND-2026-0142")
        #expect(mentor.caseID == pseudonymizer.pseudonym(forCPR: "010190-2006")?.caseID)
        #expect(mentor.proposedSplit.shareList == "BEV=60,VOK=20,FAM=20")
        #expect(mentor.amount == .monthly(rate: Money(kroner: 37_500), start: try Day(year: 2026, month: 3, day: 1),
                                          end: try Day(year: 2026, month: 8, day: 31)))
        #expect(mentor.alternatives.map(\.description) == ["Mentor 5 timer om ugen", "Gruppeforløb"])
        #expect(mentor.status == .onAgenda && mentor.crossSector && mentor.offerID == "MENTOR-VIRK")
        #expect(mentor.weeklyHours == Hours(whole: 10) && mentor.step == .individualSupport)
        #expect(mentor.reason == "Borgeren er i den tværgående indsats; mentor skal fastholde praktik")
        #expect(rows[1].request.proposedSplit == .single("VOK"))
        let limited = rows[2].request
        #expect(limited.status == .approvedTimeLimited)
        #expect(limited.decision?.decision.validUntil == (try Day(year: 2026, month: 4, day: 30)))
        #expect(limited.decision?.decidedBy == "bufchef")
        #expect(rows[3].request.amount == .oneOff(Money(kroner: 48_000), on: try Day(year: 2026, month: 1, day: 15)))
        #expect(rows[3].request.decision?.decision.kind == .reject)
        #expect(rows[3].request.decision?.decision.note == "Udstyret kan lånes gennem hjælpemiddelcentralen")
    }

    @Test("Waiting lists: the same person gets the same case id as in the requests")
    func waitingList() throws {
        let pseudonymizer = Pseudonymizer(key: testKey)
        guard case .waitingList(let rows) = try table(.waitinglist, "waitinglist.csv", pseudonymizer: pseudonymizer) else {
            Issue.record("not a waiting list"); return
        }
        #expect(rows.count == 4)
        #expect(rows[0].crossSector && rows[0].priority == 1 && rows[0].note == "Akut behov efter udskrivning")
        #expect(rows[1].since == (try Day(year: 2026, month: 1, day: 15)))
        guard case .requests(let requests) = try table(.requests, "requests.csv", pseudonymizer: Pseudonymizer(key: testKey)) else {
            Issue.record("not requests"); return
        }
        #expect(rows[0].caseID == requests[0].request.caseID)
    }

    @Test("Placements: units, a known end, a split payer and a tariff of their own")
    func placements() throws {
        let pseudonymizer = Pseudonymizer(key: testKey)
        guard case .placements(let rows) = try table(.placements, "placements.csv", pseudonymizer: pseudonymizer) else {
            Issue.record("not placements"); return
        }
        #expect(rows.count == 4)
        #expect(rows[0].crossSector && rows[0].units == 1 && rows[0].until == nil && rows[0].payer == nil && rows[0].tariff == nil)
        #expect(rows[1].until == (try Day(year: 2027, month: 1, day: 31)))
        #expect(rows[1].payer == (try PaymentSplit(parsing: "VOK=1,BEV=1")))
        #expect(rows[2].units == 6)
        #expect(rows[2].from == (try Day(year: 2026, month: 2, day: 1)))
        #expect(rows[3].tariff == Tariff(base: Money(kroner: 19_500), service: Money(kroner: 2_500)))
        guard case .waitingList(let waiting) = try table(.waitinglist, "waitinglist.csv", pseudonymizer: pseudonymizer) else {
            Issue.record("not a waiting list"); return
        }
        // The same CPR in both files is the same case.
        #expect(rows[2].caseID == waiting[2].caseID)
    }

    @Test("Postings: amounts per sector, period, persons pseudonymised once each")
    func postings() throws {
        var sink = CollectingSink()
        let summary = try PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: false)
            .read(TestFiles.example("postings.csv"), key: testKey, into: &sink)
        #expect(summary.lines == 7 && sink.rows.count == 7)
        #expect(summary.totalsBySector == ["BEV": Money(kroner: 449_500), "VOK": Money(ore: 7_935_050),
                                           "BUF": Money(ore: -125_075), "FAM": Money(kroner: 13_750)])
        #expect(summary.firstDay == (try Day(year: 2026, month: 1, day: 2)))
        #expect(summary.lastDay == (try Day(year: 2026, month: 2, day: 3)))
        #expect(summary.persons == 3)
        #expect(sink.rows[1].person == sink.rows[2].person && sink.rows[3].person == -1)
        #expect(sink.rows[3].amountOre == -125_075)
    }

    @Test("Windows-1252, CRLF and commas: the same postings as a Danish finance system writes them")
    func windows1252() throws {
        var sink = CollectingSink()
        let summary = try PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: false)
            .read(TestFiles.corpus("windows-1252.csv"), key: testKey, into: &sink)
        #expect(sink.rows.map(\.amountOre) == [123_456, -1_250])
        #expect(summary.totalsBySector == ["BEV": Money(ore: 123_456), "BUF": Money(ore: -1_250)])
        let records = readRecords(TestFiles.corpus("windows-1252.csv").path)
        #expect(records.header[2] == "Beløb")
        #expect(records.records.map { $0[4] } == ["Bøger og blyanter til værksted", "Å-dalens børnehus"])
    }
}
