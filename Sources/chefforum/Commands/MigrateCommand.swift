import ArgumentParser
import ForumCore
import ForumStore
import Foundation

/// `chefforum migrate --from FILE.sqlite --to postgres://…`: moves a whole SQLite database into
/// an empty PostgreSQL database, rows, ids, history and audit chain as they are, in one
/// transaction, and appends who moved it to the chain. An administrator of the file does it.
struct MigrateCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "migrate", abstract: Strings.migrateAbstract, discussion: Strings.migrateDiscussion)
    }

    @Option(name: .customLong("from"), help: ArgumentHelp(Strings.migrateFromHelp, valueName: Strings.valuePath))
    var source: String

    @Option(name: .customLong("to"), help: ArgumentHelp(Strings.migrateToHelp, valueName: Strings.valueURL))
    var target: String

    @Option(name: .long, help: ArgumentHelp(Strings.langHelp, valueName: Strings.valueLanguage))
    var lang: Language?

    func run() async throws {
        let language = lang ?? .commandLine
        guard case .sqlite(let path) = BackendLocation(source) else {
            throw CommandError.invalidArgument(Strings.migrateSourceNotFile(source))
        }
        guard case .postgres = BackendLocation(target) else {
            throw CommandError.invalidArgument(Strings.migrateTargetNotServer(BackendLocation(target).description))
        }
        let from = try await Backends.open(.sqlite(path: path), create: false)
        guard let exporter = from as? any StoreExporter else { throw CommandError.invalidArgument(Strings.migrateSourceNotFile(source)) }
        let (user, _) = try await Identity.resolve(login: Identity.currentLogin(), in: from.repository)
        let (actor, _) = try await from.setupActor(for: user)
        if case .denied(let reason) = Permissions.check(actor, .administer) { throw RepositoryError.denied(reason) }
        let to = try await Backends.open(BackendLocation(target), create: true)
        guard let importer = to as? any StoreImporter else {
            throw CommandError.invalidArgument(Strings.migrateTargetNotServer(to.location.description))
        }
        let now = SystemClock.now()
        let rows = try await importer.importRows(from: exporter, describedAs: path,
                                                 context: CommandContext(user: actor, at: now, today: SystemClock.today(at: now)))
        print(Strings.migrated(rows: rows, from: path, to: to.location.description).text(language))
    }
}
