import ForumCore

/// What a decision does to each paying sector's forecast and deviation, before → after, as a
/// small table: the detail shows it for approving as proposed, the split editor for the split
/// being edited. Positive deviation is overspend; ▲ marks a deviation that grows, ▼ one that
/// shrinks, and ! one beyond the tolerance after the decision — never colour alone.
enum ImpactLines {
    /// A header row and one row per sector, in whole kroner.
    static func lines(_ impacts: [ForecastImpact], year: Int, language: Language, width: Int) -> [StyledLine] {
        let sectorWidth = 6, changeWidth = 12, forecastWidth = 27
        let deviationWidth = Swift.max(10, width - 2 - sectorWidth - changeWidth - forecastWidth - 3)
        let header = StyledLine.columns([
            (Strings.colSector.text(language), sectorWidth, .left, .columnHeader),
            (Strings.colChangeInYear(year).text(language), changeWidth, .right, .columnHeader),
            (Strings.colForecastBeforeAfter.text(language), forecastWidth, .left, .columnHeader),
            (Strings.colDeviationBeforeAfter.text(language), deviationWidth, .left, .columnHeader),
        ])
        return [header] + impacts.map { impact in
            let deviation = "\(signed(impact.before.deviation)) → \(signed(impact.deviationAfter))"
            var line = StyledLine.columns([
                (impact.sector.rawValue, sectorWidth, .left, .plain),
                (signed(impact.addedThisYear), changeWidth, .right, .plain),
                ("\(kroner(impact.before.forecast)) → \(kroner(impact.forecastAfter))", forecastWidth, .left, .plain),
            ]).adding(" ").adding(deviation)
            let used = 2 + sectorWidth + changeWidth + forecastWidth + 3 + DisplayWidth.of(deviation)
            if impact.deviationAfter > impact.before.deviation {
                line = line.adding(" ▲", .warning, .bold)
            } else if impact.deviationAfter < impact.before.deviation {
                line = line.adding(" ▼", .good, .bold)
            }
            if impact.beyondToleranceAfter {
                let words = " " + (impact.crossesTolerance ? Strings.crossesTolerance : Strings.beyondTolerance).text(language)
                line = line.adding(" !", .bad, .bold)
                if used + 4 + DisplayWidth.of(words) <= width { line = line.adding(words, .bad) }
            }
            return line
        }
    }

    /// The title of the section (what the figures are, at which month) and the legend: the unit,
    /// the sign convention and the glyphs; on one line when it fits `width`, else on two.
    static func title(_ heading: Phrase, month: Int?, year: Int, language: Language, width: Int) -> [StyledLine] {
        var text = heading.text(language)
        if let month { text += " (" + Strings.atMonth(month, year: year).text(language) + ")" }
        let legend = Strings.impactLegend.text(language)
        if DisplayWidth.of(text) + 3 + DisplayWidth.of(legend) <= width {
            return [StyledLine(text, .title).adding(" · " + legend, .muted)]
        }
        return [StyledLine(text, .title), StyledLine("  " + legend, .muted)]
    }

    /// One line per later budget year the grant touches: what it commits there per sector.
    static func laterYears(_ years: [LaterYearCommitments], language: Language, width: Int) -> [StyledLine] {
        years.map { year in
            let parts = year.bySector.map { "\($0.sector.rawValue) \(signed($0.amount))" }.joined(separator: " · ")
            return StyledLine("  " + Strings.laterYearCommitments(year.year).text(language) + " ", .muted)
                .adding(TextLayout.truncate(parts, to: Swift.max(10, width - 30)))
        }
    }

    /// `+1.245.000`, `-400.000`, `+0`.
    static func signed(_ money: Money) -> String {
        (money.isNegative ? "" : "+") + kroner(money)
    }

    static func kroner(_ money: Money) -> String { money.formatted(.kroner, unit: false) }
}
