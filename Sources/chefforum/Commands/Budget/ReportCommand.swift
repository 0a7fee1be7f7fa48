import ArgumentParser
import ForumCore

/// `chefforum report …`: the budget's figures for scripts, spreadsheets and the minutes.
struct ReportCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report", abstract: Strings.reportAbstract,
            subcommands: [ReportBurnCommand.self, ReportDeviationsCommand.self, ReportBridgeCommand.self,
                          ReportFamiliesCommand.self, ReportTransitionsCommand.self, ReportActivityCommand.self])
    }
}

/// `chefforum report burn`: a row per sector and sub-area at the end of a month.
struct ReportBurnCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "burn", abstract: Strings.reportBurnAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var budget: BudgetArguments
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let (report, _, _) = try await budget.report(session)
        if format == .json {
            try printJSON(report.sectors.map { BurnJSON($0.sector, subAreas: $0.subAreas, through: report.through) })
            return
        }
        let t = session.text
        if format == .table { print(t(Strings.reportBurnHeading(report.through))) }
        let cells = NumberCells(format, session.language)
        let table = TextTable(
            headers: [t(Strings.colSectorOrSubArea), t(Strings.colAreaName)]
                + [Strings.colBudget, Strings.colExpected, Strings.colActual, Strings.colCommitted, Strings.colUncommitted,
                   Strings.colForecast, Strings.colDeviation].map { cells.heading($0, .ore) }
                + [cells.deviationHeading, t(Strings.colBeyond)],
            rows: report.sectors.flatMap { line in
                ([line.sector] + line.subAreas).enumerated().map { index, row in
                    BurnTableRow.cells(row, indented: index > 0, numbers: cells)
                }
            },
            // The console's narrow burn table: budget, actual, forecast, deviation and its share.
            rightAligned: Set(2...9), keptWhenNarrow: [0, 2, 4, 7, 8, 9, 10])
        print(table.render(format), terminator: "")
    }
}

/// The cells of one burn row.
enum BurnTableRow {
    static func cells(_ line: BurnReport.Line, indented: Bool, numbers: NumberCells) -> [String] {
        let burn = line.burn
        let amount = numbers.kroner
        // `M` marks a manual forecast for people; CSV keeps the cell a number (JSON has `manual_forecast`).
        let manual = burn.manualForecast == nil || numbers.plain ? "" : " M"
        return [(indented ? "  " : "") + line.code, line.name, amount(burn.budget), amount(burn.expectedToDate),
                amount(burn.actualToDate), amount(burn.committedRest), amount(burn.uncommittedRest),
                amount(burn.forecast) + manual, amount(burn.deviation), numbers.perMille(burn.deviationPerMille),
                burn.beyondTolerance ? "! " + Strings.deviationWord(burn.deviation).text(numbers.language) : ""]
    }
}
