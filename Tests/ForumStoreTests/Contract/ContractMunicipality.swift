import ForumCore

/// The small municipality every backend of the contract suite starts from: the same values,
/// whatever stores them. Deliberately given out of order (sectors, requests) so that the reads'
/// ordering is part of the contract.
enum ContractMunicipality {
    static let chair = User(login: "formand", name: "Hanne Formand", roles: [.chair])
    static let chiefBEV = User(login: "bevchef", name: "Bo Beskæftigelse", roles: [.chief], sector: "BEV")
    static let chiefVOK = User(login: "vokchef", name: "Vera Voksen", roles: [.chief], sector: "VOK")
    static let leaderVOK = User(login: "vokleder", name: "Lis Leder", roles: [.leader], sector: "VOK")
    static let economist = User(login: "okonom", name: "Øjvind Økonom", roles: [.economist])
    static let admin = User(login: "admin", name: "Ada Admin", roles: [.administrator])
    static let reader = User(login: "laeser", name: "Lars Læser", roles: [.reader])
    static let users = [reader, chair, chiefBEV, chiefVOK, leaderVOK, economist, admin]

    /// The settings' periodisation: a profile, so that a sub-area without one of its own uses it.
    static let settingsProfile: [Int64] = [5, 5, 10, 10, 10, 10, 5, 10, 10, 10, 10, 5]
    static let botilbudProfile: [Int64] = [10, 10, 10, 10, 10, 10, 5, 5, 10, 10, 10, 0]
    static let settings = ForumSettings(municipality: "Kontraktby Kommune", budgetYear: 2026, policy: .assens,
                                        tolerance: Tolerance(amount: Money(kroner: 400_000), basisPoints: 150),
                                        periodisation: .profile(settingsProfile))

    static let sectors = [
        Sector(code: "VOK", name: "Voksne", chiefLogin: "vokchef"),
        Sector(code: "BEV", name: "Beskæftigelse", chiefLogin: "bevchef"),
        Sector(code: "FAM", name: "Familiebehandling"),
        Sector(code: "BUF", name: "Børn og unge"),
    ]
    static let subAreas = [
        SubArea(code: "5.68.90", name: "Mentor", sector: "BEV"),
        SubArea(code: "5.38.52", name: "Botilbud", sector: "VOK"),
        SubArea(code: "5.28.23", name: "Familiebehandling", sector: "FAM"),
    ]
    static let laws = [
        LawBasis(code: "SEL108", name: "Serviceloven § 108", defaultPayer: "VOK"),
        LawBasis(code: "LAB", name: "Lov om en aktiv beskæftigelsesindsats", defaultPayer: "BEV"),
    ]

    /// Five citizens by pseudonym; a case id is `P-` and the first five bytes in hex.
    static let pseudonyms: [[UInt8]] = [0xAB, 0xCD, 0xEF, 0x12, 0x34].map { Array(repeating: $0, count: 32) }
    static let caseA: CaseID = "P-ABABABABAB"
    static let caseB: CaseID = "P-CDCDCDCDCD"
    static let caseC: CaseID = "P-EFEFEFEFEF"
    static let caseD: CaseID = "P-1212121212"
    static let caseE: CaseID = "P-3434343434"

    static let decidedAt = Timestamp(secondsSinceEpoch: 1_790_000_000)
    static let now = Timestamp(secondsSinceEpoch: 1_795_000_000)

    /// A day written in the suite (constants: a bad one is a bug in the test).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        do {
            return try Day(year: year, month: month, day: day)
        } catch {
            fatalError("bad test date \(year)-\(month)-\(day)")
        }
    }

    static func month(_ year: Int, _ month: Int) -> Month {
        do {
            return try Month(year: year, month: month)
        } catch {
            fatalError("bad test month \(year)-\(month)")
        }
    }

    static func request(_ id: RequestID, case caseID: CaseID, split: PaymentSplit, crossSector: Bool = false,
                        status: RequestStatus = .onAgenda, decision: DecisionRecord? = nil) -> GrantRequest {
        GrantRequest(
            id: id, caseID: caseID, crossSector: crossSector, requestingUnit: "Jobcenter", requestedBy: "Sara Sagsbehandler", sector: "BEV",
            law: "LAB", offer: "Mentor",
            amount: .monthly(rate: Money(kroner: 37_500), start: day(2026, 11, 1), end: day(2027, 4, 30)),
            step: .individualSupport,
            alternatives: [Alternative(description: "Gruppeforløb",
                                       amount: .monthly(rate: Money(kroner: 9_000), start: day(2026, 11, 1), end: day(2027, 4, 30)))],
            proposedSplit: split, reason: "Behov for tæt støtte", submitted: day(2026, 10, 1), status: status,
            decision: decision)
    }

    static let assensSplit = (try? PaymentSplit(parsing: "BEV=60,VOK=20,FAM=20")) ?? .single("BEV")

    /// IND-3 arrives approved by the chief of VOK, paid by VOK alone.
    static let approvedRecord = DecisionRecord(
        id: 1, requestID: "IND-3", decision: Decision(kind: .approve, split: .single("VOK")), previousStatus: .onAgenda,
        decidedBy: "vokchef", decidedByName: "Vera Voksen", at: decidedAt)
    static let requests = [
        request("IND-3", case: caseB, split: .single("VOK"), status: .approved, decision: approvedRecord),
        request("IND-1", case: caseA, split: .single("BEV")),
        // Case A's family enters the cross-sector solution with IND-2, submitted in October.
        request("IND-2", case: caseA, split: assensSplit, crossSector: true),
    ]

    static let skovlyTariff = Tariff(base: Money(kroner: 40_000), service: Money(kroner: 5_000))
    /// Skovly: 3 places, 2 taken since November, the third held by the quota. Aflastning: 40
    /// hours, 6 of them until January, paid by FAM.
    static let offers = [
        Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 3, crossSectorQuota: 1, tariff: skovlyTariff,
              leaderLogin: "vokleder", placements: [
                  Placement(id: 1, offer: "BO-1", caseID: caseD, from: day(2026, 11, 1), tariff: skovlyTariff,
                            payer: .single("VOK")),
                  Placement(id: 2, offer: "BO-1", caseID: caseE, from: day(2026, 11, 1), tariff: skovlyTariff,
                            payer: .single("VOK")),
              ]),
        Offer(id: "AT-1", name: "Aflastning", sector: "VOK", unit: .hoursPerWeek, capacity: 40,
              tariff: Tariff(base: Money(kroner: 600)), provider: .external, placements: [
                  Placement(id: 3, offer: "AT-1", caseID: caseA, units: 6, from: day(2026, 11, 1), until: day(2027, 1, 31),
                            tariff: Tariff(base: Money(kroner: 600)), payer: .single("FAM")),
              ]),
    ]
    /// Entries get ids 1, 2, 3 in this order; the waiting-list order is B (band 1), C, A.
    static let waiting = [
        WaitingListEntry(id: 1, offer: "BO-1", caseID: caseA, priority: 2, since: day(2026, 3, 1), note: "Akut"),
        WaitingListEntry(id: 2, offer: "BO-1", caseID: caseB, crossSector: true, priority: 1, since: day(2026, 5, 1)),
        WaitingListEntry(id: 3, offer: "BO-1", caseID: caseC, priority: 2, since: day(2026, 1, 15)),
    ]

    static let budgets: [String: Money] = ["5.68.90": Money(kroner: 12_000_000), "5.38.52": Money(kroner: 30_000_000)]
    static let profiles: [String: [Int64]] = ["5.38.52": botilbudProfile]
    static let postings: [String: [Money]] = [
        "5.68.90": Array(repeating: Money(kroner: 1_000_000), count: 10) + [.zero, .zero],
        "5.38.52": Array(repeating: Money(kroner: 2_500_000), count: 9) + [.zero, .zero, .zero],
    ]
    /// The day of the last imported posting.
    static let lastPostingDay = day(2026, 10, 24)
    /// Case A's spend per sector by month, booked on each sector's first sub-area: some of it
    /// before the family entered the cross-sector solution in October (VOK's only spend), some
    /// after. Case B spends too, but has no cross-sector request.
    static let caseSpending: [CaseID: [SectorCode: [Money]]] = [
        caseA: ["BEV": spend([1: 5_000, 2: 6_000, 10: 7_000]), "FAM": spend([9: 2_000, 10: 3_000]), "VOK": spend([3: 4_000])],
        caseB: ["VOK": spend([10: 9_000])],
    ]

    /// What cases A and B drew on sectors in 2025, the year before, booked on each sector's first
    /// sub-area: the base of the efficiency targets' saving estimate.
    static let previousCaseSpending: [CaseID: [SectorCode: [Money]]] = [
        caseA: ["BEV": spend([1: 20_000])],
        caseB: ["VOK": spend([3: 100_000, 12: 50_000])],
    ]

    /// Twelve months of spend from kroner by month number.
    static func spend(_ kroner: [Int: Int64]) -> [Money] {
        (1...12).map { Money(kroner: kroner[$0] ?? 0) }
    }
}
