/// A young person known to the children's area who may move to the adult area (*overgang fra
/// barn til voksen*, DOMAIN §12): one row of the list the children's area keeps.
///
/// The case id is the pseudonym every import gives a CPR number; the birth date is kept (not the
/// CPR number) because the handover age and the default transition date are counted from it.
public struct Youth: Hashable, Sendable, Codable {
    public var caseID: CaseID
    public var birthDate: Day
    /// The children's sector that has the case now, and the adult sector expected to receive it.
    public var childrenSector: SectorCode
    public var receivingSector: SectorCode
    /// Default the 18th birthday; up to the 23rd with aftercare (*efterværn*).
    public var transitionDate: Day
    public var colour: YouthColour
    public var probability: Probability
    public var expectedMeasure: String
    /// The law code of the expected measure (`SEL85`), empty when not known yet.
    public var law: String
    public var annualCost: Money
    public var lastDiscussed: Day?
    /// The day the case was handed over to the adult area, nil while it has not been.
    public var handedOver: Day?
    /// The day the case was closed without a transition (no adult support after all).
    public var closed: Day?
    /// Who last changed the record and when (nil before it is stored).
    public var author: String?
    public var at: Timestamp?
    /// 1 when first stored, one more with each change: edits are checked against it.
    public var version: Int

    public init(caseID: CaseID, birthDate: Day, childrenSector: SectorCode, receivingSector: SectorCode,
                transitionDate: Day? = nil, colour: YouthColour, probability: Probability, expectedMeasure: String = "",
                law: String = "", annualCost: Money, lastDiscussed: Day? = nil, handedOver: Day? = nil, closed: Day? = nil,
                author: String? = nil, at: Timestamp? = nil, version: Int = 0) {
        self.caseID = caseID
        self.birthDate = birthDate
        self.childrenSector = childrenSector
        self.receivingSector = receivingSector
        self.transitionDate = transitionDate ?? birthDate.adding(months: 18 * 12)
        self.colour = colour
        self.probability = probability
        self.expectedMeasure = expectedMeasure
        self.law = law
        self.annualCost = annualCost
        self.lastDiscussed = lastDiscussed
        self.handedOver = handedOver
        self.closed = closed
        self.author = author
        self.at = at
        self.version = version
    }

    /// The transition date must lie between the 18th and the 23rd birthday (aftercare ends at 23).
    public func validated() throws(YouthError) -> Youth {
        let eighteenth = birthDate.adding(months: 18 * 12)
        let twentyThird = birthDate.adding(months: 23 * 12)
        guard transitionDate >= eighteenth, transitionDate <= twentyThird else {
            throw .transitionOutsideAges(transitionDate, from: eighteenth, through: twentyThird)
        }
        guard !annualCost.isNegative else { throw .negativeCost(annualCost) }
        return self
    }
}

/// The ages that configure the youth list (DOMAIN §12: municipalities enter youths from 14 to
/// 17½, 004 l.210–214): in whole months, so that 17½ is exact.
public struct TransitionSettings: Hashable, Sendable, Codable {
    /// The age from which a young person is on the list.
    public var entryAgeMonths: Int
    /// The age by which the case should be handed over to the adult area.
    public var handoverAgeMonths: Int
    /// The economist's net other inflow per receiving sector and year (kroner the youth list does
    /// not know of, e.g. the average of the last three years): the shadow budget adds it.
    public var netOtherInflow: [SectorCode: Money]

    public init(entryAgeMonths: Int = 16 * 12, handoverAgeMonths: Int = 17 * 12 + 6, netOtherInflow: [SectorCode: Money] = [:]) {
        self.entryAgeMonths = entryAgeMonths
        self.handoverAgeMonths = handoverAgeMonths
        self.netOtherInflow = netOtherInflow
    }

    public static let standard = TransitionSettings()

    /// Entry before handover, both between 10 and 23 years.
    public func validated() throws(YouthError) -> TransitionSettings {
        let range = (10 * 12)...(23 * 12)
        guard range.contains(entryAgeMonths) else { throw .ageOutOfRange(entryAgeMonths) }
        guard range.contains(handoverAgeMonths) else { throw .ageOutOfRange(handoverAgeMonths) }
        guard entryAgeMonths <= handoverAgeMonths else { throw .entryAfterHandover }
        return self
    }
}

/// What is wrong with a youth record or the transition settings.
public enum YouthError: Error, Hashable, Sendable, UserFacingError {
    case unknownColour(String)
    case transitionOutsideAges(Day, from: Day, through: Day)
    case negativeCost(Money)
    case ageOutOfRange(Int)
    case entryAfterHandover

    public var phrase: Phrase {
        switch self {
        case .unknownColour(let text): Strings.youthUnknownColour(text)
        case .transitionOutsideAges(let day, let from, let through): Strings.youthTransitionOutside(day, from: from, through: through)
        case .negativeCost(let amount): Strings.youthNegativeCost(amount)
        case .ageOutOfRange(let months): Strings.youthAgeOutOfRange(months)
        case .entryAfterHandover: Strings.youthEntryAfterHandover
        }
    }
}
