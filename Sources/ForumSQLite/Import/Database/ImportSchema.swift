import GRDB

/// The import's own tables, in a migration registered after the forum's.
enum ImportSchema {
    static let migration = "v2-import"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- One row per imported file: what it was, who imported it, and for postings the months it
            -- covers and the rowid range of its raw postings (contiguous: written in one transaction).
            CREATE TABLE import_batch (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                imported_at INTEGER NOT NULL,
                imported_by TEXT NOT NULL,
                lines INTEGER NOT NULL,
                first_day TEXT,
                last_day TEXT,
                first_month INTEGER,
                last_month INTEGER,
                first_posting INTEGER,
                last_posting INTEGER
            );
            CREATE INDEX import_batch_kind ON import_batch(kind, fingerprint);

            -- Raw finance postings as integers (day = days since 1970-01-01). No foreign keys and no
            -- index: a million rows are written in one transaction by the import, which resolves
            -- every id itself; a batch is found by its rowid range in import_batch. Screens read the
            -- monthly totals, never this table.
            CREATE TABLE posting (
                batch_id INTEGER NOT NULL,
                day INTEGER NOT NULL,
                sub_area_id INTEGER NOT NULL,
                person_id INTEGER,
                amount_ore INTEGER NOT NULL
            );
            """)
    }
}
