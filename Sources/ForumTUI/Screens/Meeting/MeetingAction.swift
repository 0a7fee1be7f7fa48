import ForumCore

/// What a key does on screen 5.
enum MeetingAction: Hashable, Sendable {
    case move(Int)
    case top, bottom
    /// Open the selected item in place: a request with screen 1's keys.
    case open
    case addItem
    case postpone
    /// Move the selected draft item up (-1) or down (+1) within its section.
    case reorder(Int)
    case openMeeting
    case closeMeeting
    case toggleDone
    /// Back from an opened item to the agenda.
    case back
    /// The next or previous agenda item, opened in place.
    case step(Int)
    /// A key of the request opened in place (screen 1's detail).
    case request(DecisionsAction)
    /// A key of the offer opened in place (screen 2's detail).
    case offer(CapacityAction)
    /// A key of the deviation opened in place (screen 4's lines of the sector).
    case deviation(DeviationsAction)
}

/// What confirming one of screen 5's own dialogs does.
enum MeetingDialog: Sendable {
    case addTitle
    case addText(title: String)
    case openDate
    case openParticipants(Day)
    case close(MeetingID)
}
