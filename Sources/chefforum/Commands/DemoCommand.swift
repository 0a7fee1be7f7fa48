import ArgumentParser
import Foundation
import ForumCore
import ForumStore

/// `chefforum demo`: builds a fresh demo municipality from `data/skovby/` and opens the console
/// on it, with the current login as the forum's chair with every role (in the demo only).
struct DemoCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: Strings.demoAbstract, discussion: Strings.demoDiscussion)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var console: ConsoleArguments
    @Flag(name: .customLong("no-ui"), help: ArgumentHelp(Strings.demoNoUIHelp)) var noUI = false
    @Option(help: ArgumentHelp(Strings.demoDataHelp, discussion: Strings.demoDataDiscussion, valueName: Strings.valuePath))
    var data: String?

    func run() async throws {
        let path = global.db.flatMap { $0.isEmpty ? nil : $0 } ?? GlobalOptions.dataHome + "/chefforum/demo.sqlite"
        let directory = try DemoFiles.locate(data)
        let started = Date()
        let language = global.language
        let now = SystemClock.now()
        let shown = BackendLocation(path).description
        FileHandle.standardError.write(Data((Strings.demoBuilding(shown).text(language) + "\n").utf8))
        let store = try await Backends.freshDemo(at: BackendLocation(path))
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

/// Where the demo's files are.
enum DemoFiles {
    static func locate(_ explicit: String?) throws -> String {
        var candidates: [String] = []
        if let explicit, !explicit.isEmpty { candidates.append(explicit) }
        if let environment = ProcessInfo.processInfo.environment["CHEFFORUM_DATA"], !environment.isEmpty {
            candidates.append(environment)
        }
        if explicit == nil {
            // Next to the program (…/.build/debug/chefforum → the checkout) or in the current folder.
            var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("data/skovby").path)
                folder.deleteLastPathComponent()
            }
            candidates.append(FileManager.default.currentDirectoryPath + "/data/skovby")
        }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/settings.csv") {
            return candidate
        }
        throw CommandError.failed(Strings.demoFilesMissing(candidates.first ?? "data/skovby"))
    }
}
