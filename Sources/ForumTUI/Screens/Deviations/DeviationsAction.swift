import ForumCore

/// What a key does on the deviations screen.
enum DeviationsAction: Hashable, Sendable {
    case table(TableScreenAction)
    /// `e`: write the selected line's explanation, then its action plan, then its owner.
    case editNote
    /// `t`: the note's status one step on (open → explained → acted on → open).
    case nextStatus
    /// `m`: set the sector's manual forecast for the month, with a note.
    case setForecast
    /// `x`: clear the sector's manual forecast for the month.
    case clearForecast
}

/// What confirming one of the deviations screen's dialogs does, carrying what it needs: each
/// step of the note's dialogs carries the note written so far.
enum DeviationsDialog: Sendable {
    case explanation(DeviationNote)
    case plan(DeviationNote)
    case owner(DeviationNote)
    case forecastAmount(SectorCode, Month, version: Int)
    case forecastNote(SectorCode, Month, version: Int, amount: Money)
    case clearForecast(SectorCode, Month, version: Int)
}

/// A row of screen 4: a sector or sub-area beyond the tolerance.
struct DeviationRow: Identifiable, Hashable, Sendable {
    let item: DeviationList.Item
    var id: String { item.subArea == nil ? item.sector.rawValue : "\(item.sector.rawValue)/\(item.code)" }
}
