/// The ladders of the municipalities in DOMAIN.md §3, as starting points for configuration.
extension CompetencePolicy {
    /// Assens: a unit leader grants up to 25.000 kr; above goes to the chiefs' forum, and any
    /// split-payment grant goes to the forum whatever its amount (000 l.753, l.1220–1224).
    public static let assens = preset(
        name: "Assens",
        rungs: [
            Rung(.leader, ceilings: [.amount(Money(kroner: 25_000), .total)]),
            Rung(.forum),
        ],
        splitPaymentGoesTo: .forum)

    /// Ikast-Brande: caseworker ≤ 110.000 kr; leader up to 415.000; the visitation committee
    /// (the forum) up to 1 mio.; above that the political committee (002 l.690).
    public static let ikastBrande = preset(
        name: "Ikast-Brande",
        rungs: [
            Rung(.caseworker, ceilings: [.amount(Money(kroner: 110_000), .total)]),
            Rung(.leader, ceilings: [.amount(Money(kroner: 415_000), .total)]),
            Rung(.forum, ceilings: [.amount(Money(kroner: 1_000_000), .total)]),
            Rung(.politicalCommittee),
        ])

    /// Helsingør: no ceiling at all, compensated by close monitoring (000 l.1348).
    public static let helsingor = preset(name: "Helsingør", rungs: [Rung(.caseworker)])

    /// Holstebro: support hours above package 5 (6 h a week) go to the committee (002 l.688).
    public static let holstebro = preset(
        name: "Holstebro",
        rungs: [
            Rung(.leader, ceilings: [.hours(Hours(whole: 6), .perWeek)]),
            Rung(.forum),
        ])

    public static let presets: [CompetencePolicy] = [assens, ikastBrande, helsingor, holstebro]

    private static func preset(name: String, rungs: [Rung], splitPaymentGoesTo: Authority? = nil) -> CompetencePolicy {
        do {
            return try CompetencePolicy(name: name, rungs: rungs, splitPaymentGoesTo: splitPaymentGoesTo)
        } catch {
            preconditionFailure("preset \(name) is malformed: \(error)")
        }
    }
}
