/// What opening a PostgreSQL database says when it cannot.
extension Strings {
    public static func badDatabaseLocation(_ location: String, reason: Phrase) -> Phrase {
        Phrase(da: "--db \(location) kan ikke bruges: \(reason.danish)", en: "--db \(location) cannot be used: \(reason.english)")
    }
    public static func cannotConnect(_ location: String, reason: Phrase) -> Phrase {
        Phrase(da: "kan ikke forbinde til databasen \(location): \(reason.danish)",
               en: "cannot connect to the database \(location): \(reason.english)")
    }
    public static let postgresURLUnreadable = Phrase(
        da: "ikke en URL på formen postgres://BRUGER:ADGANGSKODE@VÆRT:PORT/DATABASE",
        en: "not a URL of the form postgres://USER:PASSWORD@HOST:PORT/DATABASE")
    public static let postgresURLNoDatabase = Phrase(
        da: "URL'en mangler databasens navn efter værten (postgres://VÆRT/DATABASE)",
        en: "the URL lacks the database's name after the host (postgres://HOST/DATABASE)")
    public static func postgresURLBadSSLMode(_ mode: String) -> Phrase {
        Phrase(da: "sslmode=\(mode) kendes ikke; brug disable, prefer eller require",
               en: "sslmode=\(mode) is unknown; use disable, prefer or require")
    }
    public static func postgresLoginRefused(_ user: String) -> Phrase {
        Phrase(da: "serveren afviste login som \(user) (forkert adgangskode, eller brugeren findes ikke på serveren)",
               en: "the server refused the login as \(user) (wrong password, or no such user on the server)")
    }
    public static func postgresNoSuchDatabase(_ database: String) -> Phrase {
        Phrase(da: "serveren har ingen database ved navn \(database)", en: "the server has no database named \(database)")
    }
    public static let postgresUnreachable = Phrase(
        da: "serveren svarer ikke (forkert vært eller port, eller serveren kører ikke)",
        en: "the server does not answer (wrong host or port, or the server is not running)")
    public static func postgresFailure(_ detail: String) -> Phrase {
        Phrase(da: "serveren svarede: \(detail)", en: "the server answered: \(detail)")
    }
    public static func databaseNotEmpty(_ location: String) -> Phrase {
        Phrase(da: "databasen \(location) er ikke tom; en hel database flyttes kun til en tom (opret en ny database på serveren)",
               en: "the database \(location) is not empty; a whole database moves only into an empty one (create a new database on the server)")
    }
    public static func postgresRefused(_ login: String, detail: String) -> Phrase {
        Phrase(da: "databasen afviste det for \(login) (\(detail)): dine roller på databaseserveren tillader det ikke; bed en administrator om at give dig rollen (chefforum users add)",
               en: "the database refused this for \(login) (\(detail)): your roles on the database server do not allow it; ask an administrator to give you the role (chefforum users add)")
    }
    public static func databaseServerFailed(_ location: String, reason: Phrase) -> Phrase {
        Phrase(da: "databasen \(location): \(reason.danish)", en: "the database \(location): \(reason.english)")
    }
}
