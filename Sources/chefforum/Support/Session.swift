import Foundation
import ForumCore
import ForumStore

/// An opened store with the person at the keyboard: what every command starts from.
struct Session {
    let backend: any ForumBackend
    var repository: any ForumRepository { backend.repository }
    let user: User
    /// False when the login is not among the database's users (read-only access).
    let known: Bool
    let language: Language

    /// Opens the store of the global options. Unless `create` is set, a missing database is an
    /// error rather than a silently created empty one.
    static func open(_ options: GlobalOptions, create: Bool = false) async throws -> Session {
        let backend = try await Backends.open(BackendLocation(options.databasePath), create: create)
        let (user, known) = try await Identity.resolve(login: Identity.currentLogin(), in: backend.repository)
        return Session(backend: backend, user: user, known: known, language: options.language)
    }

    /// A context stamped with the time now.
    func context(as actor: User? = nil, meeting: String? = nil) -> CommandContext {
        let now = SystemClock.now()
        return CommandContext(user: actor ?? user, at: now, today: SystemClock.today(at: now), meeting: meeting)
    }

    /// A context for a decision in the open meeting, if any — decisions taken while a meeting is
    /// open carry its id (DOMAIN §9). A meeting named (`--meeting`) must be the open one: a
    /// decision is never filed under a meeting that is not sitting.
    func meetingContext(_ meeting: String?) async throws -> CommandContext {
        let open = try await repository.currentMeeting()?.id.rawValue
        if let meeting, meeting.uppercased() != open?.uppercased() {
            throw CommandError.invalidArgument(open.map { Strings.otherMeetingOpen(meeting, open: $0) } ?? Strings.meetingNotOpen(meeting))
        }
        return context(meeting: open)
    }

    func text(_ phrase: Phrase) -> String { phrase.text(language) }

    /// Who sets up the store: the person at the keyboard, or — while it has no administrator
    /// yet — whoever the backend lets set it up (see `FirstAdministratorSetup`).
    func setupActor() async throws -> (user: User, bootstrapping: Bool) {
        try await backend.setupActor(for: user)
    }

    /// Why `login` acts as the first administrator: on a file, writing it; on a server, the
    /// right to create roles there.
    func firstAdministrator(_ login: String) -> Phrase {
        switch backend.location {
        case .sqlite: Strings.firstAdministrator(login)
        case .postgres: Strings.firstAdministratorOnServer(login)
        }
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

extension Session {
    /// The request a typed id names: as written, in any case, or by a unique ending (`0197`).
    /// The exact id costs one read; only an id not found as written reads the list of ids.
    func request(typed id: String) async throws -> GrantRequest {
        do {
            return try await repository.request(RequestID(id))
        } catch RepositoryError.requestNotFound {
            switch RequestID.resolve(id, among: try await repository.requests().map(\.id)) {
            case .found(let found): return try await repository.request(found)
            case .notFound: throw RepositoryError.requestNotFound(RequestID(id))
            case .ambiguous(let candidates):
                throw CommandError.invalidArgument(Strings.requestIDAmbiguous(id, candidates.map(\.rawValue)))
            }
        }
    }
}
