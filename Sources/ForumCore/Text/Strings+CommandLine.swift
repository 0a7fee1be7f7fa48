extension Strings {
    public static func noDatabase(_ path: String) -> Phrase {
        Phrase(da: "databasen \(path) findes ikke; angiv kommunens database med --db eller CHEFFORUM_DB, eller prøv demoen med «chefforum demo»",
               en: "the database \(path) does not exist; give the municipality's database with --db or CHEFFORUM_DB, or try the demo with «chefforum demo»")
    }
    public static func unknownLogin(_ login: String) -> Phrase {
        Phrase(da: "«\(login)» er ikke bruger i denne database og har kun læseadgang; en administrator kan tilføje dig med: chefforum users add \(login) --name \"Dit Navn\" --role …",
               en: "«\(login)» is not a user of this database and has read-only access; an administrator can add you with: chefforum users add \(login) --name \"Your Name\" --role …")
    }
    public static func firstAdministrator(_ login: String) -> Phrase {
        Phrase(da: "databasen har ingen administrator endnu: \(login) handler som administrator, da du kan skrive i databasefilen",
               en: "the database has no administrator yet: \(login) acts as administrator, since you can write the database file")
    }
    public static func unknownRole(_ text: String) -> Phrase {
        Phrase(da: "ukendt rolle «\(text)» (brug fagchef, leder, økonom, formand, administrator eller læser)",
               en: "unknown role «\(text)» (use chief, leader, economist, chair, administrator or reader)")
    }
    public static func userAdded(_ login: String) -> Phrase {
        Phrase(da: "brugeren \(login) er tilføjet", en: "the user \(login) was added")
    }
    public static func userRemoved(_ login: String) -> Phrase {
        Phrase(da: "brugeren \(login) er fjernet", en: "the user \(login) was removed")
    }
    public static func auditIntact(_ count: Int64) -> Phrase {
        Phrase(da: "revisionssporet er intakt: \(count) hændelser", en: "the audit trail is intact: \(count) events")
    }
    public static let columnLogin = Phrase(da: "Login", en: "Login")
    public static let columnName = Phrase(da: "Navn", en: "Name")
    public static let columnRoles = Phrase(da: "Roller", en: "Roles")
    public static let columnSector = Phrase(da: "Sektor", en: "Sector")
    public static let columnSeq = Phrase(da: "Nr.", en: "Seq")
    public static let columnTime = Phrase(da: "Tid", en: "Time")
    public static let columnActor = Phrase(da: "Aktør", en: "Actor")
    public static let columnAction = Phrase(da: "Handling", en: "Action")
    public static let columnEntity = Phrase(da: "Objekt", en: "Entity")
    public static let columnChange = Phrase(da: "Ændring", en: "Change")
}

extension Strings {
    public static let limitMustBePositive = Phrase(da: "--limit skal være mindst 1", en: "--limit must be at least 1")
}

extension Strings {
    public static func decisionStored(_ id: String, status: RequestStatus, split: String) -> Phrase {
        Phrase(da: "\(id): \(Strings.status(status).danish) · betaler \(split)",
               en: "\(id): \(Strings.status(status).english) · paid by \(split)")
    }
    public static func unreadableMonth(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke en måned (skriv åååå-mm)", en: "«\(text)» is not a month (write yyyy-mm)")
    }
}

extension Strings {
    public static func demoBuilding(_ path: String) -> Phrase {
        Phrase(da: "Bygger demokommunen Skovby Kommune i \(path) …", en: "Building the demo municipality Skovby Kommune in \(path) …")
    }
    public static func demoBuilt(_ path: String, milliseconds: Int) -> Phrase {
        let seconds = "\(milliseconds / 1000),\(Day.pad((milliseconds % 1000) / 10, 2))"
        return Phrase(da: "Demodatabasen er klar: \(path) (\(seconds) s)", en: "The demo database is ready: \(path) (\(seconds) s)")
    }
    public static func demoFilesMissing(_ path: String) -> Phrase {
        Phrase(da: "demofilerne findes ikke (ledte bl.a. i \(path)); angiv mappen med --data eller CHEFFORUM_DATA",
               en: "the demo files were not found (looked in \(path) among others); give the folder with --data or CHEFFORUM_DATA")
    }
}
