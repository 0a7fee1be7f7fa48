import ArgumentParser
import ForumCore

/// `chefforum console` (and `chefforum` alone): the console on the database of `--db`,
/// `CHEFFORUM_DB` or the default location.
struct ConsoleCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "console", abstract: Strings.consoleAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var console: ConsoleArguments

    func run() async throws {
        let session = try await Session.open(global)
        try await ConsoleLauncher.run(session, arguments: console)
    }
}
