import ForumCore

/// What can go wrong with opening the store itself, before any command.
public enum StoreError: Error, Hashable, Sendable, UserFacingError {
    case cannotOpen(path: String, reason: String)
    /// The file was written by a newer Chefforum: these migrations are unknown to this build.
    case newerSchema(path: String, migrations: [String])
    /// The database has no settings yet (not built with `chefforum demo` or set up).
    case notInitialised(path: String)
    /// The file at the path is not a demo database and will not be overwritten.
    case notADemoDatabase(path: String)
    /// The demo database has changes made after it was built (decisions, users): replacing it
    /// needs `--force`.
    case demoChanged(path: String, events: Int)
    /// `--db` is a database server's URL that cannot be used as it is written.
    case badLocation(String, reason: Phrase)
    /// The database server failed a command for a reason of its own (lost connection, …).
    case serverFailed(String, reason: Phrase)
    /// A whole database is copied only into an empty one (`chefforum migrate`).
    case notEmpty(String)
    /// The database server refused the connection or did not answer.
    case cannotConnect(String, reason: Phrase)

    public var phrase: Phrase {
        switch self {
        case .cannotOpen(let path, let reason): Strings.cannotOpenDatabase(path, reason: reason)
        case .newerSchema(let path, let migrations): Strings.newerSchema(path, migrations: migrations)
        case .notInitialised(let path): Strings.databaseNotInitialised(path)
        case .notADemoDatabase(let path): Strings.notADemoDatabase(path)
        case .demoChanged(let path, let events): Strings.demoChanged(path, events: events)
        case .badLocation(let location, let reason): Strings.badDatabaseLocation(location, reason: reason)
        case .cannotConnect(let location, let reason): Strings.cannotConnect(location, reason: reason)
        case .notEmpty(let location): Strings.databaseNotEmpty(location)
        case .serverFailed(let location, let reason): Strings.databaseServerFailed(location, reason: reason)
        }
    }
}
