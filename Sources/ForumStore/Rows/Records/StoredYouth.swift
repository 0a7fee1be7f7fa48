import ForumCore

/// A row of `youth` joined with its person's case id: one young person on the transition list.
package struct StoredYouth: Decodable, Sendable {
    package var caseID: String
    package var birthDate: String
    package var childrenSector: String
    package var receivingSector: String
    package var transitionDate: String
    package var colour: String
    package var probability: String
    package var expectedMeasure: String
    package var law: String
    package var annualCostOre: Int64
    package var lastDiscussed: String?
    package var handedOver: String?
    package var closed: String?
    package var author: String?
    package var at: Int64?
    package var version: Int

    enum CodingKeys: String, CodingKey {
        case colour, probability, law, closed, author, at, version
        case caseID = "case_id", birthDate = "birth_date", childrenSector = "children_sector"
        case receivingSector = "receiving_sector", transitionDate = "transition_date", expectedMeasure = "expected_measure"
        case annualCostOre = "annual_cost_ore", lastDiscussed = "last_discussed", handedOver = "handed_over"
    }

    /// The columns a `SELECT` reads, `p` being the person table's alias and `y` the youth's.
    package static let selection = """
        p.case_id, y.birth_date, y.children_sector, y.receiving_sector, y.transition_date, y.colour, y.probability,
        y.expected_measure, y.law, y.annual_cost_ore, y.last_discussed, y.handed_over, y.closed, y.author, y.at, y.version
        """

    package func youth() throws -> Youth {
        let probability: Probability
        do {
            probability = try Probability(parsing: self.probability)
        } catch {
            throw StoreCorruption.badValue(column: "youth.probability", value: self.probability)
        }
        return Youth(caseID: CaseID(caseID), birthDate: try RowCoding.day(birthDate, column: "youth.birth_date") as Day,
                     childrenSector: SectorCode(childrenSector), receivingSector: SectorCode(receivingSector),
                     transitionDate: try RowCoding.day(transitionDate, column: "youth.transition_date") as Day,
                     colour: try RowCoding.value(colour, column: "youth.colour"), probability: probability,
                     expectedMeasure: expectedMeasure, law: law, annualCost: Money(ore: annualCostOre),
                     lastDiscussed: try RowCoding.day(lastDiscussed, column: "youth.last_discussed"),
                     handedOver: try RowCoding.day(handedOver, column: "youth.handed_over"),
                     closed: try RowCoding.day(closed, column: "youth.closed"), author: author,
                     at: at.map(Timestamp.init(secondsSinceEpoch:)), version: version)
    }
}

/// What the audit trail keeps of a youth record: never the birth date, which with the case id
/// would narrow down the person.
package struct YouthAuditState: Encodable, Sendable {
    package var receivingSector: String
    package var transitionDate: String
    package var colour: String
    package var probability: String
    package var expectedMeasure: String
    package var law: String
    package var annualCostOre: Int64
    package var lastDiscussed: String?
    package var handedOver: String?
    package var closed: String?
    package var version: Int

    package init(_ youth: Youth) {
        receivingSector = youth.receivingSector.rawValue
        transitionDate = youth.transitionDate.description
        colour = youth.colour.rawValue
        probability = youth.probability.description
        expectedMeasure = youth.expectedMeasure
        law = youth.law
        annualCostOre = youth.annualCost.ore
        lastDiscussed = youth.lastDiscussed?.description
        handedOver = youth.handedOver?.description
        closed = youth.closed?.description
        version = youth.version
    }
}

/// What the audit trail keeps of the transition settings, with the other inflow by sector code
/// (a dictionary keyed by text, so its JSON is the same whatever order it was built in).
package struct TransitionSettingsAuditState: Encodable, Sendable {
    package var entryAgeMonths: Int
    package var handoverAgeMonths: Int
    package var netOtherInflowOre: [String: Int64]

    package init(_ settings: TransitionSettings) {
        entryAgeMonths = settings.entryAgeMonths
        handoverAgeMonths = settings.handoverAgeMonths
        netOtherInflowOre = Dictionary(uniqueKeysWithValues: settings.netOtherInflow.map { ($0.key.rawValue, $0.value.ore) })
    }
}
