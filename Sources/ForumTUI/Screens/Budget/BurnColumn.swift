import ForumCore

/// A column of the burn table. Amounts are in 1.000 kr. (the heading says so), rounded half
/// away from zero, so that a sector of 350 mio. kr. fits eight columns.
///
/// From 120 columns the table shows every figure and the sparkline; narrower it keeps budget,
/// actual, forecast, deviation and the meter.
enum BurnColumn: Int, Hashable, Sendable, CaseIterable {
    case name, budget, expected, actual, committed, uncommitted, forecast, deviation, percent, meter, sparkline

    static func shown(width: Int) -> [BurnColumn] {
        width >= 120 ? allCases : [.name, .budget, .actual, .forecast, .deviation, .percent, .meter]
    }

    func title(_ language: Language) -> String {
        let phrase = switch self {
        case .name: Strings.colSectorOrSubArea
        case .budget: Strings.colBudgetShort
        case .expected: Strings.colExpectedShort
        case .actual: Strings.colActual
        case .committed: Strings.colCommittedShort
        case .uncommitted: Strings.colUncommittedShort
        case .forecast: Strings.colForecast
        case .deviation: Strings.colDeviation
        case .percent: Strings.colPercentShort
        case .meter: Strings.colBurn
        case .sparkline: Strings.colMonths
        }
        return phrase.text(language)
    }

    func column(_ language: Language) -> TableColumn {
        let title = title(language)
        return switch self {
        case .name: TableColumn(title, width: .flexible(minimum: 14))
        case .forecast: TableColumn.money(title, width: 10)
        case .deviation: TableColumn.money(title, width: 10)
        case .percent: TableColumn(title, width: .fixed(6), alignment: .right)
        case .meter: TableColumn(title, width: .fixed(14))
        case .sparkline: TableColumn(title, width: .fixed(12))
        default: TableColumn.money(title, width: 8)
        }
    }

    var startsDescending: Bool { self != .name }

    static func thousands(_ amount: Money) -> String {
        amount.scaled(by: 1, over: 100_000).ore.formattedThousands
    }

    func cell(_ row: BurnRow, width: Int, language: Language) -> TableCell {
        let burn = row.line.burn
        switch self {
        case .name:
            let marker = row.isSubArea ? "  " : row.subAreaCount == 0 ? "  " : row.expanded ? "▾ " : "▸ "
            return TableCell(TextLayout.truncate(marker + row.line.code + " " + row.line.name, to: width),
                             row.isSubArea ? .plain : .title)
        case .budget: return TableCell(Self.thousands(burn.budget))
        case .expected: return TableCell(Self.thousands(burn.expectedToDate))
        case .actual: return TableCell(Self.thousands(burn.actualToDate))
        case .committed: return TableCell(Self.thousands(burn.committedRest))
        case .uncommitted: return TableCell(Self.thousands(burn.uncommittedRest))
        case .forecast:
            // M marks a manual forecast: the drill names who set it, when, why and how far it moved since.
            return TableCell(Self.thousands(burn.forecast) + (burn.manualForecast == nil ? "  " : " M"),
                             burn.manualForecast == nil ? .plain : .accent)
        case .deviation:
            let glyph = burn.deviation.isZero ? " " : burn.deviation.isNegative ? "▼" : "▲"
            let text = (burn.beyondTolerance ? "!" : " ") + glyph + Self.thousands(burn.deviation)
            let role: StyleRole = !burn.beyondTolerance ? .plain : burn.deviation.isNegative ? .warning : .bad
            return TableCell(text, role)
        case .percent: return TableCell(burn.deviationPerMille.map(Strings.perMille) ?? "–")
        case .meter: return TableCell(Self.meter(burn).text(width: width), .accent)
        case .sparkline: return TableCell(Self.sparkline(row.line), .secondary)
        }
    }

    /// Actual | committed rest | the rest of the forecast, with `│` at expected-by-date and `┃`
    /// at the budget.
    static func meter(_ burn: BudgetBurn) -> Meter {
        Meter(total: burn.budget.ore,
              segments: [Meter.Segment(burn.actualToDate.ore, glyph: "█", role: .accent),
                         Meter.Segment(burn.committedRest.ore, glyph: "▓", role: .secondary),
                         Meter.Segment((burn.forecast - burn.actualToDate - burn.committedRest).ore, glyph: "▒", role: .muted)],
              markers: [Meter.Marker(burn.expectedToDate.ore, glyph: "│"), Meter.Marker(burn.budget.ore, glyph: "┃")])
    }

    /// Each posted month's actual spend against its expected spend by the profile, in per mille:
    /// a flat line is spending on profile. Months not posted are blank.
    static func sparkline(_ line: BurnReport.Line) -> String {
        let values: [Int64?] = (0..<12).map { index in
            guard index < line.actualByMonth.count else { return nil }
            let expected = line.expectedByMonth[index].ore
            guard expected != 0 else { return line.actualByMonth[index].ore == 0 ? 1000 : nil }
            return Rounding.divide(Int128(line.actualByMonth[index].ore) * 1000, by: Int128(expected))
        }
        return Sparkline(values).text(width: 12)
    }

    /// Sub-areas stay under their sector: rows of different sectors compare by their sectors'
    /// lines, and within a sector its own row comes first.
    func ascending(_ a: BurnRow, _ b: BurnRow, language: Language) -> Bool? {
        if a.sector != b.sector {
            return compare(a.sectorLine, b.sectorLine) ?? (a.sector < b.sector)
        }
        if a.isSubArea != b.isSubArea { return !a.isSubArea }
        return compare(a.line, b.line)
    }

    private func compare(_ a: BurnReport.Line, _ b: BurnReport.Line) -> Bool? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : x < y }
        let x = a.burn, y = b.burn
        return switch self {
        case .name: order(a.code, b.code)
        case .budget: order(x.budget, y.budget)
        case .expected: order(x.expectedToDate, y.expectedToDate)
        case .actual: order(x.actualToDate, y.actualToDate)
        case .committed: order(x.committedRest, y.committedRest)
        case .uncommitted: order(x.uncommittedRest, y.uncommittedRest)
        case .forecast: order(x.forecast, y.forecast)
        case .deviation: order(x.deviation, y.deviation)
        case .percent: order(x.deviationPerMille ?? Int.max, y.deviationPerMille ?? Int.max)
        case .meter: order(x.burnPercent ?? Int.max, y.burnPercent ?? Int.max)
        case .sparkline: order(x.actualToDate - x.expectedToDate, y.actualToDate - y.expectedToDate)
        }
    }
}

extension BurnColumn: TableScreenColumn {
    typealias Row = BurnRow
}

extension Int64 {
    /// `1.234.567`, `-12.500`: Danish thousands separators.
    var formattedThousands: String { Money(ore: self * 100).formatted(.kroner, unit: false) }
}
