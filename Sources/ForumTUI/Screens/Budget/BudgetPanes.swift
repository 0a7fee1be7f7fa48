import ForumCore

/// The views of screen 3 that `v` steps through: the burn, the shadow budget of the next three
/// years (DOMAIN §12), activity per sub-area (§13) and the efficiency target (§13).
enum BudgetPane: CaseIterable, Hashable, Sendable {
    case burn, shadow, activity, targets

    var next: BudgetPane {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    var title: Phrase {
        switch self {
        case .burn: Strings.paneBurn
        case .shadow: Strings.paneShadow
        case .activity: Strings.paneActivity
        case .targets: Strings.paneTargets
        }
    }
}

/// What the views other than the burn show, read when one of them is first shown.
struct BudgetPaneData: Hashable, Sendable {
    struct ShadowLine: Hashable, Sendable {
        var sector: SectorCode
        var years: [TransitionInflow.ShadowYear]
    }

    var year: Int
    var shadow: [ShadowLine]
    /// The month the activity runs through, and each line's months (sub-area or sector code).
    var activityMonth: Int
    var activity: [String: [ActivityMonth]]
    /// Each line's average price through each month (January first): its forecast over its
    /// average active cases.
    var averagePrices: [String: [Money?]]
    var names: [String: String]
    var target: TargetReport?

    static func load(from repository: any ForumRepository) async throws -> BudgetPaneData {
        let settings = try await repository.settings()
        let year = settings.budgetYear
        let youths = try await repository.youths()
        let transition = try await repository.transitionSettings()
        let adult = TransitionInflow.adultGrantCases(try await repository.requests(), youths: youths)
        let receiving = Set(youths.map(\.receivingSector)).union(transition.netOtherInflow.keys).sorted()
        let rows = try await repository.budgetRows(year: year)
        let month = rows.lastPostedMonth ?? 1
        var names = Dictionary(try await repository.subAreas().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for sector in try await repository.sectors() { names[sector.code.rawValue] = sector.name }
        let activity = try await repository.activity(year: year, through: month)
        let snapshot = try await repository.budget(year: year)
        var prices: [String: [Money?]] = [:]
        for (code, months) in activity {
            guard let figures = snapshot.subAreas[code] else { continue }
            prices[code] = months.indices.map { index in
                Activity.averagePrice(forecast: BudgetBurn(figures, month: index + 1).forecast, months: Array(months.prefix(index + 1)))
            }
        }
        return BudgetPaneData(
            year: year,
            shadow: receiving.map {
                ShadowLine(sector: $0, years: TransitionInflow.shadowBudget(youths, adultGrantCases: adult, sector: $0, after: year,
                                                                            settings: transition))
            },
            activityMonth: month, activity: activity, averagePrices: prices, names: names,
            target: try await repository.targetReport(year: year))
    }
}

/// The lines of the shadow budget, activity and target views, shown as a scrolling document.
enum BudgetPaneDocument {
    /// `month` is the month screen 3 shows (nil: the last with postings); activity follows it.
    static func lines(_ pane: BudgetPane, data: BudgetPaneData?, month: Int?, language: Language) -> [StyledLine] {
        let t = { (phrase: Phrase) in phrase.text(language) }
        guard let data else { return [StyledLine("  " + t(Strings.loading), .muted)] }
        switch pane {
        case .burn:
            return []
        case .shadow:
            var lines = [StyledLine(t(Strings.paneShadowNote), .muted), StyledLine(),
                         StyledLine.columns([(t(Strings.colReceiving), 12, .left, .title)]
                            + (data.year + 1...data.year + 3).map { (String($0), 16, .right, .title) })]
            if data.shadow.isEmpty { lines.append(StyledLine("  " + t(Strings.paneNothing), .muted)) }
            for line in data.shadow {
                lines.append(StyledLine.columns([(line.sector.rawValue, 12, .left, .plain)]
                    + line.years.map { ($0.total.formatted(.kroner, unit: false), 16, .right, .plain) }))
            }
            return lines
        case .activity:
            let shown = min(month ?? data.activityMonth, data.activityMonth)
            var lines = [StyledLine(t(Strings.paneActivityNote(Strings.monthName(shown))), .muted), StyledLine(),
                         StyledLine.columns([(t(Strings.colSectorOrSubArea), 34, .left, .title), (t(Strings.colActive), 8, .right, .title),
                                             (t(Strings.colInflow), 8, .right, .title), (t(Strings.colOutflow), 8, .right, .title),
                                             (t(Strings.colAveragePrice), 13, .right, .title)])]
            for code in data.activity.keys.sorted() {
                guard let months = data.activity[code], months.indices.contains(shown - 1) else { continue }
                let month = months[shown - 1]
                guard month.active + month.inflow + month.outflow > 0 else { continue }
                let price = data.averagePrices[code].flatMap { $0.indices.contains(shown - 1) ? $0[shown - 1] : nil }
                let attributed = code.contains(".")
                let name = attributed ? code + " " + (data.names[code] ?? "")
                    : t(Strings.activityNotAttributed(data.names[code] ?? code))
                lines.append(StyledLine.columns([(name, 34, .left, attributed ? .plain : .muted), (String(month.active), 8, .right, .plain),
                                                 (String(month.inflow), 8, .right, .plain), (String(month.outflow), 8, .right, .plain),
                                                 (price?.formatted(.kroner, unit: false) ?? "–", 13, .right, .plain)]))
            }
            return lines
        case .targets:
            guard let report = data.target else { return [StyledLine("  " + t(Strings.paneNoTarget(data.year)), .muted)] }
            var lines = [
                StyledLine(t(Strings.paneTargetHeading(report.target.amount, through: report.through)), .plain),
                StyledLine(t(Strings.paneTargetEstimate), .muted), StyledLine(),
                StyledLine.columns([(t(Strings.colSector), 8, .left, .title), (t(Strings.colTarget), 14, .right, .title),
                                    (t(Strings.colProRata), 19, .right, .title), (t(Strings.colSavingEstimate), 19, .right, .title),
                                    (t(Strings.colBehind), 12, .left, .title)]),
            ]
            for line in report.sectors {
                lines.append(StyledLine.columns([
                    (line.sector.rawValue, 8, .left, .plain), (line.target.formatted(.kroner, unit: false), 14, .right, .plain),
                    (line.proRata.formatted(.kroner, unit: false), 19, .right, .plain),
                    (line.realised.saving.formatted(.kroner, unit: false), 19, .right, .plain),
                    (" " + t(line.isBehind ? Strings.targetBehindMark : Strings.targetOnTrackMark), 12, .left, line.isBehind ? .bad : .good),
                ]))
            }
            return lines
        }
    }
}
