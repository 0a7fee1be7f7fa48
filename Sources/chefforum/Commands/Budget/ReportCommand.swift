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
        let table = TextTable(
            headers: [Strings.colSectorOrSubArea, Strings.colAreaName, Strings.colBudget, Strings.colExpected, Strings.colActual,
                      Strings.colCommitted, Strings.colUncommitted, Strings.colForecast, Strings.colDeviation,
                      Strings.colDeviationPercent, Strings.colBeyond].map(t),
            rows: report.sectors.flatMap { line in
                ([line.sector] + line.subAreas).enumerated().map { index, row in
                    BurnTableRow.cells(row, indented: index > 0, language: session.language)
                }
            },
            rightAligned: Set(2...9))
        print(table.render(format), terminator: "")
    }
}

/// The cells of one burn row, shared by the burn and the deviations reports.
enum BurnTableRow {
    static func cells(_ line: BurnReport.Line, indented: Bool, language: Language) -> [String] {
        let burn = line.burn
        let amount: (Money) -> String = { $0.formatted(.kroner, unit: false) }
        return [(indented ? "  " : "") + line.code, line.name, amount(burn.budget), amount(burn.expectedToDate),
                amount(burn.actualToDate), amount(burn.committedRest), amount(burn.uncommittedRest),
                amount(burn.forecast) + (burn.manualForecast == nil ? "" : " M"), amount(burn.deviation),
                burn.deviationPerMille.map(Strings.perMille) ?? "–",
                burn.beyondTolerance ? "! " + Strings.deviationWord(burn.deviation).text(language) : ""]
    }
}
