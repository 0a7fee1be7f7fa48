import ForumCore

/// The `chefforum` command itself, the options every command takes, and what opening a database says.
extension Strings {
    static func version(_ version: String, sqlite: String, postgres: String) -> Phrase {
        Phrase(da: "chefforum \(version)\ndatabaseskema: SQLite \(sqlite), PostgreSQL \(postgres)",
               en: "chefforum \(version)\ndatabase schema: SQLite \(sqlite), PostgreSQL \(postgres)")
    }
    static let chefforumAbstract = Phrase(
        da: "Chefforummets konsol: indstillinger, kapacitet og budgetforbrug.",
        en: "The chiefs' forum console: grant requests, capacity and budget burn.")
    static let chefforumDiscussion = Phrase(
        da: "Uden en underkommando åbnes konsollen på standarddatabasen.",
        en: "Run without a subcommand to open the console on the default database.")

    static let dbHelp = Phrase(da: "Databasen: en fil (SQLite) eller en postgres://-URL.",
                               en: "The database: a file (SQLite) or a postgres:// URL.")
    static let emptyDatabaseOption = Phrase(
        da: "--db er tom: angiv en databasefil, eller udelad --db for at bruge standarddatabasen",
        en: "--db is empty: name a database file, or leave out --db to use the default database")
    static let dbDiscussion = Phrase(
        da: "Standard: $CHEFFORUM_DB, ellers $XDG_DATA_HOME/chefforum/chefforum.sqlite (~/.local/share/…). "
            + "PostgreSQL: postgres://BRUGER:ADGANGSKODE@VÆRT:PORT/DATABASE, eller postgres:///DATABASE?host=/run/postgresql "
            + "for serverens socket med login som din bruger.",
        en: "Default: $CHEFFORUM_DB, else $XDG_DATA_HOME/chefforum/chefforum.sqlite (~/.local/share/…). "
            + "PostgreSQL: postgres://USER:PASSWORD@HOST:PORT/DATABASE, or postgres:///DATABASE?host=/run/postgresql "
            + "for the server's socket, logged in as your own user.")
    static let langHelp = Phrase(da: "Sprog: da eller en (standard efter LANG).", en: "Language: da or en (default from LANG).")

    static let valuePath = Phrase(da: "sti", en: "path")
    static let valueDatabase = Phrase(da: "sti|url", en: "path|url")
    static let valueFile = Phrase(da: "fil", en: "file")
    static let valueLanguage = Phrase(da: "sprog", en: "lang")

    static let formatHelp = Phrase(da: "Uddataformat: table, csv, json eller md.", en: "Output format: table, csv, json or md.")
    static let pageFormatHelp = Phrase(da: "Uddataformat: table, md eller json.", en: "Output format: table, md or json.")
    static let quietHelp = Phrase(da: "Skriv kun fejl.", en: "Print nothing but errors.")

    static func noDatabase(_ path: String) -> Phrase {
        Phrase(da: "databasen \(path) findes ikke; angiv kommunens database med --db eller CHEFFORUM_DB, eller prøv demoen med «chefforum demo»",
               en: "the database \(path) does not exist; give the municipality's database with --db or CHEFFORUM_DB, or try the demo with «chefforum demo»")
    }
    static func unknownLogin(_ login: String) -> Phrase {
        Phrase(da: "«\(login)» er ikke bruger i denne database og har kun læseadgang; en administrator kan tilføje dig med: chefforum users add \(login) --name \"Dit Navn\" --role …",
               en: "«\(login)» is not a user of this database and has read-only access; an administrator can add you with: chefforum users add \(login) --name \"Your Name\" --role …")
    }
    static func firstAdministrator(_ login: String) -> Phrase {
        Phrase(da: "databasen har ingen administrator endnu: \(login) handler som administrator, da du kan skrive i databasefilen",
               en: "the database has no administrator yet: \(login) acts as administrator, since you can write the database file")
    }
    static func firstAdministratorOnServer(_ login: String) -> Phrase {
        Phrase(da: "databasen har ingen administrator endnu: \(login) handler som administrator, da serveren lader dig oprette roller",
               en: "the database has no administrator yet: \(login) acts as administrator, since the server lets you create roles")
    }
    static let limitMustBePositive = Phrase(da: "--limit skal være mindst 1", en: "--limit must be at least 1")
}
