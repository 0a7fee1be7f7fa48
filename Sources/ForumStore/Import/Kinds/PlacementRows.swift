import ForumCore

/// A case placed on an offer, as a placements file gives it. The tariff and payer are nil when the
/// file leaves them to the offer (its tariff, its sector).
public struct PlacementLine: Hashable, Sendable {
    public var offer: OfferID
    /// The person's pseudonym; the CPR number it came from is gone.
    public var person: Pseudonym
    public var units: Int
    public var from: Day
    public var until: Day?
    public var crossSector: Bool
    public var payer: PaymentSplit?
    public var tariff: Tariff?

    public var caseID: CaseID { person.caseID }

    /// The placement with the offer's tariff and sector where the file gave none.
    public func placement(on offer: Offer) -> Placement {
        Placement(id: 0, offer: offer.id, caseID: caseID, units: units, from: from, until: until,
                  tariff: tariff ?? offer.tariff, payer: payer ?? .single(offer.sector), crossSector: crossSector)
    }
}

/// `placements`: the cases placed on each offer, which make its occupancy. The offer must be
/// known; a person is placed on an offer once per start day.
struct PlacementRows: RowParser {
    enum Column {
        static let offer = 0, cpr = 1, units = 2, from = 3, until = 4, crossSector = 5, payer = 6
        static let base = 7, service = 8, special = 9
    }

    static let columns = [
        ColumnSpec("tilbud id", ["offer_id"], required: true),
        ColumnSpec("cpr", CPRColumn.aliases, required: true),
        ColumnSpec("enheder", ["units"]),
        ColumnSpec("fra", ["from", "start"], required: true),
        ColumnSpec("til", ["until", "slut"]),
        ColumnSpec("tværgående", ["tvaergaaende", "cross_sector"]),
        ColumnSpec("betaler", ["fordeling", "payer", "split"]),
        ColumnSpec("basistakst", ["base_tariff"]),
        ColumnSpec("ydelsestakst", ["service_tariff"]),
        ColumnSpec("særtakst", ["saertakst", "special_tariff"]),
    ]

    let reference: ImportReference
    let pseudonymizer: Pseudonymizer
    private var placed = FirstLines<String>()

    init(reference: ImportReference, pseudonymizer: Pseudonymizer) {
        self.reference = reference
        self.pseudonymizer = pseudonymizer
    }

    mutating func parse(_ fields: inout RowFields) -> PlacementLine? {
        let offer = fields.text(Column.offer)
        let person = fields.person(Column.cpr, pseudonymizer)
        let units = fields.integer(Column.units, in: 1...OfferRows.largestCount) ?? 1
        let from = fields.day(Column.from)
        let until = fields.day(Column.until, required: false)
        let crossSector = fields.flag(Column.crossSector)
        let payerText = fields.raw(Column.payer)
        let base = nonNegative(fields.money(Column.base, required: false), Column.base, &fields)
        let service = nonNegative(fields.money(Column.service, required: false), Column.service, &fields)
        let special = nonNegative(fields.money(Column.special, required: false), Column.special, &fields)
        guard let offer, let person, let from, fields.isValid else { return nil }
        guard reference.offers.contains(OfferID(offer)) else {
            fields.report(Column.offer, Strings.importUnknownOffer, found: Redaction.echo(offer))
            return nil
        }
        if let until, until < from {
            fields.report(Column.until, Strings.placementEndsBeforeStart, found: until.danish)
            return nil
        }
        var payer: PaymentSplit?
        if let payerText, !payerText.isEmpty {
            do {
                payer = try PaymentSplit(parsing: payerText, known: reference.sectors)
            } catch {
                fields.report(Column.payer, error.phrase, found: Redaction.echo(payerText))
                return nil
            }
        }
        // A tariff of the file's own is whole: parts it leaves empty are 0.
        let tariff = base.map { Tariff(base: $0, service: service ?? .zero, special: special ?? .zero) }
        let pseudonym = pseudonymizer.pseudonyms[Int(person)]
        // The duplicate is named by its case id: the clear CPR never reaches a message.
        let key = offer + " " + pseudonym.caseID.rawValue + " " + from.description
        guard placed.insert(key, column: Column.cpr, found: pseudonym.caseID.rawValue, in: &fields) else { return nil }
        return PlacementLine(offer: OfferID(offer), person: pseudonym, units: units, from: from, until: until,
                             crossSector: crossSector, payer: payer, tariff: tariff)
    }
}
