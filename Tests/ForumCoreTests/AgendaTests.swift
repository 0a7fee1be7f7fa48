import Testing
@testable import ForumCore

/// The draft agenda's rules (DOMAIN §9), one row per rule: what the data holds, and which items
/// the draft lists, in order, with why.
@Suite("Draft agenda")
struct AgendaTests {
    static let meetingDay = day(2026, 12, 2)

    static func pending(_ id: String, kroner: Int64, submitted: Day = day(2026, 10, 1), split: PaymentSplit = .single("BEV"),
                        status: RequestStatus = .onAgenda) -> GrantRequest {
        var request = Fixture.request(id, kroner: kroner, split: split, status: status)
        request.submitted = submitted
        return request
    }

    static func approved(_ id: String, kind: DecisionKind = .approve, until: Day? = nil, followUp: Day? = nil) -> GrantRequest {
        var request = Fixture.request(id, kroner: 37_500, status: kind.resultingStatus)
        request.decision = DecisionRecord(id: 1, requestID: RequestID(id),
                                          decision: Decision(kind: kind, split: .single("BEV"), validUntil: until, followUp: followUp),
                                          previousStatus: .onAgenda, decidedBy: "formand", decidedByName: "Hanne Formand",
                                          at: Timestamp(secondsSinceEpoch: 0))
        return request
    }

    static func offer(_ id: String, capacity: Int, quota: Int = 0, placements: [(crossSector: Bool, override: String?)]) -> Offer {
        Offer(id: OfferID(id), name: "Bo \(id)", sector: "VOK", capacity: capacity, crossSectorQuota: quota,
              tariff: Tariff(base: kr(40_000)),
              placements: placements.enumerated().map { index, placement in
                  Placement(id: Int64(index + 1), offer: OfferID(id), caseID: "S-1", from: day(2026, 1, 1),
                            tariff: Tariff(base: kr(40_000)), payer: .single("VOK"), crossSector: placement.crossSector,
                            overrideReason: placement.override)
              })
    }

    static func deviation(_ sector: SectorCode, budget: Int64, actual: Int64, explanation: String?) -> DeviationList.Item {
        let figures = BudgetFigures(budget: kr(budget), actual: [kr(actual)] + Array(repeating: .zero, count: 11))
        let line = BurnReport.Line(code: sector.rawValue, name: "Sektor \(sector)", burn: BudgetBurn(figures, month: 1),
                                   actualByMonth: [kr(actual)], expectedByMonth: [])
        let note = explanation.map { DeviationNote(sector: sector, month: month(2026, 1), explanation: $0, actionPlan: "", owner: "") }
        return DeviationList.Item(sector: sector, subArea: nil, line: line, note: note)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let facts: @Sendable () -> AgendaFacts
        let expected: [String]

        init(_ name: String, expected: [String], facts: @escaping @Sendable () -> AgendaFacts) {
            testDescription = name
            self.facts = facts
            self.expected = expected
        }
    }

    static func facts(_ requests: [GrantRequest] = [], policy: CompetencePolicy = .assens, offers: [Offer] = [],
                      deviations: [DeviationList.Item] = [], free: [FreeItem] = [], plan: AgendaPlan = .empty,
                      lastMeeting: Day? = nil, targets: [TargetProgress] = [], youths: [FlaggedYouth] = []) -> AgendaFacts {
        AgendaFacts(date: meetingDay, requests: requests, policy: policy, offers: offers, deviations: deviations, freeItems: free,
                    plan: plan, lastMeeting: lastMeeting, targets: targets, youths: youths)
    }

    /// A sector's part of 490.000 kr. at the end of June (pro rata 81.666,67) with `saving` kroner saved.
    static func progress(_ sector: SectorCode, saving: Int64) -> TargetProgress {
        TargetProgress(sector: sector, target: kr(163_333, 33), month: 6,
                       realised: SavingEstimate(cases: 3, previousYear: kr(saving), actualToDate: .zero, forecastRest: .zero))
    }

    static func youth(_ caseID: CaseID, from: Day, flags: [YouthFlag]) -> FlaggedYouth {
        FlaggedYouth(youth: Youth(caseID: caseID, birthDate: day(2008, 1, 1), childrenSector: "BUF", receivingSector: "VOK",
                                  transitionDate: from, colour: .red, probability: .one, annualCost: kr(600_000)),
                     flags: flags)
    }

    static let free = FreeItem(id: 4, title: "Principper for efterværn", addedBy: "formand", at: Timestamp(secondsSinceEpoch: 0))

    static let cases: [Case] = [
        Case("requests routed to the forum, oldest first; those under the leader's ceiling are not on it",
             expected: ["request:IND-OLD", "request:IND-NEW"]) {
            facts([pending("IND-NEW", kroner: 30_000, submitted: day(2026, 11, 1)), pending("IND-OLD", kroner: 30_000),
                   pending("IND-SMALL", kroner: 1_000)])
        },
        Case("decided and withdrawn requests are not on it; a deferred one is, to be decided again",
             expected: ["request:IND-D"]) {
            facts([pending("IND-A", kroner: 30_000, status: .approved), pending("IND-W", kroner: 30_000, status: .withdrawn),
                   pending("IND-D", kroner: 30_000, status: .deferred)])
        },
        Case("a split-payment request is on it whatever the ladder routes (no ceiling at all here)",
             expected: ["request:IND-S"]) {
            facts([pending("IND-S", kroner: 1_000, split: split([("BEV", 1), ("VOK", 1)])), pending("IND-1", kroner: 1_000)],
                  policy: .helsingor)
        },
        Case("a follow-up or time limit due by the meeting after this one is on it; later ones are not",
             expected: ["follow-up:IND-T", "follow-up:IND-F"]) {
            facts([approved("IND-F", followUp: day(2026, 12, 16)), approved("IND-LATE", followUp: day(2026, 12, 17)),
                   approved("IND-T", kind: .approveTimeLimited, until: day(2026, 12, 10))])
        },
        Case("a follow-up due before the last meeting was taken there",
             expected: ["follow-up:IND-NOW"]) {
            facts([approved("IND-OLD", followUp: day(2026, 11, 10)), approved("IND-NOW", followUp: day(2026, 11, 20))],
                  lastMeeting: day(2026, 11, 18))
        },
        Case("a sector beyond tolerance without an explanation is on it (blank is none); an explained one is not",
             expected: ["deviation:BEV", "deviation:BUF"]) {
            facts(deviations: [deviation("BEV", budget: 12_000_000, actual: 2_000_000, explanation: "  "),
                               deviation("BUF", budget: 12_000_000, actual: 2_000_000, explanation: nil),
                               deviation("VOK", budget: 12_000_000, actual: 2_000_000, explanation: "Flere anbringelser")])
        },
        Case("offers over capacity, with an exhausted quota or with overrides are on it; a full one is not",
             expected: ["offer:A-OVER", "offer:B-QUOTA", "offer:C-OVERRIDE"]) {
            facts(offers: [offer("A-OVER", capacity: 1, placements: [(false, nil), (false, nil)]),
                           offer("B-QUOTA", capacity: 5, quota: 1, placements: [(true, nil)]),
                           offer("C-OVERRIDE", capacity: 5, placements: [(false, "akut")]),
                           offer("D-FULL", capacity: 1, placements: [(false, nil)])])
        },
        Case("a sector below its pro-rata target is on it (DOMAIN §13); one on track or exactly on it is not",
             expected: ["target:BUF"]) {
            facts(targets: [progress("BEV", saving: 100_000), progress("BUF", saving: 81_666), progress("VOK", saving: 81_667)])
        },
        Case("flagged youths are on it by transition date (DOMAIN §12); one without a flag is not",
             expected: ["youth:P-2", "youth:P-1"]) {
            facts(youths: [youth("P-1", from: day(2027, 3, 1), flags: [.notDiscussed]),
                           youth("P-2", from: day(2026, 12, 1), flags: [.handoverOverdue, .notDiscussed]),
                           youth("P-3", from: day(2026, 6, 1), flags: [])])
        },
        Case("free items that no meeting has taken are on it",
             expected: ["free:4"]) {
            facts(free: [free, FreeItem(id: 5, title: "Taget", addedBy: "formand", at: Timestamp(secondsSinceEpoch: 0),
                                        meeting: "M-2026-11-18")])
        },
        Case("sections come in order: requests, follow-up, deviations, targets, transitions, capacity, free",
             expected: ["request:IND-1", "follow-up:IND-F", "deviation:BUF", "target:VOK", "youth:P-1", "offer:A-OVER", "free:4"]) {
            facts([approved("IND-F", followUp: day(2026, 12, 9)), pending("IND-1", kroner: 30_000)],
                  offers: [offer("A-OVER", capacity: 0, placements: [(false, nil)])],
                  deviations: [deviation("BUF", budget: 12_000_000, actual: 2_000_000, explanation: nil)], free: [free],
                  targets: [progress("VOK", saving: 0)], youths: [youth("P-1", from: day(2027, 3, 1), flags: [.notDiscussed])])
        },
        Case("the chair's order comes first within its section",
             expected: ["request:IND-NEW", "request:IND-OLD", "free:4"]) {
            facts([pending("IND-NEW", kroner: 30_000, submitted: day(2026, 11, 1)), pending("IND-OLD", kroner: 30_000)],
                  free: [free], plan: AgendaPlan(order: [.free(4), .request("IND-NEW")]))
        },
        Case("an item the chair put off is not on it",
             expected: ["request:IND-OLD"]) {
            facts([pending("IND-NEW", kroner: 30_000, submitted: day(2026, 11, 1)), pending("IND-OLD", kroner: 30_000)],
                  plan: AgendaPlan(putOff: [.request("IND-NEW")]))
        },
        Case("a postponed item comes back while its subject is there, though no rule would list it",
             expected: ["request:IND-SMALL", "offer:D-FULL"]) {
            facts([pending("IND-SMALL", kroner: 1_000), pending("IND-GONE", kroner: 1_000, status: .withdrawn)],
                  offers: [offer("D-FULL", capacity: 1, placements: [(false, nil)])],
                  plan: AgendaPlan(carried: [.request("IND-SMALL"), .request("IND-GONE"), .offer("D-FULL")]))
        },
    ]

    @Test("Draft agenda rules", arguments: cases)
    func draft(_ row: Case) {
        #expect(Agenda.draft(row.facts()).entries.map(\.key.description) == row.expected)
    }

    @Test("Why each item is there, its size, what is postponed, and the items a meeting opened on it takes")
    func reasonsAndSize() {
        let draft = Agenda.draft(Self.facts(
            [Self.pending("IND-1", kroner: 30_000), Self.pending("IND-S", kroner: 1_000, split: split([("BEV", 1), ("VOK", 1)]))],
            offers: [Self.offer("A", capacity: 1, quota: 1, placements: [(true, "akut"), (false, nil)])],
            plan: AgendaPlan(putOff: [.offer("A")], carried: [.request("IND-S")])))
        #expect(draft.entries.map(\.reasons) == [[.routed(.forum)], [.routed(.forum), .splitPayment]])
        #expect(draft.entries.map(\.postponed) == [false, true])
        #expect(draft.putOff.map(\.key) == [.offer("A")])
        #expect(draft.putOff.first?.reasons == [.overCapacity(occupied: 2, capacity: 1), .quotaExhausted(quota: 1), .overrides(1)])
        // 30.000 kr a month for six months, and a one-month 1.000 kr.
        #expect(draft.size.items == 2)
        #expect(draft.size.forDecision == kr(30_000) * 6 + kr(1_000) * 6)
        #expect(draft.meetingItems.map(\.position) == [1, 2])
        #expect(draft.meetingItems.first?.amount == kr(30_000) * 6)
    }

    @Test("A sector behind says by how much, as an estimate; a youth's item names its flags")
    func targetAndYouthReasons() {
        let draft = Agenda.draft(Self.facts(targets: [Self.progress("BUF", saving: 50_000)],
                                            youths: [Self.youth("P-1", from: day(2027, 3, 1), flags: [.notDiscussed])]))
        #expect(draft.entries.map(\.reasons) == [[.behindTarget(saving: kr(50_000), proRata: kr(81_666, 67))],
                                                 [.youthFlags([.notDiscussed])]])
        #expect(draft.entries.first?.amount == kr(31_666, 67))
        #expect(Strings.agendaReason(.youthFlags([.notDiscussed, .handoverOverdue])).danish
            == "ikke drøftet i over 6 måneder; overdragelsesalder passeret uden overdragelse")
        #expect(Strings.agendaReason(.behindTarget(saving: kr(50_000), proRata: kr(81_666, 67))).english.contains("(estimate)"))
    }

    @Test("Agenda keys read back what they write, and refuse what is not one", arguments: [
        "request:IND-1", "offer:BO-SKOVLY", "deviation:BUF", "free:12", "follow-up:IND-7", "target:VOK", "youth:P-1A2B3C4D5E",
    ])
    func keyRoundTrip(_ text: String) throws {
        #expect(try #require(AgendaKey(parsing: text)).description == text)
    }

    @Test("Not agenda keys", arguments: ["request:", "free:x", "minutes:1", "IND-1"])
    func notKeys(_ text: String) {
        #expect(AgendaKey(parsing: text) == nil)
    }
}
