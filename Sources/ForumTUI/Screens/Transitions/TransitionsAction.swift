import ForumCore

/// What a key does on the transitions screen.
enum TransitionsAction: Hashable, Sendable {
    case table(TableScreenAction)
    /// `p`: type the probability (½, 1/3, 0,5, 50 %).
    case setProbability
    /// `c`: the colour one step on (red → yellow → green → red).
    case nextColour
    /// `d`: discussed today.
    case discussedToday
    /// `h`: handed over to the adult area today; on a youth already handed over, not handed over.
    case toggleHandedOver
    /// `l`: closed today (no transition after all); on a closed youth, open again.
    case toggleClosed
}

/// What confirming the transitions screen's dialog does: the youth as it was read.
enum TransitionsDialog: Sendable {
    case probability(Youth)
}

/// A row of screen 6: one youth with what the screen shows of it, computed once per load.
struct TransitionRow: Identifiable, Hashable, Sendable {
    let youth: Youth
    let thisYear: Money
    let nextYear: Money
    let flags: [YouthFlag]
    var id: String { youth.caseID.rawValue }
}
