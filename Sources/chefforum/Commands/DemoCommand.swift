import ArgumentParser
import Foundation
import ForumCore
import ForumStore

/// `chefforum demo`: builds a fresh demo municipality from its built-in files and opens the console
/// on it, with the current login as the forum's chair with every role (in the demo only).
struct DemoCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: Strings.demoAbstract, discussion: Strings.demoDiscussion)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var console: ConsoleArguments
    @Flag(name: .customLong("no-ui"), help: ArgumentHelp(Strings.demoNoUIHelp)) var noUI = false
    @Flag(help: ArgumentHelp(Strings.demoForceHelp)) var force = false
    @Option(help: ArgumentHelp(Strings.demoDataHelp, discussion: Strings.demoDataDiscussion, valueName: Strings.valuePath))
    var data: String?

    func run() async throws {
        let path = global.db.flatMap { $0.isEmpty ? nil : $0 } ?? GlobalOptions.dataHome + "/chefforum/demo.sqlite"
        let directory = try data.map(Self.checkedFolder)
        let started = Date()
        let language = global.language
        let now = SystemClock.now()
        let shown = BackendLocation(path).description
        FileHandle.standardError.write(Data((Strings.demoBuilding(shown).text(language) + "\n").utf8))
        let store = try await Backends.freshDemo(at: BackendLocation(path), force: force)
        try await DemoBuilder.build(
            into: store, dataDirectory: directory, keyPath: KeyFile.path(forDatabase: path),
            login: Identity.currentLogin(), name: Identity.currentName(), at: now, today: SystemClock.today(at: now))
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data((Strings.demoBuilt(shown, milliseconds: Int(seconds * 1000)).text(language) + "\n").utf8))
        guard !noUI else { return }
        var options = global
        options.db = path
        let session = try await Session.open(options)
        try await ConsoleLauncher.run(session, arguments: console)
    }
}

extension DemoCommand {
    /// A folder given with `--data`, which must hold the demo's files.
    static func checkedFolder(_ folder: String) throws -> String {
        guard !folder.isEmpty, FileManager.default.fileExists(atPath: folder + "/settings.csv") else {
            throw CommandError.failed(Strings.demoFilesMissing(folder))
        }
        return folder
    }
}
