import ForumCore
import Foundation
import ForumStore
import Logging
import PostgresNIO

/// The versioned schema on PostgreSQL. Migrations are append-only, as on SQLite: a released
/// migration is never edited; a change is a new migration after the others.
///
/// "v1-forum" is the SQLite schema as its migrations v1…v5 leave it (ForumSQLite/Database), so
/// that both backends hold the same rows and `chefforum migrate` copies one into the other.
/// Text compares byte by byte (`COLLATE "C"`), as on SQLite, whatever the server's locale: lists
/// come in the same order from both.
enum PostgresSchema {
    /// Every migration this build knows, oldest first.
    static let migrations: [(identifier: String, sql: String)] = [
        ("v1-forum", forum), ("v6-meeting", meeting), ("v7-pg-monthly-case-keys", monthlyCaseKeys), ("v7-youth", youth),
        ("v8-subarea-notes", subAreaNotes), ("v8-efficiency-targets", efficiencyTargets),
    ]

    /// Any number, the same in every build: the advisory lock that keeps two processes opening
    /// a new database at once from both creating the tables.
    private static let lockKey: Int64 = 0x6368_6566_666f_7275 // "cheffor"

    /// Applies the migrations not yet applied, in one transaction under the advisory lock, and
    /// refuses a database that a newer build migrated further (as SQLite does).
    static func migrate(_ connection: PostgresConnection, location: String, logger: Logger) async throws {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            // Created only where missing: a user's own login may read the schema but not create in it.
            if try await connection.value(Bool.self, "SELECT to_regclass('chefforum_migration') IS NULL") == true {
                try await connection.query("""
                    CREATE TABLE chefforum_migration (
                        identifier TEXT PRIMARY KEY,
                        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                    )
                    """, logger: logger)
            }
            let applied = Set(try await connection.values(String.self, "SELECT identifier FROM chefforum_migration"))
            let unknown = applied.subtracting(migrations.map(\.identifier)).sorted()
            if !unknown.isEmpty { throw StoreError.newerSchema(path: location, migrations: unknown) }
            for migration in migrations where !applied.contains(migration.identifier) {
                // One statement a query: the extended protocol postgres-nio speaks takes no more.
                for statement in statements(migration.sql) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO chefforum_migration (identifier) VALUES (\(migration.identifier))",
                                           logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// The statements of a migration's text: each ends with a semicolon at the end of a line.
    private static func statements(_ sql: String) -> [String] {
        sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// "v6-meeting", as SQLite's migration of that name (ForumSQLite/Database/MeetingSchema).
    private static let meeting = """
        CREATE TABLE meeting (
            id TEXT COLLATE "C" PRIMARY KEY,
            date TEXT COLLATE "C" NOT NULL UNIQUE,
            status TEXT COLLATE "C" NOT NULL CHECK (status IN ('open', 'closed')),
            opened_by TEXT COLLATE "C" NOT NULL,
            opened_at BIGINT NOT NULL,
            closed_at BIGINT,
            minutes_json TEXT COLLATE "C"
        );
        CREATE UNIQUE INDEX meeting_one_open ON meeting(status) WHERE status = 'open';

        CREATE TABLE meeting_participant (
            meeting_id TEXT COLLATE "C" NOT NULL REFERENCES meeting(id),
            position BIGINT NOT NULL,
            login TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (meeting_id, position)
        );

        CREATE TABLE meeting_item (
            meeting_id TEXT COLLATE "C" NOT NULL REFERENCES meeting(id),
            position BIGINT NOT NULL,
            item_key TEXT COLLATE "C" NOT NULL,
            section TEXT COLLATE "C" NOT NULL,
            state TEXT COLLATE "C" NOT NULL CHECK (state IN ('pending', 'done', 'postponed')),
            title TEXT COLLATE "C" NOT NULL,
            amount_ore BIGINT,
            PRIMARY KEY (meeting_id, position),
            UNIQUE (meeting_id, item_key)
        );

        CREATE TABLE agenda_plan (
            item_key TEXT COLLATE "C" PRIMARY KEY,
            position BIGINT,
            put_off BOOLEAN NOT NULL DEFAULT false,
            carried BOOLEAN NOT NULL DEFAULT false
        );

        CREATE TABLE free_item (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            title TEXT COLLATE "C" NOT NULL,
            text TEXT COLLATE "C" NOT NULL DEFAULT '',
            added_by TEXT COLLATE "C" NOT NULL,
            at BIGINT NOT NULL,
            meeting_id TEXT COLLATE "C" REFERENCES meeting(id)
        );

        ALTER TABLE decision ADD COLUMN reopened_at BIGINT;
        """

    /// "v7-pg-monthly-case-keys", PostgreSQL's alone: `monthly_case` is written only by the
    /// postings import, which resolves every id itself (as for `posting`, which has none), and the
    /// per-row checks of its foreign keys took most of the time of a million postings' totals.
    private static let monthlyCaseKeys = """
        ALTER TABLE monthly_case DROP CONSTRAINT IF EXISTS monthly_case_person_id_fkey,
            DROP CONSTRAINT IF EXISTS monthly_case_sub_area_id_fkey;
        """

    private static let forum = """
        CREATE TABLE settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            municipality TEXT COLLATE "C" NOT NULL,
            budget_year BIGINT NOT NULL,
            policy_json TEXT COLLATE "C" NOT NULL,
            tolerance_ore BIGINT NOT NULL,
            tolerance_basis_points BIGINT NOT NULL,
            is_demo BOOLEAN NOT NULL DEFAULT false,
            periodisation TEXT COLLATE "C" NOT NULL DEFAULT 'even'
        );

        CREATE TABLE sector (
            code TEXT COLLATE "C" PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL,
            chief_login TEXT COLLATE "C"
        );

        -- sector_code is NULL only for the sub-area of unmapped accounts (import --allow-unmapped).
        CREATE TABLE sub_area (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            code TEXT COLLATE "C" NOT NULL UNIQUE,
            name TEXT COLLATE "C" NOT NULL,
            sector_code TEXT COLLATE "C" REFERENCES sector(code)
        );

        CREATE TABLE law (
            code TEXT COLLATE "C" PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL,
            default_payer TEXT COLLATE "C" NOT NULL REFERENCES sector(code)
        );

        CREATE TABLE app_user (
            login TEXT COLLATE "C" PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL,
            roles TEXT COLLATE "C" NOT NULL,
            sector_code TEXT COLLATE "C" REFERENCES sector(code)
        );

        -- A citizen known only by a keyed hash of the CPR number; case_id is what people see.
        CREATE TABLE person (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            pseudonym BYTEA NOT NULL UNIQUE,
            case_id TEXT COLLATE "C" NOT NULL UNIQUE
        );

        CREATE TABLE offer (
            id TEXT COLLATE "C" PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL,
            sector_code TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            unit TEXT COLLATE "C" NOT NULL,
            capacity BIGINT NOT NULL CHECK (capacity >= 0),
            cross_sector_quota BIGINT NOT NULL DEFAULT 0 CHECK (cross_sector_quota >= 0),
            base_tariff_ore BIGINT NOT NULL,
            service_tariff_ore BIGINT NOT NULL DEFAULT 0,
            special_tariff_ore BIGINT NOT NULL DEFAULT 0,
            provider TEXT COLLATE "C" NOT NULL,
            leader_login TEXT COLLATE "C",
            version BIGINT NOT NULL DEFAULT 1,
            changed_by TEXT COLLATE "C",
            changed_at BIGINT
        );

        CREATE TABLE waiting_entry (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            offer_id TEXT COLLATE "C" NOT NULL REFERENCES offer(id),
            person_id BIGINT NOT NULL REFERENCES person(id),
            cross_sector BOOLEAN NOT NULL DEFAULT false,
            priority BIGINT NOT NULL,
            since TEXT COLLATE "C" NOT NULL,
            note TEXT COLLATE "C" NOT NULL DEFAULT '',
            units BIGINT NOT NULL DEFAULT 1 CHECK (units >= 1)
        );
        CREATE INDEX waiting_entry_offer ON waiting_entry(offer_id);

        CREATE TABLE placement (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            offer_id TEXT COLLATE "C" NOT NULL REFERENCES offer(id),
            person_id BIGINT NOT NULL REFERENCES person(id),
            cross_sector BOOLEAN NOT NULL DEFAULT false,
            start_day TEXT COLLATE "C" NOT NULL,
            end_day TEXT COLLATE "C",
            units BIGINT NOT NULL DEFAULT 1 CHECK (units >= 1),
            base_tariff_ore BIGINT NOT NULL DEFAULT 0,
            service_tariff_ore BIGINT NOT NULL DEFAULT 0,
            special_tariff_ore BIGINT NOT NULL DEFAULT 0,
            payer TEXT COLLATE "C" NOT NULL DEFAULT '',
            override_reason TEXT COLLATE "C"
        );
        CREATE INDEX placement_offer ON placement(offer_id);

        CREATE TABLE grant_request (
            id TEXT COLLATE "C" PRIMARY KEY,
            person_id BIGINT NOT NULL REFERENCES person(id),
            cross_sector BOOLEAN NOT NULL DEFAULT false,
            requesting_unit TEXT COLLATE "C" NOT NULL,
            requested_by TEXT COLLATE "C" NOT NULL,
            sector_code TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            law_code TEXT COLLATE "C" NOT NULL REFERENCES law(code),
            offer TEXT COLLATE "C" NOT NULL,
            offer_id TEXT COLLATE "C" REFERENCES offer(id),
            amount_kind TEXT COLLATE "C" NOT NULL CHECK (amount_kind IN ('monthly', 'one_off')),
            amount_ore BIGINT NOT NULL,
            start_day TEXT COLLATE "C" NOT NULL,
            end_day TEXT COLLATE "C" NOT NULL,
            weekly_hours_tenths BIGINT,
            step BIGINT NOT NULL,
            proposed_split TEXT COLLATE "C" NOT NULL,
            reason TEXT COLLATE "C" NOT NULL,
            submitted TEXT COLLATE "C" NOT NULL,
            status TEXT COLLATE "C" NOT NULL,
            version BIGINT NOT NULL DEFAULT 1,
            changed_by TEXT COLLATE "C",
            changed_at BIGINT,
            decision_id BIGINT
        );
        CREATE INDEX grant_request_person ON grant_request(person_id);

        CREATE TABLE alternative (
            request_id TEXT COLLATE "C" NOT NULL REFERENCES grant_request(id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            description TEXT COLLATE "C" NOT NULL,
            amount_kind TEXT COLLATE "C" NOT NULL CHECK (amount_kind IN ('monthly', 'one_off')),
            amount_ore BIGINT NOT NULL,
            start_day TEXT COLLATE "C" NOT NULL,
            end_day TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (request_id, position)
        );

        -- Every decision ever made, including undone ones (undone_at set): the history.
        CREATE TABLE decision (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            request_id TEXT COLLATE "C" NOT NULL REFERENCES grant_request(id),
            kind TEXT COLLATE "C" NOT NULL,
            split TEXT COLLATE "C" NOT NULL,
            note TEXT COLLATE "C" NOT NULL DEFAULT '',
            valid_until TEXT COLLATE "C",
            follow_up TEXT COLLATE "C",
            previous_status TEXT COLLATE "C" NOT NULL,
            decided_by TEXT COLLATE "C" NOT NULL,
            decided_by_name TEXT COLLATE "C" NOT NULL,
            meeting TEXT COLLATE "C",
            at BIGINT NOT NULL,
            undone_at BIGINT,
            undone_by TEXT COLLATE "C"
        );
        CREATE INDEX decision_request ON decision(request_id);
        ALTER TABLE grant_request ADD FOREIGN KEY (decision_id) REFERENCES decision(id) DEFERRABLE INITIALLY DEFERRED;

        CREATE TABLE request_event (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            request_id TEXT COLLATE "C" NOT NULL REFERENCES grant_request(id),
            kind TEXT COLLATE "C" NOT NULL,
            at BIGINT,
            day TEXT COLLATE "C",
            actor TEXT COLLATE "C" NOT NULL,
            decision_kind TEXT COLLATE "C",
            split TEXT COLLATE "C",
            note TEXT COLLATE "C" NOT NULL DEFAULT ''
        );
        CREATE INDEX request_event_request ON request_event(request_id);

        -- The commitment schedule per month and paying sector, from an approved grant
        -- (request_id) or a filled place (placement_id), with the months (Month.ordinal) a row
        -- became known and stopped being in force, and when its grant was first decided.
        CREATE TABLE commitment (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            request_id TEXT COLLATE "C" REFERENCES grant_request(id),
            placement_id BIGINT REFERENCES placement(id),
            year BIGINT NOT NULL,
            month BIGINT NOT NULL CHECK (month BETWEEN 1 AND 12),
            sector_code TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            amount_ore BIGINT NOT NULL,
            decided_month BIGINT,
            known_month BIGINT,
            replaced_month BIGINT,
            CHECK ((request_id IS NULL) <> (placement_id IS NULL))
        );
        CREATE INDEX commitment_request ON commitment(request_id);
        CREATE INDEX commitment_placement ON commitment(placement_id);
        CREATE INDEX commitment_year_sector ON commitment(year, sector_code, month);

        CREATE TABLE budget (
            year BIGINT NOT NULL,
            sub_area_id BIGINT NOT NULL REFERENCES sub_area(id),
            amount_ore BIGINT NOT NULL,
            profile TEXT COLLATE "C",
            PRIMARY KEY (year, sub_area_id)
        );

        -- Actual spend aggregated at import: screens never scan raw postings.
        CREATE TABLE monthly_actual (
            year BIGINT NOT NULL,
            month BIGINT NOT NULL CHECK (month BETWEEN 1 AND 12),
            sub_area_id BIGINT NOT NULL REFERENCES sub_area(id),
            amount_ore BIGINT NOT NULL,
            PRIMARY KEY (year, month, sub_area_id)
        );

        CREATE TABLE monthly_case (
            person_id BIGINT NOT NULL REFERENCES person(id),
            year BIGINT NOT NULL,
            month BIGINT NOT NULL CHECK (month BETWEEN 1 AND 12),
            sub_area_id BIGINT NOT NULL REFERENCES sub_area(id),
            amount_ore BIGINT NOT NULL,
            PRIMARY KEY (person_id, year, month, sub_area_id)
        );

        CREATE TABLE manual_forecast (
            sector_code TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            year BIGINT NOT NULL,
            month BIGINT NOT NULL CHECK (month BETWEEN 1 AND 12),
            amount_ore BIGINT NOT NULL,
            note TEXT COLLATE "C" NOT NULL,
            set_by TEXT COLLATE "C" NOT NULL,
            at BIGINT NOT NULL,
            committed_rest_ore BIGINT,
            version BIGINT NOT NULL DEFAULT 1,
            PRIMARY KEY (sector_code, year, month)
        );

        CREATE TABLE deviation_note (
            sector_code TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            year BIGINT NOT NULL,
            month BIGINT NOT NULL CHECK (month BETWEEN 1 AND 12),
            explanation TEXT COLLATE "C" NOT NULL,
            action_plan TEXT COLLATE "C" NOT NULL,
            owner TEXT COLLATE "C" NOT NULL,
            author TEXT COLLATE "C" NOT NULL,
            at BIGINT NOT NULL,
            version BIGINT NOT NULL,
            status TEXT COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'explained', 'acted_on')),
            PRIMARY KEY (sector_code, year, month)
        );

        -- The audit trail: append-only, each event's hash chained to the previous one.
        CREATE TABLE audit_event (
            seq BIGINT PRIMARY KEY,
            at BIGINT NOT NULL,
            actor_login TEXT COLLATE "C" NOT NULL,
            actor_roles TEXT COLLATE "C" NOT NULL,
            action TEXT COLLATE "C" NOT NULL,
            entity TEXT COLLATE "C" NOT NULL,
            before_json TEXT COLLATE "C",
            after_json TEXT COLLATE "C",
            previous_hash TEXT COLLATE "C" NOT NULL,
            hash TEXT COLLATE "C" NOT NULL
        );

        -- The newest event's sequence number and hash: removing the last events is detected, and
        -- its row lock is what keeps the chain linear with many writers. The row always exists.
        CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq BIGINT NOT NULL,
            hash TEXT COLLATE "C" NOT NULL
        );
        INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\(AuditHead.empty.hash)');

        -- One row per imported file; for postings the months it covers. Its postings carry its id.
        CREATE TABLE import_batch (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind TEXT COLLATE "C" NOT NULL,
            file_name TEXT COLLATE "C" NOT NULL,
            fingerprint TEXT COLLATE "C" NOT NULL,
            imported_at BIGINT NOT NULL,
            imported_by TEXT COLLATE "C" NOT NULL,
            lines BIGINT NOT NULL,
            first_day TEXT COLLATE "C",
            last_day TEXT COLLATE "C",
            first_month BIGINT,
            last_month BIGINT,
            first_posting BIGINT,
            last_posting BIGINT
        );
        CREATE INDEX import_batch_kind ON import_batch(kind, fingerprint);

        -- Raw finance postings as integers (day = days since 1970-01-01), written by COPY. No keys
        -- and no index: the import resolves every id itself; screens read the monthly totals.
        CREATE TABLE posting (
            batch_id BIGINT NOT NULL,
            day BIGINT NOT NULL,
            sub_area_id BIGINT NOT NULL,
            person_id BIGINT,
            amount_ore BIGINT NOT NULL
        );
        """

    /// "v8-subarea-notes", as SQLite's migration of that name (ForumSQLite/Database/SubAreaNoteSchema):
    /// deviation notes keyed by sector, optional sub-area and month.
    private static let subAreaNotes = """
        ALTER TABLE deviation_note ADD COLUMN sub_area_code TEXT COLLATE "C" REFERENCES sub_area(code);
        ALTER TABLE deviation_note DROP CONSTRAINT deviation_note_pkey;
        CREATE UNIQUE INDEX deviation_note_line ON deviation_note (sector_code, COALESCE(sub_area_code, ''), year, month);
        """

    /// "v7-youth": the transition list (DOMAIN §12) and its settings, as SQLite's "v7-youth".
    private static let youth = """
        CREATE TABLE youth (
            person_id BIGINT PRIMARY KEY REFERENCES person(id),
            birth_date TEXT COLLATE "C" NOT NULL,
            children_sector TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            receiving_sector TEXT COLLATE "C" NOT NULL REFERENCES sector(code),
            transition_date TEXT COLLATE "C" NOT NULL,
            colour TEXT COLLATE "C" NOT NULL CHECK (colour IN ('red', 'yellow', 'green')),
            probability TEXT COLLATE "C" NOT NULL,
            expected_measure TEXT COLLATE "C" NOT NULL DEFAULT '',
            law TEXT COLLATE "C" NOT NULL DEFAULT '',
            annual_cost_ore BIGINT NOT NULL CHECK (annual_cost_ore >= 0),
            last_discussed TEXT COLLATE "C",
            handed_over TEXT COLLATE "C",
            closed TEXT COLLATE "C",
            author TEXT COLLATE "C",
            at BIGINT,
            version BIGINT NOT NULL DEFAULT 1
        );

        CREATE TABLE transition_settings (
            id BIGINT PRIMARY KEY CHECK (id = 1),
            entry_age_months BIGINT NOT NULL,
            handover_age_months BIGINT NOT NULL
        );

        ALTER TABLE manual_forecast ADD COLUMN transition_rest_ore BIGINT;

        CREATE TABLE transition_other_inflow (
            sector_code TEXT COLLATE "C" PRIMARY KEY REFERENCES sector(code),
            amount_ore BIGINT NOT NULL
        );
        """

    /// "v8-efficiency-targets": the efficiency target of each year (DOMAIN §13), as SQLite's.
    private static let efficiencyTargets = """
        CREATE TABLE efficiency_target (
            year BIGINT PRIMARY KEY,
            amount_ore BIGINT NOT NULL CHECK (amount_ore > 0),
            split TEXT COLLATE "C" NOT NULL,
            note TEXT COLLATE "C" NOT NULL DEFAULT '',
            author TEXT COLLATE "C",
            at BIGINT,
            version BIGINT NOT NULL DEFAULT 1
        );
        """
}
