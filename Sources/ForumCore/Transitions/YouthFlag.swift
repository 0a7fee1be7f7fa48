/// Why a youth needs the forum's attention (DOMAIN §12). Flagged youths go on the draft agenda.
public enum YouthFlag: String, Hashable, Sendable, Codable, CaseIterable {
    /// Green (no support expected) yet a probability above 0: the two disagree.
    case greenWithProbability = "green_with_probability"
    /// Not discussed for more than six months, or never.
    case notDiscussed = "not_discussed"
    /// The handover age has passed without a handover.
    case handoverOverdue = "handover_overdue"
    /// The transition date has passed with neither an adult grant nor a closing.
    case transitionPassed = "transition_passed"

    /// The flags of a youth on `today`; `hasAdultGrant` says whether an adult grant is approved for
    /// the case. A closed youth has none.
    public static func flags(_ youth: Youth, today: Day, settings: TransitionSettings, hasAdultGrant: Bool) -> [YouthFlag] {
        guard youth.closed == nil else { return [] }
        var flags: [YouthFlag] = []
        if youth.colour == .green && !youth.probability.isZero { flags.append(.greenWithProbability) }
        if youth.lastDiscussed.map({ $0.adding(months: 6) < today }) ?? true { flags.append(.notDiscussed) }
        if youth.handedOver == nil && youth.birthDate.adding(months: settings.handoverAgeMonths) < today {
            flags.append(.handoverOverdue)
        }
        if !hasAdultGrant && youth.transitionDate < today { flags.append(.transitionPassed) }
        return flags
    }

    /// A few words for a table cell.
    public var shortPhrase: Phrase {
        switch self {
        case .greenWithProbability: Strings.flagGreenWithProbabilityShort
        case .notDiscussed: Strings.flagNotDiscussedShort
        case .handoverOverdue: Strings.flagHandoverOverdueShort
        case .transitionPassed: Strings.flagTransitionPassedShort
        }
    }

    public var phrase: Phrase {
        switch self {
        case .greenWithProbability: Strings.flagGreenWithProbability
        case .notDiscussed: Strings.flagNotDiscussed
        case .handoverOverdue: Strings.flagHandoverOverdue
        case .transitionPassed: Strings.flagTransitionPassed
        }
    }
}
