import GRDB

/// Migration "v6-meeting": meetings, their participants and agenda, the chair's plan for the next
/// draft agenda, free items, and decisions set aside by reopening.
enum MeetingSchema {
    static let migration = "v6-meeting"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            -- A meeting exists from the moment the chair opens it; minutes_json holds the minutes
            -- written when it closed (read-only after).
            CREATE TABLE meeting (
                id TEXT PRIMARY KEY,
                date TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
                opened_by TEXT NOT NULL,
                opened_at INTEGER NOT NULL,
                closed_at INTEGER,
                minutes_json TEXT
            );
            -- One meeting open at a time, whoever writes.
            CREATE UNIQUE INDEX meeting_one_open ON meeting(status) WHERE status = 'open';

            CREATE TABLE meeting_participant (
                meeting_id TEXT NOT NULL REFERENCES meeting(id),
                position INTEGER NOT NULL,
                login TEXT NOT NULL,
                PRIMARY KEY (meeting_id, position)
            ) WITHOUT ROWID;

            CREATE TABLE meeting_item (
                meeting_id TEXT NOT NULL REFERENCES meeting(id),
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                section TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'postponed')),
                title TEXT NOT NULL,
                amount_ore INTEGER,
                PRIMARY KEY (meeting_id, position),
                UNIQUE (meeting_id, item_key)
            ) WITHOUT ROWID;

            -- The chair's plan for the next draft agenda: an item's place in the order, put off to
            -- the meeting after the next, or carried from an earlier meeting as postponed.
            CREATE TABLE agenda_plan (
                item_key TEXT PRIMARY KEY,
                position INTEGER,
                put_off INTEGER NOT NULL DEFAULT 0,
                carried INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            -- meeting_id is set while a meeting takes the item (and stays once it did).
            CREATE TABLE free_item (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT '',
                added_by TEXT NOT NULL,
                at INTEGER NOT NULL,
                meeting_id TEXT REFERENCES meeting(id)
            );

            -- A decision set aside by reopening stays in the history, but undo never returns to it.
            ALTER TABLE decision ADD COLUMN reopened_at INTEGER;
            """)
    }
}
