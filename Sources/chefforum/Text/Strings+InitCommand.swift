import ForumCore

/// `chefforum init`.
extension Strings {
    static let initAbstract = Phrase(
        da: "Opret databasen (eller bring en ældre up to date), klar til kommunens opsætning.",
        en: "Create the database (or bring an older one up to date), ready for the municipality's settings.")
    static let initDiscussion = Phrase(
        da: "--db er en databasefil eller en PostgreSQL-URL; på en server skal databasen findes, og tabellerne oprettes. "
            + "Indlæs derefter opsætningen med «chefforum import settings FIL».",
        en: "--db is a database file or a PostgreSQL URL; on a server the database must exist, and the tables are created. "
            + "Then import the settings with «chefforum import settings FILE».")
    static func initDone(_ location: String) -> Phrase {
        Phrase(da: "Databasen \(location) er klar; indlæs opsætningen med «chefforum import settings FIL».",
               en: "The database \(location) is ready; import the settings with «chefforum import settings FILE».")
    }
}
