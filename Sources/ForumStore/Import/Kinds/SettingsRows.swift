import ForumCore

/// `settings`: the municipality's name, budget year, competence ladder (one of the presets),
/// deviation tolerance and periodisation (how a sub-area without a profile of its own spreads its
/// budget: `jævn`, 1/12 a month, or twelve weights). One row: a second one would leave it unclear
/// which applies.
struct SettingsRows: RowParser {
    enum Column {
        static let municipality = 0, budgetYear = 1, policy = 2, toleranceAmount = 3, tolerancePercent = 4, periodisation = 5
    }

    static let columns = [
        ColumnSpec("kommune", ["municipality"], required: true),
        ColumnSpec("budgetår", ["budgetaar", "budget_year"], required: true),
        ColumnSpec("kompetenceregel", ["kompetenceloft", "policy"], required: true),
        ColumnSpec("tolerance beløb", ["tolerance_amount"]),
        ColumnSpec("tolerance procent", ["tolerance_percent"]),
        ColumnSpec("periodisering", ["periodisation"]),
    ]

    /// The words for 1/12 a month, normalised as `ColumnLayout` normalises them.
    static let evenWords: Set<String> = ["jaevn", "even", "1/12"]

    /// The presets by their names as a file writes them.
    static let policies: [String: CompetencePolicy] = [
        "assens": .assens, "ikastbrande": .ikastBrande, "helsingoer": .helsingor, "helsingor": .helsingor,
        "holstebro": .holstebro,
    ]

    private var firstLine: Int?

    mutating func parse(_ fields: inout RowFields) -> ForumSettings? {
        if let firstLine {
            fields.report(Column.municipality, Strings.importSettingsOneRow(firstLine: firstLine))
            return nil
        }
        firstLine = fields.line
        let municipality = fields.text(Column.municipality)
        let year = fields.integer(Column.budgetYear, in: DateField.years)
        let policy = fields.text(Column.policy).flatMap { word in
            choose(SettingsRows.policies, word, accepted: "assens, ikast-brande, helsingør, holstebro", Column.policy, &fields)
        }
        let amount = nonNegative(fields.money(Column.toleranceAmount), Column.toleranceAmount, &fields)
        // A percent with up to two decimals read as an amount is exactly hundredths of a percent.
        let percent = nonNegative(fields.money(Column.tolerancePercent), Column.tolerancePercent, &fields)
        let periodisation = Self.periodisation(fields.raw(Column.periodisation), &fields)
        guard let municipality, let year, let policy, let periodisation, fields.isValid else { return nil }
        if let percent, percent.ore > 10_000 {
            fields.report(Column.tolerancePercent, Strings.importOutOfRange(0, 100), found: percent.formatted(.exact, unit: false))
            return nil
        }
        let tolerance = Tolerance(amount: amount ?? Tolerance.standard.amount,
                                  basisPoints: percent.map { Int($0.ore) } ?? Tolerance.standard.basisPoints)
        return ForumSettings(municipality: municipality, budgetYear: year, policy: policy, tolerance: tolerance,
                             periodisation: periodisation)
    }

    /// Empty or a word for even: 1/12 a month; else a profile of twelve weights.
    private static func periodisation(_ text: String?, _ fields: inout RowFields) -> Periodisation? {
        guard let text, !text.isEmpty, !evenWords.contains(ColumnLayout.normalized(text)) else { return .even }
        return parseProfile(text, Column.periodisation, &fields).map(Periodisation.profile)
    }
}
