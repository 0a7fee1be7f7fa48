import ArgumentParser
import ForumCore
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Strings.dbHelp, discussion: Strings.dbDiscussion, valueName: Strings.valueDatabase))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(Strings.langHelp, valueName: Strings.valueLanguage))
    var lang: Language?

    var language: Language { lang ?? .commandLine }

    /// `--db ""` (an unset shell variable, say) is a mistake, not a wish for the default database.
    func validate() throws {
        if let db, db.allSatisfy(\.isWhitespace) { throw ValidationError(Strings.emptyDatabaseOption.text(language)) }
    }

    /// The database path: `--db`, else `CHEFFORUM_DB`, else the XDG data directory.
    var databasePath: String {
        if let db { return db }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CHEFFORUM_DB"], !path.isEmpty { return path }
        return Self.dataHome + "/chefforum/chefforum.sqlite"
    }

    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    static var dataHome: String {
        ProcessInfo.processInfo.environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/share")
    }
}

extension Language: ExpressibleByArgument {}

/// A command with the global options, so that errors are reported in the chosen language.
protocol CarriesGlobalOptions {
    var global: GlobalOptions { get }
}
