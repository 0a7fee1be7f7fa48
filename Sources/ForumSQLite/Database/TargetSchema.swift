import GRDB

/// Migration "v8-efficiency-targets": the efficiency target of each year (DOMAIN §13).
enum TargetSchema {
    static let migration = "v8-efficiency-targets"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            -- One target a year, allocated to the sectors of its split (`BEV=1,VOK=1`) by largest
            -- remainder when it is read; it never changes the corrected budget.
            CREATE TABLE efficiency_target (
                year INTEGER PRIMARY KEY,
                amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
                split TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                author TEXT,
                at INTEGER,
                version INTEGER NOT NULL DEFAULT 1
            );
            """)
    }
}
