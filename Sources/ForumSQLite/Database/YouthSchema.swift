import GRDB

/// Migration "v7-youth": the transition list (DOMAIN §12) and its settings.
enum YouthSchema {
    static let migration = "v7-youth"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            -- One young person the children's area expects may move to the adult area. The probability
            -- is an exact fraction in its text form ("1/3"); no CPR number, only the person's pseudonym.
            CREATE TABLE youth (
                person_id INTEGER PRIMARY KEY REFERENCES person(id),
                birth_date TEXT NOT NULL,
                children_sector TEXT NOT NULL REFERENCES sector(code),
                receiving_sector TEXT NOT NULL REFERENCES sector(code),
                transition_date TEXT NOT NULL,
                colour TEXT NOT NULL CHECK (colour IN ('red', 'yellow', 'green')),
                probability TEXT NOT NULL,
                expected_measure TEXT NOT NULL DEFAULT '',
                law TEXT NOT NULL DEFAULT '',
                annual_cost_ore INTEGER NOT NULL CHECK (annual_cost_ore >= 0),
                last_discussed TEXT,
                handed_over TEXT,
                closed TEXT,
                author TEXT,
                at INTEGER,
                version INTEGER NOT NULL DEFAULT 1
            );

            -- The ages of the list in months (17½ is 210) and the net other inflow per receiving
            -- sector that the shadow budget adds; one row, the defaults until an administrator sets them.
            CREATE TABLE transition_settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                entry_age_months INTEGER NOT NULL,
                handover_age_months INTEGER NOT NULL
            );
            -- The expected transition inflow of the rest of the year (T) when a manual forecast was set, so
            -- that youths arriving or leaving later still move it (NULL on forecasts set before: T does not).
            ALTER TABLE manual_forecast ADD COLUMN transition_rest_ore INTEGER;

            CREATE TABLE transition_other_inflow (
                sector_code TEXT PRIMARY KEY REFERENCES sector(code),
                amount_ore INTEGER NOT NULL
            );
            """)
    }
}
