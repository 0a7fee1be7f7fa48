import Foundation
import ForumCore
import ForumSQLite
import ForumStore

/// An opened database with the person at the keyboard: what every command starts from.
struct Session {
    let database: ForumDatabase
    let repository: SQLiteRepository
    let user: User
    /// False when the login is not among the database's users (read-only access).
    let known: Bool
    let language: Language

    /// Opens the database of the global options. Unless `create` is set, a missing file is an
    /// error rather than a silently created empty database.
    static func open(_ options: GlobalOptions, create: Bool = false) async throws -> Session {
        let path = options.databasePath
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw CommandError.noDatabase(path)
        }
        let database = try ForumDatabase(path: path)
        let repository = SQLiteRepository(database: database)
        let (user, known) = try await Identity.resolve(login: Identity.currentLogin(), in: repository)
        return Session(database: database, repository: repository, user: user, known: known, language: options.language)
    }

    /// A context stamped with the time now.
    func context(as actor: User? = nil, meeting: String? = nil) -> CommandContext {
        let now = SystemClock.now()
        return CommandContext(user: actor ?? user, at: now, today: SystemClock.today(at: now), meeting: meeting)
    }

    func text(_ phrase: Phrase) -> String { phrase.text(language) }

    /// Who sets up the database (`CommandRules.setupActor`); `bootstrapping` tells the caller to say so.
    func setupActor() async throws -> (user: User, bootstrapping: Bool) {
        CommandRules.setupActor(user, users: try await repository.users())
    }

    /// A note on stderr for an unknown login: what they can do and how to be added.
    func warnIfUnknown() {
        guard !known else { return }
        FileHandle.standardError.write(Data((text(Strings.unknownLogin(user.login)) + "\n").utf8))
    }
}

/// The only place the executable reads the clock.
enum SystemClock {
    static func now() -> Timestamp {
        Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// Today in Danish time.
    static func today(at now: Timestamp = now()) -> Day {
        now.local(utcOffsetSeconds: now.copenhagenOffsetSeconds).day
    }
}

/// Errors of the command line itself.
enum CommandError: Error, UserFacingError {
    case noDatabase(String)
    case invalidArgument(Phrase)
    case failed(Phrase)

    var phrase: Phrase {
        switch self {
        case .noDatabase(let path): Strings.noDatabase(path)
        case .invalidArgument(let phrase), .failed(let phrase): phrase
        }
    }
}
