import ForumCore

/// `chefforum backup` and `chefforum restore`.
extension Strings {
    static let backupAbstract = Phrase(
        da: "Tag en sikkerhedskopi af SQLite-databasen, mens konsollerne er åbne.",
        en: "Back up the SQLite database while consoles stay open.")
    static let backupDiscussion = Phrase(
        da: "Kopien tages med SQLites online backup: ét øjebliksbillede, også mens andre skriver. "
            + "Pseudonymnøglen kopieres med (FIL.key). På PostgreSQL bruges pg_dump.",
        en: "The copy is taken with SQLite's online backup: one snapshot, even while others write. "
            + "The pseudonymisation key is copied with it (FILE.key). On PostgreSQL, use pg_dump.")
    static let backupOutHelp = Phrase(da: "Den nye fil, kopien skrives til.", en: "The new file to write the copy to.")
    static func backupExists(_ path: String) -> Phrase {
        Phrase(da: "\(path) findes allerede; en sikkerhedskopi overskriver ikke en fil — vælg et nyt navn med --out",
               en: "\(path) already exists; a backup never overwrites a file — choose a new name with --out")
    }
    static func backupUsePgDump(_ location: String) -> Phrase {
        Phrase(da: "\(location) er en PostgreSQL-database: tag sikkerhedskopien med serverens eget værktøj, fx «pg_dump -Fc -f chefforum.dump DB» (se docs/deployment.md)",
               en: "\(location) is a PostgreSQL database: back it up with the server's own tool, e.g. «pg_dump -Fc -f chefforum.dump DB» (see docs/deployment.md)")
    }
    static func backupWritten(_ path: String) -> Phrase {
        Phrase(da: "Sikkerhedskopien er skrevet: \(path)", en: "The backup is written: \(path)")
    }
    static func backupWrittenWithKey(_ path: String, key: String) -> Phrase {
        Phrase(da: "Sikkerhedskopien er skrevet: \(path) (og pseudonymnøglen: \(key))",
               en: "The backup is written: \(path) (and the pseudonymisation key: \(key))")
    }
    static func keyCopyFailed(_ source: String, to destination: String) -> Phrase {
        Phrase(da: "kan ikke kopiere pseudonymnøglen \(source) til \(destination); kopier den selv, og kun læsbar for ejeren",
               en: "cannot copy the pseudonymisation key \(source) to \(destination); copy it yourself, readable by its owner only")
    }

    static let restoreAbstract = Phrase(
        da: "Genskab databasen fra en sikkerhedskopi, når kopien er kontrolleret.",
        en: "Restore the database from a backup, once the copy is checked.")
    static let restoreDiscussion = Phrase(
        da: "Kopien kontrolleres først (SQLites integritetskontrol og revisionssporet mod de gemte rækker); "
            + "en kopi, der ikke holder, afvises, og databasen er uændret. En eksisterende database erstattes "
            + "først, når du har svaret ja, eller med --force. Åbne konsoller ser de genskabte data.",
        en: "The copy is checked first (SQLite's integrity check and the audit trail against the stored rows); "
            + "a copy that does not hold is refused, and the database is unchanged. An existing database is "
            + "replaced only once you answer yes, or with --force. Open consoles see the restored data.")
    static let restoreFileHelp = Phrase(da: "Sikkerhedskopien, der genskabes fra.", en: "The backup to restore from.")
    static let restoreForceHelp = Phrase(da: "Erstat en eksisterende database uden at spørge.",
                                         en: "Replace an existing database without asking.")
    static func restoreNoFile(_ path: String) -> Phrase {
        Phrase(da: "sikkerhedskopien \(path) findes ikke", en: "the backup \(path) does not exist")
    }
    static func restoreRefused(_ path: String, _ reason: Phrase) -> Phrase {
        Phrase(da: "\(path) genskabes ikke, databasen er uændret: \(reason.danish)",
               en: "\(path) is not restored, the database is unchanged: \(reason.english)")
    }
    static func copyDamaged(_ detail: String) -> Phrase {
        Phrase(da: "kopien er beskadiget (SQLites egen kontrol: \(detail))",
               en: "the copy is damaged (SQLite's own check: \(detail))")
    }
    static func copyUnreadable(_ reason: String) -> Phrase {
        Phrase(da: "kopien kan ikke læses som en database (\(reason))", en: "the copy cannot be read as a database (\(reason))")
    }
    static func restoreAsk(_ path: String, from copy: String) -> Phrase {
        Phrase(da: "Kopien \(copy) holder. Erstat databasen \(path) med den? [j/N]",
               en: "The copy \(copy) holds. Replace the database \(path) with it? [y/N]")
    }
    static func restoreNeedsForce(_ path: String) -> Phrase {
        Phrase(da: "databasen \(path) findes og er ikke erstattet; svar ja, eller brug --force",
               en: "the database \(path) exists and is not replaced; answer yes, or use --force")
    }
    static func restoreUsePgRestore(_ location: String) -> Phrase {
        Phrase(da: "\(location) er en PostgreSQL-database: genskab den med serverens eget værktøj, fx «pg_restore -d DB chefforum.dump» (se docs/deployment.md)",
               en: "\(location) is a PostgreSQL database: restore it with the server's own tool, e.g. «pg_restore -d DB chefforum.dump» (see docs/deployment.md)")
    }
    static func restored(_ path: String, from copy: String, events: Int64) -> Phrase {
        Phrase(da: "Databasen \(path) er genskabt fra \(copy); revisionssporet er intakt (\(events) hændelser)",
               en: "The database \(path) is restored from \(copy); the audit trail is intact (\(events) events)")
    }
}
