import ForumCore

/// How a list writes its numbers: for people in a table or Markdown (`288.000`, `69 d`, `-3,5 %`,
/// `engangsbeløb`), and in CSV as plain integers — øre, days, per mille, empty where there is
/// none — so that a spreadsheet or a script reads them without knowing Danish number formats.
/// CSV headings name the unit, since `28800000` alone reads as kroner.
struct NumberCells {
    /// The unit of a column's plain numbers.
    enum Unit {
        case ore, days

        var phrase: Phrase {
            switch self {
            case .ore: Phrase(da: "øre", en: "øre")
            case .days: Phrase(da: "dage", en: "days")
            }
        }
    }

    /// Plain integers (CSV) rather than text for people.
    let plain: Bool
    let language: Language

    init(_ format: OutputFormat, _ language: Language) {
        plain = format == .csv
        self.language = language
    }

    /// A heading, with the unit its column's plain numbers are in.
    func heading(_ phrase: Phrase, _ unit: Unit) -> String {
        heading(phrase.text(language), unit)
    }

    func heading(_ text: String, _ unit: Unit) -> String {
        plain ? "\(text) (\(unit.phrase.text(language)))" : text
    }

    /// The deviation's share of the budget: in per cent for people, in per mille in CSV.
    var deviationHeading: String {
        (plain ? Phrase(da: "Afv. ‰", en: "Dev. ‰") : Strings.colDeviationPercent).text(language)
    }

    /// Kroner without the unit for people (`288.000`); øre in CSV.
    func kroner(_ amount: Money) -> String {
        plain ? String(amount.ore) : amount.formatted(.kroner, unit: false)
    }

    /// `69 d` for people; `69` in CSV.
    func days(_ days: Int) -> String {
        plain ? String(days) : Strings.waitingDays(days).text(language)
    }

    /// `-3,5 %` for people; `-35` in CSV; none is `–`, or empty in CSV.
    func perMille(_ value: Int?) -> String {
        guard let value else { return plain ? "" : "–" }
        return plain ? String(value) : Strings.perMille(value)
    }
}
