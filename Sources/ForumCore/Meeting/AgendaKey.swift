/// What an agenda item is about: the same request, offer or sector is one item however many
/// rules put it on the agenda. Written `request:IND-1`, `offer:BO-SKOVLY`, `deviation:BUF`,
/// `free:3`, `follow-up:IND-7`, `target:VOK`, `youth:P-1A2B3C4D5E` in the database, the audit trail and on the command line.
public enum AgendaKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    case request(RequestID)
    case offer(OfferID)
    case deviation(SectorCode)
    case free(Int64)
    case followUp(RequestID)
    /// A sector behind its part of the year's efficiency target (DOMAIN §13).
    case target(SectorCode)
    /// A youth on the transition list with a flag (DOMAIN §12).
    case youth(CaseID)

    public var description: String {
        switch self {
        case .request(let id): "request:\(id)"
        case .offer(let id): "offer:\(id)"
        case .deviation(let sector): "deviation:\(sector)"
        case .free(let id): "free:\(id)"
        case .followUp(let id): "follow-up:\(id)"
        case .target(let sector): "target:\(sector)"
        case .youth(let caseID): "youth:\(caseID)"
        }
    }

    /// What the item is about, as people name it: a request's or offer's id, a sector's code; nil
    /// for a free item, which its title names.
    public var subject: String? {
        switch self {
        case .request(let id), .followUp(let id): id.rawValue
        case .offer(let id): id.rawValue
        case .deviation(let sector), .target(let sector): sector.rawValue
        case .youth(let caseID): caseID.rawValue
        case .free: nil
        }
    }

    /// The subject and the title, as a list or the minutes show an item.
    public func named(_ title: String) -> String {
        subject.map { "\($0) \(title)" } ?? title
    }

    /// Reads the written form; nil when it is not one.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = text[..<colon]
        let value = String(text[text.index(after: colon)...])
        guard !value.isEmpty else { return nil }
        switch kind {
        case "request": self = .request(RequestID(value))
        case "offer": self = .offer(OfferID(value))
        case "deviation": self = .deviation(SectorCode(value))
        case "free":
            guard let id = Int64(value) else { return nil }
            self = .free(id)
        case "follow-up": self = .followUp(RequestID(value))
        case "target": self = .target(SectorCode(value))
        case "youth": self = .youth(CaseID(value))
        default: return nil
        }
    }

    public static func < (lhs: AgendaKey, rhs: AgendaKey) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = AgendaKey(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an agenda item: \(text)")
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The agenda's sections in the order a meeting takes them (DOMAIN §9, 000 l.141): requests for
/// decision, follow-up of earlier grants, the economy's deviations and efficiency targets behind,
/// young people moving to the adult area with a flag, capacity conflicts, and what the chair adds.
public enum AgendaSection: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case requests
    case followUp = "follow_up"
    case deviations
    case targets
    case transitions
    case capacity
    case free

    public static func < (lhs: AgendaSection, rhs: AgendaSection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An item the chair puts on the agenda by hand (*eventuelt*, a question of principle).
public struct FreeItem: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var title: String
    public var text: String
    public var addedBy: String
    public var at: Timestamp
    /// The meeting that took it; nil while it waits for one.
    public var meeting: MeetingID?

    public init(id: Int64, title: String, text: String = "", addedBy: String, at: Timestamp, meeting: MeetingID? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.addedBy = addedBy
        self.at = at
        self.meeting = meeting
    }
}

/// What the chair has done to the next meeting's draft agenda: the order of items, the items put
/// off to the meeting after, and those carried over from the last meeting as postponed.
public struct AgendaPlan: Hashable, Sendable, Codable {
    /// The chair's order: a listed item comes before unlisted ones of its section, in this order.
    public var order: [AgendaKey]
    /// Put off by the chair: left out of the next meeting, carried to the one after.
    public var putOff: Set<AgendaKey>
    /// Left or postponed in an earlier meeting: marked as postponed on the draft.
    public var carried: Set<AgendaKey>

    public init(order: [AgendaKey] = [], putOff: Set<AgendaKey> = [], carried: Set<AgendaKey> = []) {
        self.order = order
        self.putOff = putOff
        self.carried = carried
    }

    public static let empty = AgendaPlan()
}
