import GRDB

/// The versioned schema. Migrations are append-only: a released migration is never edited;
/// a change is a new migration registered after the others.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-forum", migrate: createForumTables)
        migrator.registerMigration(ImportSchema.migration, migrate: ImportSchema.create)
        migrator.registerMigration("v3-periodisation", migrate: addPeriodisation)
        migrator.registerMigration("v4-capacity", migrate: CapacitySchema.placementsAreOccupancy)
        migrator.registerMigration("v5-budget", migrate: BudgetSchema.migrate)
        migrator.registerMigration(MeetingSchema.migration, migrate: MeetingSchema.migrate)
        migrator.registerMigration(YouthSchema.migration, migrate: YouthSchema.migrate)
        migrator.registerMigration(SubAreaNoteSchema.migration, migrate: SubAreaNoteSchema.migrate)
        migrator.registerMigration(TargetSchema.migration, migrate: TargetSchema.migrate)
        return migrator
    }

    /// The identifiers this build knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }

    /// The settings' periodisation, which earlier builds did not keep: a database from before
    /// was periodised 1/12 a month, so that is what it gets.
    private static func addPeriodisation(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE settings ADD COLUMN periodisation TEXT NOT NULL DEFAULT 'even'")
    }

    private static func createForumTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                municipality TEXT NOT NULL,
                budget_year INTEGER NOT NULL,
                policy_json TEXT NOT NULL,
                tolerance_ore INTEGER NOT NULL,
                tolerance_basis_points INTEGER NOT NULL,
                is_demo INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE sector (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                chief_login TEXT
            );

            -- The kontoplan functions. sector_code is NULL only for the "unmapped" sub-area that
            -- holds postings whose account matched no prefix (import --allow-unmapped).
            CREATE TABLE sub_area (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                sector_code TEXT REFERENCES sector(code)
            );

            CREATE TABLE law (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                default_payer TEXT NOT NULL REFERENCES sector(code)
            );

            CREATE TABLE app_user (
                login TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                roles TEXT NOT NULL,
                sector_code TEXT REFERENCES sector(code)
            );

            -- A citizen known only by a keyed hash of the CPR number; case_id is what people see.
            CREATE TABLE person (
                id INTEGER PRIMARY KEY,
                pseudonym BLOB NOT NULL UNIQUE,
                case_id TEXT NOT NULL UNIQUE
            );

            CREATE TABLE offer (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                sector_code TEXT NOT NULL REFERENCES sector(code),
                unit TEXT NOT NULL,
                capacity INTEGER NOT NULL CHECK (capacity >= 0),
                occupied INTEGER NOT NULL CHECK (occupied >= 0),
                occupied_cross_sector INTEGER NOT NULL DEFAULT 0 CHECK (occupied_cross_sector >= 0),
                cross_sector_quota INTEGER NOT NULL DEFAULT 0 CHECK (cross_sector_quota >= 0),
                base_tariff_ore INTEGER NOT NULL,
                service_tariff_ore INTEGER NOT NULL DEFAULT 0,
                special_tariff_ore INTEGER NOT NULL DEFAULT 0,
                provider TEXT NOT NULL,
                leader_login TEXT,
                version INTEGER NOT NULL DEFAULT 1,
                changed_by TEXT,
                changed_at INTEGER
            );

            CREATE TABLE waiting_entry (
                id INTEGER PRIMARY KEY,
                offer_id TEXT NOT NULL REFERENCES offer(id),
                person_id INTEGER NOT NULL REFERENCES person(id),
                cross_sector INTEGER NOT NULL DEFAULT 0,
                priority INTEGER NOT NULL,
                since TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX waiting_entry_offer ON waiting_entry(offer_id);

            CREATE TABLE placement (
                id INTEGER PRIMARY KEY,
                offer_id TEXT NOT NULL REFERENCES offer(id),
                person_id INTEGER NOT NULL REFERENCES person(id),
                cross_sector INTEGER NOT NULL DEFAULT 0,
                start_day TEXT NOT NULL,
                end_day TEXT
            );

            CREATE TABLE grant_request (
                id TEXT PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES person(id),
                cross_sector INTEGER NOT NULL DEFAULT 0,
                requesting_unit TEXT NOT NULL,
                requested_by TEXT NOT NULL,
                sector_code TEXT NOT NULL REFERENCES sector(code),
                law_code TEXT NOT NULL REFERENCES law(code),
                offer TEXT NOT NULL,
                offer_id TEXT REFERENCES offer(id),
                amount_kind TEXT NOT NULL CHECK (amount_kind IN ('monthly', 'one_off')),
                amount_ore INTEGER NOT NULL,
                start_day TEXT NOT NULL,
                end_day TEXT NOT NULL,
                weekly_hours_tenths INTEGER,
                step INTEGER NOT NULL,
                proposed_split TEXT NOT NULL,
                reason TEXT NOT NULL,
                submitted TEXT NOT NULL,
                status TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                changed_by TEXT,
                changed_at INTEGER,
                decision_id INTEGER REFERENCES decision(id)
            );
            CREATE INDEX grant_request_person ON grant_request(person_id);

            CREATE TABLE alternative (
                request_id TEXT NOT NULL REFERENCES grant_request(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                description TEXT NOT NULL,
                amount_kind TEXT NOT NULL CHECK (amount_kind IN ('monthly', 'one_off')),
                amount_ore INTEGER NOT NULL,
                start_day TEXT NOT NULL,
                end_day TEXT NOT NULL,
                PRIMARY KEY (request_id, position)
            );

            -- Every decision ever made, including undone ones (undone_at set): the history.
            CREATE TABLE decision (
                id INTEGER PRIMARY KEY,
                request_id TEXT NOT NULL REFERENCES grant_request(id),
                kind TEXT NOT NULL,
                split TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                valid_until TEXT,
                follow_up TEXT,
                previous_status TEXT NOT NULL,
                decided_by TEXT NOT NULL,
                decided_by_name TEXT NOT NULL,
                meeting TEXT,
                at INTEGER NOT NULL,
                undone_at INTEGER,
                undone_by TEXT
            );
            CREATE INDEX decision_request ON decision(request_id);

            CREATE TABLE request_event (
                id INTEGER PRIMARY KEY,
                request_id TEXT NOT NULL REFERENCES grant_request(id),
                kind TEXT NOT NULL,
                at INTEGER,
                day TEXT,
                actor TEXT NOT NULL,
                decision_kind TEXT,
                split TEXT,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX request_event_request ON request_event(request_id);

            -- The commitment schedule in force, per month and paying sector, from an approved
            -- grant (request_id) or a filled place (placement_id).
            CREATE TABLE commitment (
                id INTEGER PRIMARY KEY,
                request_id TEXT REFERENCES grant_request(id),
                placement_id INTEGER REFERENCES placement(id),
                year INTEGER NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                sector_code TEXT NOT NULL REFERENCES sector(code),
                amount_ore INTEGER NOT NULL,
                CHECK ((request_id IS NULL) <> (placement_id IS NULL))
            );
            CREATE INDEX commitment_request ON commitment(request_id);
            CREATE INDEX commitment_year_sector ON commitment(year, sector_code, month);

            CREATE TABLE budget (
                year INTEGER NOT NULL,
                sub_area_id INTEGER NOT NULL REFERENCES sub_area(id),
                amount_ore INTEGER NOT NULL,
                profile TEXT,
                PRIMARY KEY (year, sub_area_id)
            ) WITHOUT ROWID;

            -- Actual spend aggregated at import: screens never scan raw postings.
            CREATE TABLE monthly_actual (
                year INTEGER NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                sub_area_id INTEGER NOT NULL REFERENCES sub_area(id),
                amount_ore INTEGER NOT NULL,
                PRIMARY KEY (year, month, sub_area_id)
            ) WITHOUT ROWID;

            CREATE TABLE monthly_case (
                person_id INTEGER NOT NULL REFERENCES person(id),
                year INTEGER NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                sub_area_id INTEGER NOT NULL REFERENCES sub_area(id),
                amount_ore INTEGER NOT NULL,
                PRIMARY KEY (person_id, year, month, sub_area_id)
            ) WITHOUT ROWID;

            CREATE TABLE manual_forecast (
                sector_code TEXT NOT NULL REFERENCES sector(code),
                year INTEGER NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                amount_ore INTEGER NOT NULL,
                note TEXT NOT NULL,
                set_by TEXT NOT NULL,
                at INTEGER NOT NULL,
                PRIMARY KEY (sector_code, year, month)
            ) WITHOUT ROWID;

            CREATE TABLE deviation_note (
                sector_code TEXT NOT NULL REFERENCES sector(code),
                year INTEGER NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                explanation TEXT NOT NULL,
                action_plan TEXT NOT NULL,
                owner TEXT NOT NULL,
                author TEXT NOT NULL,
                at INTEGER NOT NULL,
                version INTEGER NOT NULL,
                PRIMARY KEY (sector_code, year, month)
            ) WITHOUT ROWID;

            -- The audit trail: append-only, each event's hash chained to the previous one.
            CREATE TABLE audit_event (
                seq INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor_login TEXT NOT NULL,
                actor_roles TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );

            -- The newest event's sequence number and hash, so that removing the last events is
            -- detected too.
            CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq INTEGER NOT NULL,
                hash TEXT NOT NULL
            );
            """)
    }
}
