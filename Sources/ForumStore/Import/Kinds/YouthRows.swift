import ForumCore

/// A young person on the list the children's area keeps, as a youth file gives it.
public struct YouthLine: Hashable, Sendable {
    /// The person's pseudonym; the CPR number it came from is gone.
    public var person: Pseudonym
    /// The record as the file gives it (the case id filled in once the person is stored).
    public var youth: Youth
}

/// `youths`: the transition list (DOMAIN §12). Sectors must be known, the transition date lies
/// between the 18th and the 23rd birthday (default the 18th), and a person is on the list once.
/// The optional handover and closing days are what the children's area knows of them: the
/// flags of §12 count from them.
struct YouthRows: RowParser {
    enum Column {
        static let cpr = 0, born = 1, children = 2, receiving = 3, transition = 4, colour = 5, probability = 6
        static let measure = 7, law = 8, cost = 9, discussed = 10, handedOver = 11, closed = 12
    }

    static let columns = [
        ColumnSpec("cpr", CPRColumn.aliases, required: true),
        ColumnSpec("født", ["foedt", "born", "birth_date"], required: true),
        ColumnSpec("børnesektor", ["boernesektor", "children_sector"], required: true),
        ColumnSpec("modtagende sektor", ["modtager", "receiving_sector"], required: true),
        ColumnSpec("overgang", ["transition_date", "from"]),
        ColumnSpec("farve", ["colour", "color"], required: true),
        ColumnSpec("sandsynlighed", ["probability"], required: true),
        ColumnSpec("forventet indsats", ["indsats", "expected_measure"]),
        ColumnSpec("lov", ["law"]),
        ColumnSpec("årlig udgift", ["aarlig udgift", "annual_cost"], required: true),
        ColumnSpec("drøftet", ["droeftet", "last_discussed"]),
        ColumnSpec("overdraget", ["handed_over"]),
        ColumnSpec("lukket", ["closed"]),
    ]

    let sectors: Set<SectorCode>
    let pseudonymizer: Pseudonymizer
    private var seen = FirstLines<String>()

    init(sectors: Set<SectorCode>, pseudonymizer: Pseudonymizer) {
        self.sectors = sectors
        self.pseudonymizer = pseudonymizer
    }

    mutating func parse(_ fields: inout RowFields) -> YouthLine? {
        let person = fields.person(Column.cpr, pseudonymizer)
        let born = fields.day(Column.born)
        let children = fields.sector(Column.children, known: sectors)
        let receiving = fields.sector(Column.receiving, known: sectors)
        let transition = fields.day(Column.transition)
        let colour = Self.value(&fields, Column.colour) { text throws(YouthError) in try YouthColour(parsing: text) }
        let probability = Self.value(&fields, Column.probability) { text throws(ProbabilityError) in try Probability(parsing: text) }
        let measure = fields.text(Column.measure) ?? ""
        let law = fields.text(Column.law) ?? ""
        let cost = fields.money(Column.cost)
        let discussed = fields.day(Column.discussed)
        let handedOver = fields.day(Column.handedOver)
        let closed = fields.day(Column.closed)
        guard let person, let born, let children, let receiving, let colour, let probability, let cost, fields.isValid else {
            return nil
        }
        let pseudonym = pseudonymizer.pseudonyms[Int(person)]
        // The duplicate is named by its case id: the clear CPR never reaches a message.
        guard seen.insert(pseudonym.caseID.rawValue, column: Column.cpr, found: pseudonym.caseID.rawValue, in: &fields) else {
            return nil
        }
        let youth = Youth(caseID: pseudonym.caseID, birthDate: born, childrenSector: children, receivingSector: receiving,
                          transitionDate: transition, colour: colour, probability: probability, expectedMeasure: measure, law: law,
                          annualCost: cost, lastDiscussed: discussed, handedOver: handedOver, closed: closed)
        do {
            return YouthLine(person: pseudonym, youth: try youth.validated())
        } catch {
            fields.report(transition == nil ? Column.born : Column.transition, error.phrase)
            return nil
        }
    }

    /// A column read by a parser of the domain's, its error reported at the column.
    private static func value<Value, Failure: UserFacingError>(
        _ fields: inout RowFields, _ column: Int, _ parse: (String) throws(Failure) -> Value) -> Value? {
        guard let text = fields.text(column) else { return nil }
        do {
            return try parse(text)
        } catch {
            fields.report(column, error.phrase, found: Redaction.echo(text))
            return nil
        }
    }
}
