import Foundation
import ForumCore
import GRDB
@testable import ForumSQLite
@testable import ForumStore

/// A fresh database for the console, with the person running the tests as the forum's chair,
/// and a script that runs the console in it and then reports how it ended and whether the
/// terminal was left usable (cooked mode with echo and signals).
struct ConsoleFixture {
    let directory: URL
    let database: ForumDatabase
    var databasePath: String { database.path }
    var script: String { directory.appendingPathComponent("run.sh").path }
    var pidFile: String { directory.appendingPathComponent("pid").path }

    static let settings = ForumSettings(municipality: "Skovby Kommune", budgetYear: 2026, policy: .assens)

    init() throws {
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("cf-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try ForumDatabase(path: directory.appendingPathComponent("forum.sqlite").path)
        let chair = User(login: Identity.currentLogin(), name: "Hanne Formand", roles: [.chair])
        try database.pool.write { db in
            try StoreWriters.saveSettings(db, Self.settings, isDemo: false)
            try StoreWriters.insertUser(db, chair)
        }
        let runner = """
            #!/bin/sh
            sh -c 'echo $$ > "$1"; shift; exec env "$@"' sh '\(pidFile)' "$@"
            status=$?
            echo "EXIT=$status TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' ')"
            exec sleep 600
            """
        try runner.write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    }

    /// The command line for tmux: the script running chefforum with `arguments` under a
    /// terminal type and language, each word quoted.
    func command(_ arguments: [String], term: String = "tmux-256color", lang: String = "C.UTF-8") -> String {
        ([script, "TERM=\(term)", "LANG=\(lang)", "LC_ALL=", "SWIFT_BACKTRACE=enable=no", BinaryRunner.binary.path]
            + arguments).map { "'\($0)'" }.joined(separator: " ")
    }

    /// A fresh demo built by the real binary, its console in a 120×40 tmux pane with the queue
    /// shown; `inMeeting`: with today's meeting opened first (`chefforum meeting open`), the person
    /// running the tests presiding, as the forum's requests are decided only in one (DOMAIN §10).
    func demoConsole(inMeeting: Bool = false) throws -> (tmux: TmuxSession, database: String) {
        let database = directory.appendingPathComponent("demo.sqlite").path
        var arguments = ["demo", "--db", database]
        if inMeeting {
            for step in [["demo", "--no-ui"], ["meeting", "open", "--participants", Identity.currentLogin()]] {
                let result = try BinaryRunner.run(step + ["--db", database])
                guard result.status == 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(step): \(result.stderr)"])
                }
            }
            arguments = ["--db", database]
        }
        let tmux = try TmuxSession(command: command(arguments), columns: 120, rows: 40, environment: [:])
        do {
            try tmux.waitFor("Forummets kø", within: 60)
        } catch {
            tmux.close()
            throw error
        }
        return (tmux, database)
    }

    /// The pid of the chefforum process the script started.
    func pid() throws -> pid_t {
        let text = try String(contentsOfFile: pidFile, encoding: .utf8)
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return pid
    }

    /// Renames the municipality, as another terminal or an import would.
    func renameMunicipality(_ name: String) throws {
        var settings = Self.settings
        settings.municipality = name
        try database.pool.write { db in try StoreWriters.saveSettings(db, settings, isDemo: false) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
