import ArgumentParser
import ForumCore

/// `chefforum report activity`: active cases, inflow, outflow and average price per sub-area and
/// month (DOMAIN §13), where active(m) = active(m−1) + inflow − outflow holds exactly.
struct ReportActivityCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "activity", abstract: Strings.reportActivityAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.reportActivityMonthHelp, valueName: Strings.valueMonth)) var month: String?
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let repository = session.repository
        let settings = try await repository.settings()
        let through = try await chosenMonth(month, settings: settings, repository: repository).month
        let snapshot = try await repository.budget(year: settings.budgetYear)
        let names = Dictionary(try await repository.subAreas().map { ($0.code, ($0.name, $0.sector)) }, uniquingKeysWith: { first, _ in first })
        let sectorNames = Dictionary(try await repository.sectors().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let activity = try await repository.activity(year: settings.budgetYear, through: through)
        let lines: [ActivityLine] = activity.keys.sorted().flatMap { code -> [ActivityLine] in
            let months = activity[code] ?? []
            // Nothing active, in or out in the months shown: not a line.
            guard months.contains(where: { $0.active + $0.inflow + $0.outflow > 0 }) else { return [] }
            let figures = snapshot.subAreas[code]
            return months.enumerated().compactMap { index, month in
                guard self.month == nil || index + 1 == through else { return nil }
                let price = figures.flatMap {
                    Activity.averagePrice(forecast: BudgetBurn($0, month: index + 1).forecast, months: Array(months.prefix(index + 1)))
                }
                let name = names[code].map(\.0)
                    ?? session.text(Strings.activityNotAttributed(sectorNames[SectorCode(code)] ?? code))
                let sector = names[code]?.1 ?? SectorCode(code)
                return ActivityLine(code: code, name: name, sector: sector, attributed: names[code] != nil, month: month,
                                    averagePrice: price)
            }
        }
        if format == .json {
            try printJSON(lines.map(ActivityJSON.init))
            return
        }
        let t = session.text
        if format == .table { print(t(Strings.reportActivityHeading(settings.budgetYear, through: through))) }
        print(TextTable(
            headers: [Strings.colSectorOrSubArea, Strings.colAreaName, Strings.colMonth, Strings.colActive, Strings.colInflow,
                      Strings.colOutflow, Strings.colAveragePrice].map(t),
            rows: lines.map {
                [$0.code, $0.name, $0.month.month.description, String($0.month.active), String($0.month.inflow),
                 String($0.month.outflow), $0.averagePrice?.formatted(.kroner, unit: false) ?? "–"]
            },
            rightAligned: [2, 3, 4, 5, 6]).render(format), terminator: "")
    }
}

/// One sub-area (or a sector's activity not attributed to a sub-area) in one month.
struct ActivityLine {
    let code: String
    let name: String
    let sector: SectorCode?
    let attributed: Bool
    let month: ActivityMonth
    let averagePrice: Money?
}

/// A line of `report activity --format json`.
struct ActivityJSON: Encodable {
    let subArea: String?
    let sector: String?
    let month: String
    let active: Int
    let inflow: Int
    let outflow: Int
    let averagePriceOre: Int64?

    enum CodingKeys: String, CodingKey {
        case sector, month, active, inflow, outflow
        case subArea = "sub_area", averagePriceOre = "average_price_ore"
    }

    init(_ line: ActivityLine) {
        subArea = line.attributed ? line.code : nil
        sector = line.sector?.rawValue
        month = line.month.month.description
        active = line.month.active
        inflow = line.month.inflow
        outflow = line.month.outflow
        averagePriceOre = line.averagePrice?.ore
    }
}
