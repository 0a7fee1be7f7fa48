import ForumCore

/// A case on the waiting list of an offer, as a waiting-list file gives it.
public struct WaitingListLine: Hashable, Sendable {
    public var offer: OfferID
    /// The person's pseudonym; the CPR number it came from is gone.
    public var person: Pseudonym
    public var crossSector: Bool
    /// 1 is the most urgent band.
    public var priority: Int
    public var since: Day
    /// The units the case needs: 1 place, or n hours a week.
    public var units: Int
    public var note: String

    public var caseID: CaseID { person.caseID }
}

/// `waitinglist`: the cases waiting for each offer. The offer must be known, and a person may
/// wait for an offer only once.
struct WaitingListRows: RowParser {
    enum Column { static let offer = 0, cpr = 1, crossSector = 2, priority = 3, since = 4, units = 5, note = 6 }

    static let columns = [
        ColumnSpec("tilbud id", ["offer_id"], required: true),
        ColumnSpec("cpr", CPRColumn.aliases, required: true),
        ColumnSpec("tværgående", ["tvaergaaende", "cross_sector"]),
        ColumnSpec("prioritet", ["priority"], required: true),
        ColumnSpec("skrevet op", ["since", "listed"], required: true),
        ColumnSpec("enheder", ["units"]),
        ColumnSpec("note"),
    ]

    let offers: Set<OfferID>
    let pseudonymizer: Pseudonymizer
    private var waiting = FirstLines<String>()

    init(offers: Set<OfferID>, pseudonymizer: Pseudonymizer) {
        self.offers = offers
        self.pseudonymizer = pseudonymizer
    }

    mutating func parse(_ fields: inout RowFields) -> WaitingListLine? {
        let offer = fields.text(Column.offer)
        let person = fields.person(Column.cpr, pseudonymizer)
        let crossSector = fields.flag(Column.crossSector)
        let priority = fields.integer(Column.priority, in: 1...WaitingList.lowestPriority)
        let since = fields.day(Column.since)
        let units = fields.integer(Column.units, in: 1...OfferRows.largestCount) ?? 1
        let note = fields.text(Column.note) ?? ""
        guard let offer, let person, let priority, let since, fields.isValid else { return nil }
        guard offers.contains(OfferID(offer)) else {
            fields.report(Column.offer, Strings.importUnknownOffer, found: Redaction.echo(offer))
            return nil
        }
        let pseudonym = pseudonymizer.pseudonyms[Int(person)]
        // The duplicate is named by its case id: the clear CPR never reaches a message.
        let key = offer + " " + pseudonym.caseID.rawValue
        guard waiting.insert(key, column: Column.cpr, found: pseudonym.caseID.rawValue, in: &fields) else { return nil }
        return WaitingListLine(offer: OfferID(offer), person: pseudonym, crossSector: crossSector,
                               priority: priority, since: since, units: units, note: note)
    }
}

/// The names a CPR column goes by.
enum CPRColumn {
    static let aliases = ["cprnr", "cpr-nr", "personnummer", "cpr_number"]
}
