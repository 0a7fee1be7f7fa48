import Testing
@testable import ForumCore

@Suite("Youth flags (DOMAIN §12)")
struct YouthFlagTests {
    /// Born 10.3.2008: 18 on 10.3.2026, handover age 17½ on 10.9.2025.
    static func youth(colour: YouthColour = .red, probability: Probability = .one, discussed: Day? = day(2026, 1, 5),
                      handedOver: Day? = day(2025, 9, 1), closed: Day? = nil, transition: Day = day(2026, 3, 10)) -> Youth {
        Youth(caseID: "S-9", birthDate: day(2008, 3, 10), childrenSector: "BUF", receivingSector: "VOK",
              transitionDate: transition, colour: colour, probability: probability, annualCost: kr(300_000),
              lastDiscussed: discussed, handedOver: handedOver, closed: closed)
    }

    @Test("Each flag and when it does not apply", arguments: [
        (youth(), day(2026, 3, 1), false, [YouthFlag]()),
        (youth(colour: .green), day(2026, 3, 1), false, [.greenWithProbability]),
        (youth(colour: .green, probability: .zero), day(2026, 3, 1), false, []),
        // Discussed 5.1.2026: more than six months on 6.7.2026, not on 5.7.2026.
        (youth(transition: day(2026, 9, 1)), day(2026, 7, 5), false, []),
        (youth(transition: day(2026, 9, 1)), day(2026, 7, 6), false, [.notDiscussed]),
        (youth(discussed: nil), day(2026, 3, 1), false, [.notDiscussed]),
        (youth(handedOver: nil), day(2025, 9, 10), false, []),
        (youth(handedOver: nil), day(2025, 9, 11), false, [.handoverOverdue]),
        (youth(), day(2026, 3, 11), false, [.transitionPassed]),
        (youth(), day(2026, 3, 11), true, []),
        (youth(discussed: nil, closed: day(2026, 3, 1)), day(2026, 12, 1), false, []),
    ])
    func flags(youth: Youth, today: Day, adultGrant: Bool, expected: [YouthFlag]) {
        #expect(YouthFlag.flags(youth, today: today, settings: .standard, hasAdultGrant: adultGrant) == expected)
    }

    @Test("A transition date outside the 18th to 23rd birthday is refused")
    func transitionDate() {
        #expect(throws: YouthError.transitionOutsideAges(day(2026, 3, 9), from: day(2026, 3, 10), through: day(2031, 3, 10))) {
            try Self.youth(transition: day(2026, 3, 9)).validated()
        }
        #expect(throws: Never.self) { try Self.youth(transition: day(2031, 3, 10)).validated() }
    }
}
