import ArgumentParser
import ForumCore

/// `chefforum forecast set|clear`: the economist's manual forecast for a sector and month.
struct ForecastCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "forecast", abstract: Strings.forecastAbstract,
                             subcommands: [ForecastSetCommand.self, ForecastClearCommand.self])
    }

    /// Sets or clears over the version stored now: a command line has seen nothing older.
    static func change(_ global: GlobalOptions, sector: String, month text: String?,
                       to forecast: ManualForecast?) async throws -> (Session, ManualForecast?, Month) {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let settings = try await session.repository.settings()
        let month = try await chosenMonth(text, settings: settings, repository: session.repository)
        let code = SectorCode(sector)
        let rows = try await session.repository.forecastRows(year: month.year)
        let existing = rows.forecasts.first { $0.sector == code && $0.month == month.month }?.forecast
        let stored = try await session.repository.setForecast(code, month: month, forecast: forecast,
                                                              expectedVersion: existing?.version ?? 0, context: session.context())
        return (session, stored, month)
    }
}

struct ForecastSetCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: Strings.forecastSetAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.reportSectorHelp)) var sector: String
    @Option(help: ArgumentHelp(Strings.reportMonthHelp, valueName: Strings.valueMonth)) var month: String?
    @Option(help: ArgumentHelp(Strings.forecastAmountHelp, valueName: Strings.valueAmount)) var amount: String
    @Option(help: ArgumentHelp(Strings.forecastNoteHelp, valueName: Strings.valueNote)) var note: String

    func run() async throws {
        let forecast = ManualForecast(amount: try parseAmount(amount), note: note)
        let (session, stored, month) = try await ForecastCommand.change(global, sector: sector, month: month, to: forecast)
        guard let stored else { return }
        print(session.text(Strings.forecastStored(SectorCode(sector).rawValue, month.description,
                                                  stored.amount.formatted(.natural))))
    }
}

struct ForecastClearCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "clear", abstract: Strings.forecastClearAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.reportSectorHelp)) var sector: String
    @Option(help: ArgumentHelp(Strings.reportMonthHelp, valueName: Strings.valueMonth)) var month: String?

    func run() async throws {
        let (session, _, month) = try await ForecastCommand.change(global, sector: sector, month: month, to: nil)
        print(session.text(Strings.forecastCleared(SectorCode(sector).rawValue, month.description)))
    }
}
