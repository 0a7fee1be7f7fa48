import ForumCore
import ForumTUI
import Foundation

/// Opens the console on an opened database: the one way every command that shows the console
/// (`chefforum`, `chefforum console`, `chefforum demo`) starts it.
enum ConsoleLauncher {
    static func run(_ session: Session, arguments: ConsoleArguments) async throws {
        try await Console.run(
            repository: session.repository, user: session.user,
            databaseLabel: label(for: session.backend.location.description), today: SystemClock.today(), clock: { SystemClock.now() },
            options: ConsoleOptions(language: session.language, theme: arguments.theme, registered: session.known))
    }

    /// The database as the header names it: the path, with the home directory as `~`.
    static func label(for path: String) -> String {
        let home = NSHomeDirectory()
        guard !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
