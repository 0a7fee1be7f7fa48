import ForumCore

/// `chefforum migrate`.
extension Strings {
    static let migrateAbstract = Phrase(
        da: "Flyt en hel SQLite-database til en tom PostgreSQL-database.",
        en: "Move a whole SQLite database into an empty PostgreSQL database.")
    static let migrateDiscussion = Phrase(
        da: "Alt flyttes i én transaktion: brugere, indstillinger, beslutninger, bevillinger, pladser, budgetter, "
            + "månedstal, posteringer og revisionssporet, som det er; «chefforum audit verify» består bagefter. "
            + "Kun en administrator i filen kan flytte den.",
        en: "Everything moves in one transaction: users, requests, decisions, commitments, placements, budgets, "
            + "monthly totals, postings and the audit trail, as they are; «chefforum audit verify» passes afterwards. "
            + "Only an administrator of the file can move it.")
    static let migrateFromHelp = Phrase(da: "SQLite-databasefilen, der flyttes.", en: "The SQLite database file to move.")
    static let migrateToHelp = Phrase(da: "Den tomme PostgreSQL-database (postgres://…).",
                                      en: "The empty PostgreSQL database (postgres://…).")
    static let valueURL = Phrase(da: "url", en: "url")

    static func migrateSourceNotFile(_ source: String) -> Phrase {
        Phrase(da: "--from \(source) skal være en SQLite-databasefil", en: "--from \(source) must be an SQLite database file")
    }
    static func migrateTargetNotServer(_ target: String) -> Phrase {
        Phrase(da: "--to \(target) skal være en PostgreSQL-URL (postgres://…)",
               en: "--to \(target) must be a PostgreSQL URL (postgres://…)")
    }
    static func migrated(rows: Int, from source: String, to target: String) -> Phrase {
        Phrase(da: "\(source) er flyttet til \(target): \(Strings.count(rows)) rækker",
               en: "\(source) moved to \(target): \(Strings.count(rows)) rows")
    }
}
