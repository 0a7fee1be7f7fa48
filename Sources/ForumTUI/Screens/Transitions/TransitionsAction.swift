import ForumCore

/// What a key does on the transitions screen: the table's keys (move, filter, sort).
enum TransitionsAction: Hashable, Sendable {
    case table(TableScreenAction)
}

/// A row of screen 6: one youth with what the screen shows of it, computed once per load.
struct TransitionRow: Identifiable, Hashable, Sendable {
    let youth: Youth
    let thisYear: Money
    let nextYear: Money
    let flags: [YouthFlag]
    var id: String { youth.caseID.rawValue }
}
