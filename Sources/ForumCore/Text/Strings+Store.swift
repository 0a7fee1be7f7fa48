extension Strings {
    public static func cannotOpenDatabase(_ path: String, reason: String) -> Phrase {
        Phrase(da: "kan ikke åbne databasen \(path): \(reason)", en: "cannot open the database \(path): \(reason)")
    }
    public static func newerSchema(_ path: String, migrations: [String]) -> Phrase {
        let list = migrations.joined(separator: ", ")
        return Phrase(
            da: "databasen \(path) er skrevet af en nyere udgave af Chefforum (ukendte migreringer: \(list)); opdatér chefforum",
            en: "the database \(path) was written by a newer version of Chefforum (unknown migrations: \(list)); update chefforum")
    }
    public static func databaseNotInitialised(_ path: String) -> Phrase {
        Phrase(da: "databasen \(path) er ikke sat op endnu: indlæs kommunens opsætning med «chefforum import settings FIL» (se docs/formats.md), eller prøv demoen med «chefforum demo»",
               en: "the database \(path) is not set up yet: import the municipality's settings with «chefforum import settings FILE» (see docs/formats.md), or try the demo with «chefforum demo»")
    }
    public static func notADemoDatabase(_ path: String) -> Phrase {
        Phrase(da: "\(path) er ikke en demodatabase og bliver ikke overskrevet; vælg en anden sti med --db",
               en: "\(path) is not a demo database and will not be overwritten; choose another path with --db")
    }
    public static func demoChanged(_ path: String, events: Int) -> Phrase {
        Phrase(da: "demodatabasen \(path) er ændret, siden den blev bygget (\(events) hændelser i revisionssporet); brug --force for at erstatte den alligevel",
               en: "the demo database \(path) has been changed since it was built (\(events) events in the audit trail); use --force to replace it anyway")
    }
    public static let auditHashMismatch = Phrase(
        da: "indholdet passer ikke med hashen (rettet efter det blev skrevet)",
        en: "the content does not match its hash (changed after it was written)")
    public static let auditChainMismatch = Phrase(
        da: "hashen passer ikke med den forrige hændelse", en: "the hash does not follow from the previous event")
    public static func auditGap(expected: Int64) -> Phrase {
        Phrase(da: "hændelse \(expected) mangler (slettet)", en: "event \(expected) is missing (deleted)")
    }
    public static let auditHeadMismatch = Phrase(
        da: "de seneste hændelser mangler eller er ændret (hovedet passer ikke)",
        en: "the newest events are missing or changed (the head does not match)")
    public static func auditStateDiffers(_ row: String, fields: [String]) -> Phrase {
        let list = fields.joined(separator: ", ")
        return Phrase(
            da: "den gemte række \(row) passer ikke med sporets seneste hændelse for den" + (list.isEmpty ? "" : " (\(list))") + " (rettet uden om Chefforum)",
            en: "the stored row \(row) does not match the trail's last event for it" + (list.isEmpty ? "" : " (\(list))") + " (changed outside Chefforum)")
    }
    public static func auditStateMissingRow(_ row: String) -> Phrase {
        Phrase(da: "den gemte række \(row) mangler, men sporets seneste hændelse for den har den (slettet uden om Chefforum)",
               en: "the stored row \(row) is missing, though the trail's last event for it has it (deleted outside Chefforum)")
    }
    public static func auditStateUnexpectedRow(_ row: String) -> Phrase {
        Phrase(da: "den gemte række \(row) findes, men sporets seneste hændelse for den fjernede den (indsat uden om Chefforum)",
               en: "the stored row \(row) exists, though the trail's last event for it removed it (inserted outside Chefforum)")
    }
}

extension Strings {
    public static func corruptValue(column: String, value: String) -> Phrase {
        Phrase(da: "databasen indeholder en ulæselig værdi i \(column): «\(value)»",
               en: "the database holds an unreadable value in \(column): «\(value)»")
    }
}
