import ArgumentParser
import ForumCore
import ForumStore

/// `chefforum init`: creates the database of `--db` (a file, or the tables on a server) by the
/// versioned migrations, or brings an older one up to date; a newer one is refused. The
/// municipality's settings are imported next (`chefforum import settings FILE`).
struct InitCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: Strings.initAbstract, discussion: Strings.initDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let backend = try await Backends.open(BackendLocation(global.databasePath), create: true)
        print(Strings.initDone(backend.location.description).text(global.language))
    }
}
