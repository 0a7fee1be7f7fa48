import ForumCore

/// `chefforum audit list|verify`.
extension Strings {
    static let auditAbstract = Phrase(
        da: "Vis hændelserne i revisionssporet, eller kontrollér hashkæden.",
        en: "List audit events or verify the hash chain.")
    static let auditListAbstract = Phrase(
        da: "Vis hændelserne i revisionssporet, nyeste først.", en: "List audit events, newest first.")
    static let auditActorHelp = Phrase(da: "Kun hændelser udført af dette login.", en: "Only events by this login.")
    static let auditActionHelp = Phrase(
        da: "Kun handlinger, der begynder med dette, fx request eller request.approve.",
        en: "Only actions starting with this, e.g. request or request.approve.")
    static let auditEntityHelp = Phrase(
        da: "Kun objekter, der indeholder dette, fx nummeret på en indstilling.",
        en: "Only entities containing this, e.g. a request id.")
    static let auditSinceHelp = Phrase(
        da: "Kun hændelser fra og med denne dag (dd-mm-åååå eller åååå-mm-dd).",
        en: "Only events from this day on (dd-mm-yyyy or yyyy-mm-dd).")
    static let auditLimitHelp = Phrase(da: "Højst så mange hændelser.", en: "At most this many events.")
    static let auditVerifyAbstract = Phrase(
        da: "Kontrollér hashkæden, og nævn den første brudte hændelse.",
        en: "Check the hash chain; name the first broken event.")
    static let valueDay = Phrase(da: "dag", en: "day")
    static let valueLogin = Phrase(da: "login", en: "login")
    static let valueAction = Phrase(da: "handling", en: "action")
    static let valueEntity = Phrase(da: "objekt", en: "entity")

    static func auditIntact(_ count: Int64) -> Phrase {
        Phrase(da: "revisionssporet er intakt: \(count) hændelser", en: "the audit trail is intact: \(count) events")
    }
    static func auditBroken(seq: Int64, reason: Phrase) -> Phrase {
        Phrase(da: "revisionssporet er brudt ved hændelse \(seq): \(reason.danish)",
               en: "the audit trail is broken at event \(seq): \(reason.english)")
    }
    static let valueAnchor = Phrase(da: "HASH:ANTAL", en: "HASH:COUNT")
    static let auditAnchorAbstract = Phrase(
        da: "Skriv sporets anker (HASH:ANTAL: den nyeste hændelses hash og nummer) til opbevaring uden for databasen.",
        en: "Print the trail's anchor (HASH:COUNT: the newest event's hash and number) to keep outside the database.")
    static let auditAnchorHelp = Phrase(
        da: "Et anker fra «audit anchor»: sporet skal stadig indeholde den hændelse med den hash.",
        en: "An anchor from «audit anchor»: the trail must still contain that event with that hash.")
    static func badAnchor(_ text: String) -> Phrase {
        Phrase(da: "--anchor «\(text)» er ikke et anker: skriv HASH:ANTAL (64 hextegn, kolon, et tal)",
               en: "--anchor «\(text)» is not an anchor: write HASH:COUNT (64 hex digits, a colon, a number)")
    }
    static func anchorMissing(_ anchor: String, count: Int64) -> Phrase {
        Phrase(da: "revisionssporet indeholder ikke ankeret \(anchor) (sporet har \(count) hændelser): hændelser er fjernet eller erstattet",
               en: "the audit trail does not contain the anchor \(anchor) (the trail has \(count) events): events were removed or replaced")
    }
    static func importAnchor(_ anchor: String) -> Phrase {
        Phrase(da: "revisionssporets anker: \(anchor) (gem det til «audit verify --anchor»)",
               en: "audit trail anchor: \(anchor) (keep it for «audit verify --anchor»)")
    }
    static func databaseDamaged(_ detail: String) -> Phrase {
        Phrase(da: "databasefilen er beskadiget (SQLites egen kontrol: \(detail)); genskab den fra en sikkerhedskopi",
               en: "the database file is damaged (SQLite's own check: \(detail)); restore it from a backup")
    }
    static let columnSeq = Phrase(da: "Nr.", en: "Seq")
    static let columnTime = Phrase(da: "Tid", en: "Time")
    static let columnActor = Phrase(da: "Aktør", en: "Actor")
    static let columnAction = Phrase(da: "Handling", en: "Action")
    static let columnEntity = Phrase(da: "Objekt", en: "Entity")
    static let columnChange = Phrase(da: "Ændring", en: "Change")
}
