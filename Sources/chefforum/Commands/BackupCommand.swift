import ArgumentParser
import ForumCore
import ForumStore
import Foundation

/// `chefforum backup --out FILE`: a consistent copy of the SQLite database, taken with SQLite's
/// online backup while consoles stay open, and the pseudonymisation key beside it.
struct BackupCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: Strings.backupAbstract, discussion: Strings.backupDiscussion)
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.backupOutHelp, valueName: Strings.valueFile)) var out: String

    func run() async throws {
        let location = BackendLocation(global.databasePath)
        // A backup never replaces a file: an older backup may be the one still needed.
        guard !FileManager.default.fileExists(atPath: out) else { throw CommandError.invalidArgument(Strings.backupExists(out)) }
        try await Backends.backup(location, to: out)
        let key = KeyFile.path(forDatabase: global.databasePath)
        let keyCopy = KeyFile.path(forDatabase: out)
        // Without its key, a restored database could not pseudonymise the next import as before.
        if FileManager.default.fileExists(atPath: key), !FileManager.default.fileExists(atPath: keyCopy) {
            try KeyFile.copy(key, to: keyCopy)
            print(Strings.backupWrittenWithKey(out, key: keyCopy).text(global.language))
        } else {
            print(Strings.backupWritten(out).text(global.language))
        }
    }
}

/// `chefforum restore FILE [--db PATH] [--force]`: checks a copy (SQLite's integrity check, the
/// audit trail against the stored rows) and only then puts it in place of the database, asking
/// first (or needing `--force`) when that database exists.
struct RestoreCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: Strings.restoreAbstract, discussion: Strings.restoreDiscussion)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.restoreFileHelp, valueName: Strings.valueFile)) var file: String
    @Flag(help: ArgumentHelp(Strings.restoreForceHelp)) var force = false

    func run() async throws {
        let language = global.language
        let path = global.databasePath
        guard FileManager.default.fileExists(atPath: file) else { throw CommandError.invalidArgument(Strings.restoreNoFile(file)) }
        let exists = FileManager.default.fileExists(atPath: path)
        var events: Int64 = 0
        do {
            try await Backends.restore(from: file, to: BackendLocation(path)) { verification in
                switch verification {
                case .intact(let count): events = count
                case .broken(let seq, let reason):
                    throw CommandError.failed(Strings.restoreRefused(file, Strings.auditBroken(seq: seq, reason: reason)))
                case .damaged(let detail):
                    throw CommandError.failed(Strings.restoreRefused(file, Strings.copyDamaged(detail)))
                }
                // Asked only now, so that nobody is asked about a copy that would be refused anyway.
                if exists && !force && !Self.confirmed(Strings.restoreAsk(path, from: file).text(language)) {
                    throw CommandError.failed(Strings.restoreNeedsForce(path))
                }
            }
        } catch StoreError.cannotOpen(let unreadable, let reason) where unreadable == file {
            throw CommandError.failed(Strings.restoreRefused(file, Strings.copyUnreadable(reason)))
        }
        let key = KeyFile.path(forDatabase: path)
        let keyCopy = KeyFile.path(forDatabase: file)
        // A database restored where it has no key gets the copy's, so that imports keep their pseudonyms.
        if FileManager.default.fileExists(atPath: keyCopy), !FileManager.default.fileExists(atPath: key) {
            try KeyFile.copy(keyCopy, to: key)
        }
        print(Strings.restored(path, from: file, events: events).text(language))
    }

    /// Asks on the terminal; without one (a script) there is nobody to ask, so the answer is no.
    static func confirmed(_ question: String) -> Bool {
        guard isatty(STDIN_FILENO) == 1 else { return false }
        FileHandle.standardError.write(Data((question + " ").utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["j", "ja", "y", "yes"].contains(answer)
    }
}
