import ForumCore

/// `chefforum users list|add|remove`.
extension Strings {
    static let usersAbstract = Phrase(
        da: "Vis, tilføj eller fjern brugere (tilføje og fjerne kan kun administratorer).",
        en: "List, add or remove users (adding and removing: administrators only).")
    static let usersListAbstract = Phrase(da: "Vis brugerne.", en: "List the users.")
    static let usersAddAbstract = Phrase(da: "Tilføj en bruger.", en: "Add a user.")
    static let usersAddDiscussion = Phrase(
        da: "Roller: fagchef/chief, leder/leader, økonom/economist, formand/chair, administrator, læser/reader. "
            + "Den første bruger i en database uden administratorer kan tilføjes af den, der ejer filen.",
        en: "Roles: fagchef/chief, leder/leader, økonom/economist, formand/chair, administrator, læser/reader. "
            + "The first user of a database without administrators may be added by the owner of the file.")
    static let usersLoginHelp = Phrase(da: "Personens login i styresystemet.", en: "The person's operating-system login.")
    static let usersNameHelp = Phrase(da: "Fulde navn.", en: "Full name.")
    static let usersRoleHelp = Phrase(da: "En rolle; gentag for flere.", en: "A role; repeat for several.")
    static let usersSectorHelp = Phrase(da: "Sektorkode for en fagchef eller leder.", en: "Sector code, for a chief or leader.")
    static let usersRemoveAbstract = Phrase(da: "Fjern en bruger.", en: "Remove a user.")
    static let usersRemoveLoginHelp = Phrase(da: "Det login, der skal fjernes.", en: "The login to remove.")
    static let valueName = Phrase(da: "navn", en: "name")
    static let valueRole = Phrase(da: "rolle", en: "role")
    static let valueSector = Phrase(da: "sektor", en: "sector")

    static func unknownRole(_ text: String) -> Phrase {
        Phrase(da: "ukendt rolle «\(text)» (brug fagchef, leder, økonom, formand, administrator eller læser)",
               en: "unknown role «\(text)» (use chief, leader, economist, chair, administrator or reader)")
    }
    static func userAdded(_ login: String) -> Phrase {
        Phrase(da: "brugeren \(login) er tilføjet", en: "the user \(login) was added")
    }
    static func userRemoved(_ login: String) -> Phrase {
        Phrase(da: "brugeren \(login) er fjernet", en: "the user \(login) was removed")
    }
    static let columnLogin = Phrase(da: "Login", en: "Login")
    static let columnName = Phrase(da: "Navn", en: "Name")
    static let columnRoles = Phrase(da: "Roller", en: "Roles")
    static let columnSector = Phrase(da: "Sektor", en: "Sector")
}
