import ForumCore
@testable import ForumTUI

/// Four offers on the pinned day 25.11.2026: Egebo over capacity, Lynghuset full with its quota
/// used, Bostøtten counted in hours with a quota partly used, and Fjordgården (external) with
/// places free; waiting lists on three of them. Vibeke Leder runs Egebo and Bostøtten.
enum CapacityFixture {
    static let leader = User(login: "vokleder", name: "Vibeke Leder", roles: [.leader], sector: "VOK")
    static let chiefVOK = User(login: "vokchef", name: "Vera Voksen", roles: [.chief], sector: "VOK")
    static let since = day(2025, 1, 1)

    static func placements(_ offer: OfferID, _ count: Int, units: Int = 1, crossSector: Int = 0, tariff: Tariff,
                           sector: SectorCode, firstID: Int64) -> [Placement] {
        (0..<count).map { index in
            Placement(id: firstID + Int64(index), offer: offer, caseID: CaseID("P-\(offer.rawValue.filter(\.isLetter).suffix(2))\(1000 + index)"),
                      units: units, from: since, tariff: tariff, payer: .single(sector), crossSector: index < crossSector)
        }
    }

    static let egeboTariff = Tariff(base: Money(kroner: 41_000), service: Money(kroner: 5_200))
    static let lynghusTariff = Tariff(base: Money(kroner: 49_000), service: Money(kroner: 7_500))
    static let hoursTariff = Tariff(base: Money(kroner: 2_250))
    static let fjordTariff = Tariff(base: Money(kroner: 43_500), service: Money(kroner: 6_500))

    /// Egebo: 13 on 12 places since 2025, a 14th from March to June, and one who leaves in February.
    static var egebo: [Placement] {
        var list = placements("BO-EGEBO", 13, crossSector: 2, tariff: egeboTariff, sector: "VOK", firstID: 1)
        list[12].until = day(2027, 2, 28)
        list.append(Placement(id: 14, offer: "BO-EGEBO", caseID: "P-EG2000", from: day(2026, 3, 1), until: day(2026, 6, 30),
                              tariff: egeboTariff, payer: .single("VOK")))
        return list
    }

    static let offers = [
        Offer(id: "BO-EGEBO", name: "Bofællesskabet Egebo", sector: "VOK", capacity: 12, crossSectorQuota: 2,
              tariff: egeboTariff, leaderLogin: "vokleder",
              placements: egebo),
        Offer(id: "DOEGN-LYNGHUS", name: "Døgninstitutionen Lynghuset", sector: "BUF", capacity: 6, crossSectorQuota: 1,
              tariff: lynghusTariff, leaderLogin: "bufleder",
              placements: placements("DOEGN-LYNGHUS", 6, crossSector: 1, tariff: lynghusTariff, sector: "BUF", firstID: 20)),
        Offer(id: "BOSTOTTE-85", name: "Bostøtten § 85", sector: "VOK", unit: .hoursPerWeek, capacity: 60, crossSectorQuota: 12,
              tariff: hoursTariff, leaderLogin: "vokleder",
              placements: placements("BOSTOTTE-85", 11, units: 5, crossSector: 2, tariff: hoursTariff, sector: "VOK", firstID: 30)),
        Offer(id: "BO-EKST-FJORD", name: "Fjordgården (privat)", sector: "VOK", capacity: 6, tariff: fjordTariff,
              provider: .external,
              placements: placements("BO-EKST-FJORD", 4, tariff: fjordTariff, sector: "VOK", firstID: 50)),
    ]

    static let waiting = [
        WaitingListEntry(id: 1, offer: "BO-EGEBO", caseID: "P-E1", priority: 2, since: day(2026, 2, 11)),
        WaitingListEntry(id: 2, offer: "BO-EGEBO", caseID: "P-E2", crossSector: true, priority: 1, since: day(2026, 11, 13)),
        WaitingListEntry(id: 3, offer: "DOEGN-LYNGHUS", caseID: "P-L1", priority: 1, since: day(2026, 10, 1)),
        WaitingListEntry(id: 4, offer: "BOSTOTTE-85", caseID: "P-B1", priority: 1, since: day(2026, 11, 12), units: 6),
        WaitingListEntry(id: 5, offer: "BOSTOTTE-85", caseID: "P-B2", crossSector: true, priority: 2, since: day(2026, 9, 1),
                         units: 4),
    ]

    /// The offers, by default while the forum's meeting is open: the chair manages offers only in
    /// it (DOMAIN §10).
    static func repository(meeting: Meeting? = DecisionsFixture.meeting) -> InMemoryRepository {
        InMemoryRepository(settings: Fixture.settings, sectors: DecisionsFixture.sectors, subAreas: DecisionsFixture.subAreas,
                           laws: [], users: [Fixture.chair, leader], offers: offers, waitingList: waiting,
                           meetings: meeting.map { [$0] } ?? [])
    }

    static var screens: [any Screen] {
        ScreenID.allCases.map { $0 == .capacity ? CapacityScreen(clock: { DecisionsFixture.now }) as any Screen : NotBuiltScreen(id: $0) }
    }

    /// The console on the board: screen 2 shown, as `user`.
    static func driver(size: Size, user: User = Fixture.chair, language: Language = .danish,
                       meeting: Meeting? = DecisionsFixture.meeting) async -> DecisionsDriver {
        var driver = await DecisionsDriver(size: size, user: user, language: language, repository: repository(meeting: meeting),
                                           screens: screens)
        await driver.type("2")
        return driver
    }
}
