import ArgumentParser
import ForumCore

/// `chefforum report bridge`: from last month's forecast to this month's, per sector.
struct ReportBridgeCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "bridge", abstract: Strings.reportBridgeAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var budget: BudgetArguments
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    struct Row: Encodable {
        let sector: String
        let previousForecast: Int64
        let lines: [String: Int64]
        let forecast: Int64

        enum CodingKeys: String, CodingKey {
            case sector, lines, forecast
            case previousForecast = "previous_forecast"
        }
    }

    func run() async throws {
        let session = try await Session.open(global)
        let (report, rows, settings) = try await budget.report(session)
        guard report.month > 1 else { throw CommandError.failed(Strings.bridgeNotInJanuary) }
        let bridges = report.sectors.compactMap {
            ForecastBridge.of(rows, sector: SectorCode($0.sector.code), month: report.month, tolerance: settings.tolerance)
        }
        if format == .json {
            try printJSON(bridges.map { bridge in
                Row(sector: bridge.sector.rawValue, previousForecast: bridge.previousForecast.ore,
                    lines: Dictionary(uniqueKeysWithValues: bridge.lines.map { ($0.cause.rawValue, $0.amount.ore) }),
                    forecast: bridge.forecast.ore)
            })
            return
        }
        let t = session.text
        if format == .table { print(t(Strings.reportBridgeHeading(Strings.monthName(report.month - 1), Strings.monthName(report.month)))) }
        let cells = NumberCells(format, session.language)
        let amount = cells.kroner
        let table = TextTable(
            headers: [t(Strings.colSector)]
                + ([Strings.bridgePrevious] + ForecastBridge.Cause.allCases.map(\.phrase) + [Strings.bridgeCurrent])
                    .map { cells.heading($0, .ore) },
            rows: bridges.map { bridge in
                [bridge.sector.rawValue, amount(bridge.previousForecast)] + bridge.lines.map { amount($0.amount) }
                    + [amount(bridge.forecast)]
            },
            rightAligned: Set(1...(ForecastBridge.Cause.allCases.count + 2)))
        print(table.render(format), terminator: "")
    }
}
