import Testing
@testable import ForumCore

@Suite("Competence ceilings and routing")
struct CompetencePolicyTests {
    static func once(_ kroner: Int64) -> GrantAmount { .oneOff(kr(kroner), on: day(2026, 6, 1)) }

    @Test("Assens: 24.999 kr is the leader's, 25.001 kr goes to the forum, 25.000 kr is the leader's")
    func assens() {
        let policy = CompetencePolicy.assens
        #expect(policy.route(RoutingFacts(amount: Self.once(24_999))).authority == .leader)
        #expect(policy.route(RoutingFacts(amount: Self.once(25_000))).authority == .leader)
        let above = policy.route(RoutingFacts(amount: Self.once(25_001)))
        #expect(above.authority == .forum)
        #expect(above.reason == .exceeds(.leader, .amount(kr(25_000), .total)))
    }

    @Test("Assens: a 10.000 kr request paid by two sectors goes to the forum")
    func assensSplit() {
        let routing = CompetencePolicy.assens.route(RoutingFacts(amount: Self.once(10_000), payingSectors: 2))
        #expect(routing == Routing(authority: .forum, reason: .splitPayment))
    }

    @Test("Ikast-Brande ladder", arguments: [
        (Int64(110_000), Authority.caseworker),
        (300_000, .leader),
        (900_000, .forum),
        (1_200_000, .politicalCommittee),
        (110_001, .leader),
        (415_000, .leader),
        (1_000_000, .forum),
    ])
    func ikastBrande(kroner: Int64, authority: Authority) {
        #expect(CompetencePolicy.ikastBrande.route(RoutingFacts(amount: Self.once(kroner))).authority == authority)
    }

    @Test("Ikast-Brande does not send split payments anywhere special")
    func ikastSplit() {
        #expect(CompetencePolicy.ikastBrande.route(RoutingFacts(amount: Self.once(10_000), payingSectors: 3)).authority == .caseworker)
    }

    @Test("Helsingør has no ceiling: everything is the caseworker's, and says why")
    func helsingor() {
        let routing = CompetencePolicy.helsingor.route(RoutingFacts(amount: Self.once(5_000_000)))
        #expect(routing == Routing(authority: .caseworker, reason: .noCeiling))
    }

    @Test("The basis of the amount is explicit", arguments: [
        (AmountBasis.total, Authority.forum),
        (.perMonth, .leader),
        (.perYear, .forum),
    ])
    func basis(basis: AmountBasis, authority: Authority) throws {
        // 10.000 kr a month for three months: 30.000 in total, 120.000 a year.
        let policy = try CompetencePolicy(name: "test", rungs: [
            .init(.leader, ceilings: [.amount(kr(25_000), basis)]), .init(.forum),
        ])
        let amount = try GrantAmount.monthly(kr(10_000), from: day(2026, 1, 1), through: day(2026, 3, 31))
        #expect(policy.route(RoutingFacts(amount: amount)).authority == authority)
    }

    @Test("Ceilings in hours (Holstebro: above 6 h a week; 9 h a month elsewhere)")
    func hours() throws {
        let amount = Self.once(1_000)
        let holstebro = CompetencePolicy.holstebro
        #expect(holstebro.route(RoutingFacts(amount: amount, weeklyHours: Hours(whole: 6))).authority == .leader)
        #expect(holstebro.route(RoutingFacts(amount: amount, weeklyHours: Hours(tenths: 61))).authority == .forum)
        let monthly = try CompetencePolicy(name: "Hillerød", rungs: [
            .init(.leader, ceilings: [.hours(Hours(whole: 9), .perMonth)]), .init(.forum),
        ])
        // 2 h a week is 8,67 h a month: within. 2,1 h a week is 9,1 h a month: above.
        #expect(monthly.route(RoutingFacts(amount: amount, weeklyHours: Hours(whole: 2))).authority == .leader)
        #expect(monthly.route(RoutingFacts(amount: amount, weeklyHours: Hours(tenths: 21))).authority == .forum)
    }

    @Test("A ladder must end in a rung without a ceiling")
    func malformed() {
        #expect(throws: PolicyError.noRungs) { try CompetencePolicy(name: "x", rungs: []) }
        #expect(throws: PolicyError.topRungHasCeiling(.leader)) {
            try CompetencePolicy(name: "x", rungs: [.init(.leader, ceilings: [.amount(kr(1), .total)])])
        }
    }

    @Test("Why a request is here, in words")
    func reasonText() {
        let routing = CompetencePolicy.assens.route(RoutingFacts(amount: Self.once(30_000)))
        #expect(Strings.routingReason(routing.reason).danish == "over lederens loft 25.000 kr. i alt")
        #expect(Strings.routingReason(.splitPayment).english == "split payment")
    }
}
