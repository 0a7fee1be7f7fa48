/// The id of a forum meeting, `M-2026-12-02`: one meeting a day at most.
public struct MeetingID: StringIdentifier {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The id of the meeting held on `date`.
    public init(date: Day) { self.rawValue = "M-" + date.description }
}

/// A meeting is a draft until the chair opens it (no row exists before that), then open, then
/// closed: read-only, its minutes written.
public enum MeetingStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case open
    case closed
}

/// A meeting of the forum (DOMAIN §9): its date, who took part, who chaired it, and the agenda
/// as it stood when it was opened, with each item's state.
public struct Meeting: Hashable, Sendable, Codable, Identifiable {
    public var id: MeetingID
    public var date: Day
    /// Logins of the participants, in the order the chair gave them.
    public var participants: [String]
    public var status: MeetingStatus
    public var openedBy: String
    public var openedAt: Timestamp
    public var closedAt: Timestamp?
    public var items: [MeetingItem]

    public init(id: MeetingID, date: Day, participants: [String], status: MeetingStatus = .open, openedBy: String,
                openedAt: Timestamp, closedAt: Timestamp? = nil, items: [MeetingItem]) {
        self.id = id
        self.date = date
        self.participants = participants
        self.status = status
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.items = items
    }

    public var isOpen: Bool { status == .open }

    /// The items taken.
    public var done: [MeetingItem] { items.filter { $0.state == .done } }

    /// The item of `key`, if it is on this meeting's agenda.
    public func item(_ key: AgendaKey) -> MeetingItem? { items.first { $0.key == key } }
}

/// Where an item of an open meeting stands.
public enum ItemState: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not taken yet: at the close it moves to the next agenda as postponed.
    case pending
    case done
    /// Moved to the next meeting's agenda.
    case postponed
}

/// One item on a meeting's agenda.
public struct MeetingItem: Hashable, Sendable, Codable {
    public var key: AgendaKey
    public var section: AgendaSection
    /// Position within the whole agenda, from 1.
    public var position: Int
    public var state: ItemState
    /// What the item is about, as the draft agenda named it (kept so that the minutes read the same
    /// after the data changed).
    public var title: String
    /// A request's amount for decision, a deviation's size, when the meeting opened.
    public var amount: Money?

    public init(key: AgendaKey, section: AgendaSection, position: Int, state: ItemState = .pending, title: String,
                amount: Money? = nil) {
        self.key = key
        self.section = section
        self.position = position
        self.state = state
        self.title = title
        self.amount = amount
    }
}
