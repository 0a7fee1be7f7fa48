import Foundation
import ForumCore

/// Cross-checks the stored state against the audit trail: every entity the trail recorded must
/// still be what its last event left (`after`), so that a row changed behind the program's back
/// (with `sqlite3` or `psql`) is reported, naming the row, even though the trail itself is intact.
///
/// A backend notes each event while it streams the chain, then, for each recorded entity, encodes
/// the stored row with the same audit state type the command recorded and hands it to `compare`.
public struct AuditStateCheck: Sendable {
    /// What the trail last recorded of one entity.
    package struct Recorded: Sendable {
        package var entity: AuditEntity
        package var seq: Int64
        package var after: String?
    }

    private var latest: [AuditEntity: Recorded] = [:]

    public init() {}

    /// Notes an event, in trail order, so that each entity's last `after` is known.
    public mutating func note(_ event: AuditEvent) {
        if event.action.hasPrefix("import.") {
            noteImport(event)
            return
        }
        if event.action == "meeting.mark" || event.action == "agenda.postpone" {
            noteItemState(event)
            return
        }
        if event.action.hasPrefix("offer.") {
            noteOffer(event)
            return
        }
        guard let entity = AuditEntity(event.entity) else { return }
        latest[entity] = Recorded(entity: entity, seq: event.seq, after: event.after)
    }

    /// An import's event records the settings and users its file wrote (`ImportAuditRecord`):
    /// each is then that entity's last recorded state, as if a command had written it.
    private mutating func noteImport(_ event: AuditEvent) {
        guard let after = event.after.flatMap(Self.object) else { return }
        // An import of offers, waiting lists or placements rewrites those rows without recording
        // them: from then on they are not compared until a command records them again.
        if ["offers", "waitinglist", "placements"].contains(after["kind"] as? String) {
            latest = latest.filter { entity, _ in
                switch entity {
                case .offer, .placement: false
                default: true
                }
            }
        }
        // Replacing drops earlier batches of the same kind: those are no longer compared.
        if let replaced = after["replaced"] as? [Any], !replaced.isEmpty, let kind = after["kind"] as? String {
            latest = latest.filter { _, recorded in
                guard case .importBatch = recorded.entity else { return true }
                return recorded.after.flatMap(Self.object)?["kind"] as? String != kind
            }
        }
        if let id = Int64(event.entity.dropFirst("import:".count)), event.entity.hasPrefix("import:"),
           let json = Self.json(after.filter { ImportBatchAuditState.fields.contains($0.key) }) {
            latest[.importBatch(id)] = Recorded(entity: .importBatch(id), seq: event.seq, after: json)
        }
        if let settings = after["settings"] as? [String: Any], let json = Self.json(settings) {
            latest[.settings] = Recorded(entity: .settings, seq: event.seq, after: json)
        }
        for case let (login, user as [String: Any]) in after["users"] as? [String: Any] ?? [:] {
            guard let json = Self.json(user) else { continue }
            latest[.user(login: login)] = Recorded(entity: .user(login: login), seq: event.seq, after: json)
        }
    }

    /// An offer's event records the offer's version and quota (`OfferAuditState`), and the
    /// placement it made or ended, which is compared as an entity of its own.
    private mutating func noteOffer(_ event: AuditEvent) {
        guard event.entity.hasPrefix("offer:"), let after = event.after.flatMap(Self.object) else { return }
        let offer = OfferID(String(event.entity.dropFirst("offer:".count)))
        let state = after.filter { ["version", "quota"].contains($0.key) }
        if let json = Self.json(state) {
            latest[.offer(offer)] = Recorded(entity: .offer(offer), seq: event.seq, after: json)
        }
        if let placement = after["placement"] as? [String: Any], let id = (placement["id"] as? NSNumber)?.int64Value,
           let json = Self.json(placement) {
            latest[.placement(offer, id)] = Recorded(entity: .placement(offer, id), seq: event.seq, after: json)
        }
    }

    /// Marking an item, or postponing it in the open meeting, records only that item's new
    /// state: it is applied to the meeting's last recorded state (`MeetingAuditState`).
    private mutating func noteItemState(_ event: AuditEvent) {
        guard let after = event.after.flatMap(Self.object) else { return }
        let meeting: MeetingID, key: String, state: String
        if event.action == "meeting.mark" {
            guard event.entity.hasPrefix("meeting:"), let (itemKey, itemState) = after.first, let text = itemState as? String
            else { return }
            (meeting, key, state) = (MeetingID(String(event.entity.dropFirst("meeting:".count))), itemKey, text)
        } else {
            // Postponing an item of the draft agenda changes no meeting.
            guard let id = after["meeting"] as? String, id != "draft", event.entity.hasPrefix("agenda:") else { return }
            (meeting, key, state) = (MeetingID(id), String(event.entity.dropFirst("agenda:".count)), ItemState.postponed.rawValue)
        }
        guard var recorded = latest[.meeting(meeting)], var object = recorded.after.flatMap(Self.object) else { return }
        var items = object["items"] as? [String: Any] ?? [:]
        items[key] = state
        object["items"] = items
        recorded.after = Self.json(object)
        recorded.seq = event.seq
        latest[.meeting(meeting)] = recorded
    }

    private static func json(_ object: [String: Any]) -> String? {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The recorded entities, by the sequence number of their last event, so that the first
    /// report is the same on every run.
    package var recorded: [Recorded] { latest.values.sorted { $0.seq < $1.seq } }

    /// Why the stored state (JSON of the entity's audit state, nil when its row is gone) does not
    /// match what the trail last recorded of it, or nil when it does.
    package static func compare(_ recorded: Recorded, stored: String?) -> AuditVerification? {
        let row = recorded.entity.row
        switch (recorded.after, stored) {
        case (nil, nil):
            return nil
        case (nil, .some):
            return .broken(seq: recorded.seq, reason: Strings.auditStateUnexpectedRow(row))
        case (.some, nil):
            return .broken(seq: recorded.seq, reason: Strings.auditStateMissingRow(row))
        case (.some(let after), .some(let stored)):
            guard let expected = object(after), let actual = object(stored) else {
                return after == stored ? nil : .broken(seq: recorded.seq, reason: Strings.auditStateDiffers(row, fields: []))
            }
            let fields = Set(expected.keys).union(actual.keys)
                .filter { field in
                    // A field older events did not record is not compared (an undo recorded no commitments).
                    if expected[field] == nil, recorded.entity.optionallyRecorded.contains(field) { return false }
                    return canonical(expected[field]) != canonical(actual[field])
                }
                .sorted()
            return fields.isEmpty ? nil : .broken(seq: recorded.seq, reason: Strings.auditStateDiffers(row, fields: fields))
        }
    }

    private static func object(_ json: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
    }

    /// A value as sorted-key JSON, so that equal values compare equal whatever their key order.
    private static func canonical(_ value: Any?) -> String? {
        guard let value, !(value is NSNull) else { return nil }
        let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
        return data.map { String(decoding: $0, as: UTF8.self) }
    }
}

/// An entity of the audit trail whose stored row the state check compares.
package enum AuditEntity: Hashable, Sendable {
    /// The request's status and version, the decision in force, and its commitment schedule.
    case request(RequestID)
    case user(login: String)
    case forecast(SectorCode, Month)
    /// A deviation note, by its sector, sub-area (nil for the sector's own) and month.
    case deviation(SectorCode, String?, Month)
    /// The municipality's settings, recorded by the import of a settings file.
    case settings
    /// A meeting's date, status, participants and each item's state.
    case meeting(MeetingID)
    /// An imported file's batch row: its kind, fingerprint, lines and days.
    case importBatch(Int64)
    /// An offer's version and cross-sector quota.
    case offer(OfferID)
    /// A placement a command made or ended, by its offer and id.
    case placement(OfferID, Int64)
    /// A year's efficiency target: amount, split, note and version.
    case target(year: Int)

    /// Parses an event's `entity` (`request:IND-1`, `user:ny`, `forecast:BEV/2026-03`); nil for
    /// entities whose state is not compared.
    init?(_ entity: String) {
        guard let colon = entity.firstIndex(of: ":") else { return nil }
        let key = String(entity[entity.index(after: colon)...])
        switch entity[..<colon] {
        case "request": self = .request(RequestID(key))
        case "user": self = .user(login: key)
        case "forecast":
            guard let (sector, month) = Self.sectorMonth(key) else { return nil }
            self = .forecast(sector, month)
        case "meeting": self = .meeting(MeetingID(key))
        case "deviation":
            // A sub-area's note names it between the sector and the month.
            let parts = key.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3 else {
                guard let (sector, month) = Self.sectorMonth(key) else { return nil }
                self = .deviation(sector, nil, month)
                return
            }
            guard let (sector, month) = Self.sectorMonth("\(parts[0])/\(parts[2])") else { return nil }
            self = .deviation(sector, String(parts[1]), month)
        case "target":
            guard let year = Int(key) else { return nil }
            self = .target(year: year)
        default: return nil
        }
    }

    private static func sectorMonth(_ key: String) -> (SectorCode, Month)? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let numbers = parts[1].split(separator: "-").compactMap { Int($0) }
        guard numbers.count == 2, let month = try? Month(year: numbers[0], month: numbers[1]) else { return nil }
        return (SectorCode(String(parts[0])), month)
    }

    /// The row as a report names it: its table and key.
    var row: String {
        switch self {
        case .request(let id): "grant_request \(id)"
        case .user(let login): "app_user \(login)"
        case .forecast(let sector, let month): "manual_forecast \(sector)/\(month)"
        case .deviation(let sector, let subArea, let month): "deviation_note \(sector)/\(subArea.map { "\($0)/" } ?? "")\(month)"
        case .settings: "settings 1"
        case .meeting(let id): "meeting \(id)"
        case .importBatch(let id): "import_batch \(id)"
        case .offer(let id): "offer \(id)"
        case .placement(_, let id): "placement \(id)"
        case .target(let year): "efficiency_target \(year)"
        }
    }

    /// Fields some events of this kind leave out.
    var optionallyRecorded: Set<String> {
        if case .request = self { return ["commitmentsBySector"] }
        return []
    }
}

/// What the state check compares of an `import_batch` row: the fields of `ImportAuditRecord`
/// the row holds too.
package struct ImportBatchAuditState: Encodable, Sendable {
    static let fields: Set<String> = ["kind", "fingerprint", "lines", "firstDay", "lastDay"]

    package var kind: String
    package var fingerprint: String
    package var lines: Int
    package var firstDay: String?
    package var lastDay: String?

    package init(kind: String, fingerprint: String, lines: Int, firstDay: String?, lastDay: String?) {
        self.kind = kind
        self.fingerprint = fingerprint
        self.lines = lines
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}
