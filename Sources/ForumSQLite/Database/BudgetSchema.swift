import GRDB

/// Migration "v5-budget": what the budget screens need beyond the first schema.
enum BudgetSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            -- When a commitment row became known and when it stopped being in force (Month.ordinal),
            -- and the month its grant was first decided: the budget as it stood at the end of an
            -- earlier month, and the forecast bridge's new, ended and changed grants. Rows from
            -- before were known all along (NULL) and are in force.
            ALTER TABLE commitment ADD COLUMN decided_month INTEGER;
            ALTER TABLE commitment ADD COLUMN known_month INTEGER;
            ALTER TABLE commitment ADD COLUMN replaced_month INTEGER;

            -- The committed rest of the year when a manual forecast was set, so that later grants
            -- still move it (NULL on forecasts set before: they do not move), and its version.
            ALTER TABLE manual_forecast ADD COLUMN committed_rest_ore INTEGER;
            ALTER TABLE manual_forecast ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

            ALTER TABLE deviation_note ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'explained', 'acted_on'));
            """)
    }
}
