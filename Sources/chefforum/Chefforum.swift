import ArgumentParser
import ForumCore
import ForumPostgres
import ForumSQLite
import Foundation

/// The `chefforum` command: alone it opens the console on the default database.
@main
struct Chefforum: AsyncParsableCommand {
    /// The program's version, raised with each release.
    static let version = "0.9.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "chefforum", abstract: Strings.chefforumAbstract, discussion: Strings.chefforumDiscussion,
            version: Strings.version(Chefforum.version, sqlite: SQLiteBackend.schemaVersion,
                                     postgres: PostgresBackend.schemaVersion),
            subcommands: [
                ConsoleCommand.self, InitCommand.self, DemoCommand.self, MigrateCommand.self, RequestCommand.self, CapacityCommand.self, GenerateCommand.self, ImportCommand.self,
                UsersCommand.self, AuditCommand.self, ReportCommand.self, ForecastCommand.self, DeviationCommand.self,
                MeetingCommand.self, MinutesCommand.self, TransitionCommand.self, TargetCommand.self, BackupCommand.self,
                RestoreCommand.self, CompletionsCommand.self, BenchCommand.self,
            ],
            defaultSubcommand: ConsoleCommand.self)
    }

    /// Parses, runs, and reports every failure as `chefforum: error: …` on stderr with a
    /// non-zero exit, in the user's language; bad input never crashes the program.
    static func main() async {
        await execute()
    }

    /// Off the main actor, so the parsed command is never sent across isolation domains.
    nonisolated private static func execute() async {
        // Read before parsing: the help texts the parser builds are in this language too.
        var language = Language.commandLine
        do {
            var command = try parseAsRoot()
            if let carrier = command as? any CarriesGlobalOptions { language = carrier.global.language }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any UserFacingError {
            fail(error.phrase.text(language))
        } catch let error as CleanExit {
            exit(withError: error)
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            // `--help` and `--version` arrive here, wrapped by the parser, with a success code:
            // `exit(withError:)` prints them itself, so printing them first showed them twice.
            if exitCode(for: error) == .success { exit(withError: error) }
            fail(fullMessage(for: error).replacingOccurrences(of: "Error: ", with: ""), usage: true)
        }
    }

    /// Every failure leaves through here; a message echoes what was typed (an id, a date), so
    /// anything in it that looks like a CPR number is masked.
    static func fail(_ message: String, usage: Bool = false) -> Never {
        FileHandle.standardError.write(Data("chefforum: error: \(VisibleText.escaped(CPRText.masked(message), keepingWhitespace: true))\n".utf8))
        Foundation.exit(usage ? 64 : 1)
    }
}
