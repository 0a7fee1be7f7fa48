import GRDB

/// Migration "v8-subarea-notes": deviation notes for sub-areas as well as sectors (DOMAIN §6: every
/// line beyond the tolerance needs its explanation). The key becomes sector, optional sub-area
/// and month; SQLite cannot change a primary key, so the table is rebuilt with its rows.
enum SubAreaNoteSchema {
    static let migration = "v8-subarea-notes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deviation_note_v8 (
                sector_code TEXT NOT NULL REFERENCES sector(code),
                -- NULL for the sector's own note.
                sub_area_code TEXT REFERENCES sub_area(code),
                year INTEGER NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                explanation TEXT NOT NULL,
                action_plan TEXT NOT NULL,
                owner TEXT NOT NULL,
                author TEXT NOT NULL,
                at INTEGER NOT NULL,
                version INTEGER NOT NULL,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'explained', 'acted_on'))
            );
            INSERT INTO deviation_note_v8 (sector_code, year, month, explanation, action_plan, owner, author, at, version, status)
                SELECT sector_code, year, month, explanation, action_plan, owner, author, at, version, status FROM deviation_note;
            DROP TABLE deviation_note;
            ALTER TABLE deviation_note_v8 RENAME TO deviation_note;
            -- One note a line and month; NULL never equals NULL in a unique index, '' stands for the sector.
            CREATE UNIQUE INDEX deviation_note_line ON deviation_note (sector_code, COALESCE(sub_area_code, ''), year, month);
            """)
    }
}
