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
    /// The participant picker: move, choose or leave out, open the meeting, cancel.
    case pickerMove(Int)
    case pickerToggle
    case pickerConfirm
    case pickerCancel
}

/// What confirming one of screen 5's own dialogs does.
enum MeetingDialog: Sendable {
    case addTitle
    case addText(title: String)
    case openDate
    case close(MeetingID)
}

/// Choosing a meeting's participants from the users (DOMAIN §9): who is chosen, and where the
/// cursor is.
struct ParticipantPicker: Hashable, Sendable {
    var date: Day
    /// Everyone who may take part (not the readers), in the users' order.
    var candidates: [User]
    var chosen: Set<String>
    var cursor = 0
}
