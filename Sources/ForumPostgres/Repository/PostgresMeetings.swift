import ForumCore
import ForumStore
import Foundation
import PostgresNIO

/// The meeting tables on PostgreSQL (schema "v6-meeting"): reads, and the writes the meeting
/// commands make — as `MeetingTable` does on SQLite.
enum PostgresMeetings {
    private struct MeetingRow: Decodable {
        let id: String
        let date: String
        let status: String
        let openedBy: String
        let openedAt: Int64
        let closedAt: Int64?

        enum CodingKeys: String, CodingKey {
            case id, date, status
            case openedBy = "opened_by", openedAt = "opened_at", closedAt = "closed_at"
        }
    }

    private struct ItemRow: Decodable {
        let meetingID: String
        let position: Int64
        let itemKey: String
        let section: String
        let state: String
        let title: String
        let amountOre: Int64?

        enum CodingKeys: String, CodingKey {
            case position, section, state, title
            case meetingID = "meeting_id", itemKey = "item_key", amountOre = "amount_ore"
        }

        func item() throws -> MeetingItem {
            guard let key = AgendaKey(parsing: itemKey) else {
                throw StoreCorruption.badValue(column: "meeting_item.item_key", value: itemKey)
            }
            return MeetingItem(key: key, section: try RowCoding.value(section, column: "meeting_item.section"), position: Int(position),
                               state: try RowCoding.value(state, column: "meeting_item.state"), title: title,
                               amount: amountOre.map(Money.init(ore:)))
        }
    }

    private struct ParticipantRow: Decodable {
        let meetingID: String
        let login: String

        enum CodingKeys: String, CodingKey {
            case login
            case meetingID = "meeting_id"
        }
    }

    private struct PlanRow: Decodable {
        let itemKey: String
        let position: Int64?
        let putOff: Bool
        let carried: Bool

        enum CodingKeys: String, CodingKey {
            case position, carried
            case itemKey = "item_key", putOff = "put_off"
        }
    }

    private struct FreeItemRow: Decodable {
        let id: Int64
        let title: String
        let text: String
        let addedBy: String
        let at: Int64
        let meetingID: String?

        enum CodingKeys: String, CodingKey {
            case id, title, text, at
            case addedBy = "added_by", meetingID = "meeting_id"
        }
    }

    /// Every meeting, newest first, or the one with `id`, or the open one.
    static func meetings(_ connection: PostgresConnection, id: MeetingID? = nil, openOnly: Bool = false) async throws -> [Meeting] {
        let key = id?.rawValue
        let rows = try await connection.fetchAll(MeetingRow.self, """
            SELECT id, date, status, opened_by, opened_at, closed_at FROM meeting
            WHERE (\(key)::text IS NULL OR id = \(key)) AND (NOT \(openOnly) OR status = 'open')
            ORDER BY date DESC, id DESC
            """)
        let ids = rows.map(\.id)
        var participants: [String: [String]] = [:]
        for row in try await connection.fetchAll(ParticipantRow.self, """
            SELECT meeting_id, login FROM meeting_participant WHERE meeting_id = ANY(\(ids)) ORDER BY meeting_id, position
            """) {
            participants[row.meetingID, default: []].append(row.login)
        }
        var items: [String: [MeetingItem]] = [:]
        for row in try await connection.fetchAll(ItemRow.self, """
            SELECT * FROM meeting_item WHERE meeting_id = ANY(\(ids)) ORDER BY meeting_id, position
            """) {
            items[row.meetingID, default: []].append(try row.item())
        }
        return try rows.map { row in
            Meeting(id: MeetingID(row.id), date: try RowCoding.day(row.date, column: "meeting.date"),
                    participants: participants[row.id] ?? [], status: try RowCoding.value(row.status, column: "meeting.status"),
                    openedBy: row.openedBy, openedAt: Timestamp(secondsSinceEpoch: row.openedAt),
                    closedAt: row.closedAt.map(Timestamp.init(secondsSinceEpoch:)), items: items[row.id] ?? [])
        }
    }

    static func meeting(_ connection: PostgresConnection, _ id: MeetingID) async throws -> Meeting? {
        try await meetings(connection, id: id).first
    }

    static func openMeeting(_ connection: PostgresConnection) async throws -> Meeting? {
        try await meetings(connection, openOnly: true).first
    }

    /// Serialises the meeting commands of every host: each reads the open meeting and the plan,
    /// applies its rule and writes them back under this lock (one transaction at a time).
    static func lock(_ connection: PostgresConnection) async throws {
        try await connection.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
    }

    /// The meeting open now, read under the meeting lock held shared until the transaction ends:
    /// a decision or an offer's change that depends on the open meeting (who may, which meeting a
    /// decision carries) waits for a meeting being opened or closed, and never blocks another.
    /// Taken before any row lock, as the meeting commands take theirs, so the two never deadlock.
    static func openMeetingLocked(_ connection: PostgresConnection) async throws -> Meeting? {
        try await connection.execute("SELECT pg_advisory_xact_lock_shared(\(lockKey))")
        return try await openMeeting(connection)
    }

    /// Any number, the same in every build ("meeting").
    private static let lockKey: Int64 = 0x6d65_6574_696e_67

    static func insert(_ connection: PostgresConnection, _ meeting: Meeting) async throws {
        try await connection.execute("""
            INSERT INTO meeting (id, date, status, opened_by, opened_at)
            VALUES (\(meeting.id.rawValue), \(meeting.date.description), \(meeting.status.rawValue), \(meeting.openedBy),
                    \(meeting.openedAt.secondsSinceEpoch))
            """)
        for (index, login) in meeting.participants.enumerated() {
            try await connection.execute("""
                INSERT INTO meeting_participant (meeting_id, position, login) VALUES (\(meeting.id.rawValue), \(index + 1), \(login))
                """)
        }
        for item in meeting.items {
            try await connection.execute("""
                INSERT INTO meeting_item (meeting_id, position, item_key, section, state, title, amount_ore)
                VALUES (\(meeting.id.rawValue), \(item.position), \(item.key.description), \(item.section.rawValue),
                        \(item.state.rawValue), \(item.title), \(item.amount?.ore))
                """)
        }
    }

    /// Writes the items' states, and the meeting's status, close and (when given) minutes.
    static func update(_ connection: PostgresConnection, _ meeting: Meeting, minutes: Minutes? = nil) async throws {
        for item in meeting.items {
            try await connection.execute("""
                UPDATE meeting_item SET state = \(item.state.rawValue)
                WHERE meeting_id = \(meeting.id.rawValue) AND item_key = \(item.key.description)
                """)
        }
        let json = try minutes.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try await connection.execute("""
            UPDATE meeting SET status = \(meeting.status.rawValue), closed_at = \(meeting.closedAt?.secondsSinceEpoch),
                minutes_json = COALESCE(\(json), minutes_json)
            WHERE id = \(meeting.id.rawValue)
            """)
    }

    static func minutes(_ connection: PostgresConnection, _ id: MeetingID) async throws -> Minutes? {
        guard let json = try await connection.value(String?.self, "SELECT minutes_json FROM meeting WHERE id = \(id.rawValue)") ?? nil
        else { return nil }
        do {
            return try JSONDecoder().decode(Minutes.self, from: Data(json.utf8))
        } catch {
            throw StoreCorruption.badValue(column: "meeting.minutes_json", value: String(json.prefix(40)))
        }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static func plan(_ connection: PostgresConnection) async throws -> AgendaPlan {
        var plan = AgendaPlan()
        var ordered: [(Int64, AgendaKey)] = []
        for row in try await connection.fetchAll(PlanRow.self, "SELECT * FROM agenda_plan ORDER BY item_key") {
            guard let key = AgendaKey(parsing: row.itemKey) else {
                throw StoreCorruption.badValue(column: "agenda_plan.item_key", value: row.itemKey)
            }
            if let position = row.position { ordered.append((position, key)) }
            if row.putOff { plan.putOff.insert(key) }
            if row.carried { plan.carried.insert(key) }
        }
        plan.order = ordered.sorted { $0.0 < $1.0 }.map(\.1)
        return plan
    }

    /// Replaces the plan as a whole: it is small, and a command returns it whole.
    static func save(_ connection: PostgresConnection, _ plan: AgendaPlan) async throws {
        try await connection.execute("DELETE FROM agenda_plan")
        let keys = Set(plan.order).union(plan.putOff).union(plan.carried)
        let position = Dictionary(plan.order.enumerated().map { ($0.element, Int64($0.offset + 1)) }, uniquingKeysWith: { first, _ in first })
        for key in keys.sorted() {
            try await connection.execute("""
                INSERT INTO agenda_plan (item_key, position, put_off, carried)
                VALUES (\(key.description), \(position[key]), \(plan.putOff.contains(key)), \(plan.carried.contains(key)))
                """)
        }
    }

    static func freeItems(_ connection: PostgresConnection, waitingOnly: Bool) async throws -> [FreeItem] {
        try await connection.fetchAll(FreeItemRow.self, """
            SELECT * FROM free_item WHERE NOT \(waitingOnly) OR meeting_id IS NULL ORDER BY id
            """).map {
            FreeItem(id: $0.id, title: $0.title, text: $0.text, addedBy: $0.addedBy, at: Timestamp(secondsSinceEpoch: $0.at),
                     meeting: $0.meetingID.map(MeetingID.init))
        }
    }

    static func setMeeting(_ connection: PostgresConnection, ofFreeItems ids: [Int64], to meeting: MeetingID?) async throws {
        for id in ids {
            try await connection.execute("UPDATE free_item SET meeting_id = \(meeting?.rawValue) WHERE id = \(id)")
        }
    }
}
