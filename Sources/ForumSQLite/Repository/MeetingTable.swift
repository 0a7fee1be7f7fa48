import Foundation
import ForumCore
import ForumStore
import GRDB

/// The tables of meetings (`meeting`, `meeting_participant`, `meeting_item`), the draft's plan
/// (`agenda_plan`) and free items (`free_item`): reads and the writes the meeting commands make.
enum MeetingTable {
    static func meetings(_ db: Database, whereClause: String = "", arguments: StatementArguments = []) throws -> [Meeting] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM meeting \(whereClause) ORDER BY date DESC, id DESC", arguments: arguments)
        return try rows.map { row in
            let id: String = row["id"]
            let participants = try String.fetchAll(db, sql: """
                SELECT login FROM meeting_participant WHERE meeting_id = ? ORDER BY position
                """, arguments: [id])
            let items = try Row.fetchAll(db, sql: "SELECT * FROM meeting_item WHERE meeting_id = ? ORDER BY position",
                                         arguments: [id]).map(item)
            let closedAt: Int64? = row["closed_at"]
            return Meeting(id: MeetingID(id), date: try RowCoding.day(row["date"] as String, column: "meeting.date"),
                           participants: participants,
                           status: try RowCoding.value(row["status"] as String, column: "meeting.status"),
                           openedBy: row["opened_by"], openedAt: Timestamp(secondsSinceEpoch: row["opened_at"]),
                           closedAt: closedAt.map(Timestamp.init(secondsSinceEpoch:)), items: items)
        }
    }

    static func meeting(_ db: Database, _ id: MeetingID) throws -> Meeting? {
        try meetings(db, whereClause: "WHERE id = ?", arguments: [id.rawValue]).first
    }

    static func openMeeting(_ db: Database) throws -> Meeting? {
        try meetings(db, whereClause: "WHERE status = 'open'").first
    }

    private static func item(_ row: Row) throws -> MeetingItem {
        let key: String = row["item_key"]
        guard let parsed = AgendaKey(parsing: key) else { throw StoreCorruption.badValue(column: "meeting_item.item_key", value: key) }
        let amount: Int64? = row["amount_ore"]
        return MeetingItem(key: parsed, section: try RowCoding.value(row["section"] as String, column: "meeting_item.section"),
                           position: row["position"],
                           state: try RowCoding.value(row["state"] as String, column: "meeting_item.state"),
                           title: row["title"], amount: amount.map(Money.init(ore:)))
    }

    /// Inserts a meeting just opened, with its participants and agenda.
    static func insert(_ db: Database, _ meeting: Meeting) throws {
        try db.execute(sql: """
            INSERT INTO meeting (id, date, status, opened_by, opened_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [meeting.id.rawValue, meeting.date.description, meeting.status.rawValue, meeting.openedBy,
                             meeting.openedAt.secondsSinceEpoch])
        for (index, login) in meeting.participants.enumerated() {
            try db.execute(sql: "INSERT INTO meeting_participant (meeting_id, position, login) VALUES (?, ?, ?)",
                           arguments: [meeting.id.rawValue, index + 1, login])
        }
        for item in meeting.items {
            try db.execute(sql: """
                INSERT INTO meeting_item (meeting_id, position, item_key, section, state, title, amount_ore)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [meeting.id.rawValue, item.position, item.key.description, item.section.rawValue,
                                 item.state.rawValue, item.title, item.amount?.ore])
        }
    }

    /// Writes the items' states, and the status and close of the meeting.
    static func update(_ db: Database, _ meeting: Meeting, minutes: Minutes? = nil) throws {
        for item in meeting.items {
            try db.execute(sql: "UPDATE meeting_item SET state = ? WHERE meeting_id = ? AND item_key = ?",
                           arguments: [item.state.rawValue, meeting.id.rawValue, item.key.description])
        }
        let json = try minutes.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try db.execute(sql: """
            UPDATE meeting SET status = ?, closed_at = ?, minutes_json = COALESCE(?, minutes_json) WHERE id = ?
            """, arguments: [meeting.status.rawValue, meeting.closedAt?.secondsSinceEpoch, json, meeting.id.rawValue])
    }

    static func minutes(_ db: Database, _ id: MeetingID) throws -> Minutes? {
        guard let json = try String.fetchOne(db, sql: "SELECT minutes_json FROM meeting WHERE id = ?", arguments: [id.rawValue]) else {
            return nil
        }
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

    static func plan(_ db: Database) throws -> AgendaPlan {
        var plan = AgendaPlan()
        var ordered: [(Int, AgendaKey)] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM agenda_plan ORDER BY item_key") {
            let text: String = row["item_key"]
            guard let key = AgendaKey(parsing: text) else { throw StoreCorruption.badValue(column: "agenda_plan.item_key", value: text) }
            if let position = row["position"] as Int? { ordered.append((position, key)) }
            if row["put_off"] as Bool { plan.putOff.insert(key) }
            if row["carried"] as Bool { plan.carried.insert(key) }
        }
        plan.order = ordered.sorted { $0.0 < $1.0 }.map(\.1)
        return plan
    }

    /// Replaces the plan as a whole: it is small, and a command returns it whole.
    static func save(_ db: Database, _ plan: AgendaPlan) throws {
        try db.execute(sql: "DELETE FROM agenda_plan")
        let keys = Set(plan.order).union(plan.putOff).union(plan.carried)
        let position = Dictionary(plan.order.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        for key in keys.sorted() {
            try db.execute(sql: "INSERT INTO agenda_plan (item_key, position, put_off, carried) VALUES (?, ?, ?, ?)",
                           arguments: [key.description, position[key], plan.putOff.contains(key), plan.carried.contains(key)])
        }
    }

    static func freeItems(_ db: Database, waitingOnly: Bool) throws -> [FreeItem] {
        try Row.fetchAll(db, sql: "SELECT * FROM free_item \(waitingOnly ? "WHERE meeting_id IS NULL" : "") ORDER BY id").map { row in
            let meeting: String? = row["meeting_id"]
            return FreeItem(id: row["id"], title: row["title"], text: row["text"], addedBy: row["added_by"],
                            at: Timestamp(secondsSinceEpoch: row["at"]), meeting: meeting.map(MeetingID.init))
        }
    }

    static func setMeeting(_ db: Database, ofFreeItems ids: [Int64], to meeting: MeetingID?) throws {
        for id in ids {
            try db.execute(sql: "UPDATE free_item SET meeting_id = ? WHERE id = ?", arguments: [meeting?.rawValue, id])
        }
    }
}
