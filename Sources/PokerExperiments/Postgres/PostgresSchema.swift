/// The PostgreSQL schema of shared experiments: named, append-only migrations (like the SQLite
/// store's), applied under an advisory lock so workers starting together do not race.
enum PostgresSchema {
    struct Migration {
        let name: String
        let statements: [String]
    }

    /// Every migration, oldest first. Shipped migrations never change: append new ones.
    static let all: [Migration] = [
        Migration(name: "pf-v1-experiments", statements: [
            """
            CREATE TABLE pf_experiment (
                id           BIGSERIAL PRIMARY KEY,
                name         TEXT NOT NULL UNIQUE,
                config_json  TEXT NOT NULL,
                status       TEXT NOT NULL CHECK (status IN ('running', 'paused', 'completed', 'failed')),
                created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
                updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
            )
            """,
            // The queue: one row per tournament. A worker claims a pending row, or a running row whose
            // heartbeat went stale, with FOR UPDATE SKIP LOCKED; `attempt` fences out a stale worker.
            """
            CREATE TABLE pf_tournament (
                id                BIGSERIAL PRIMARY KEY,
                experiment_id     BIGINT NOT NULL REFERENCES pf_experiment (id) ON DELETE CASCADE,
                variant           TEXT NOT NULL,
                variant_index     INTEGER NOT NULL,
                tournament_index  INTEGER NOT NULL,
                status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'finished')),
                worker            TEXT,
                attempt           INTEGER NOT NULL DEFAULT 0,
                claimed_at        TIMESTAMPTZ,
                heartbeat_at      TIMESTAMPTZ,
                finished_at       TIMESTAMPTZ,
                hands_played      INTEGER NOT NULL DEFAULT 0,
                checkpoint_json   TEXT,
                UNIQUE (experiment_id, variant_index, tournament_index)
            )
            """,
            "CREATE INDEX pf_tournament_queue ON pf_tournament (experiment_id, status, tournament_index, variant_index)",
            // One row per complete hand, written with the tournament's checkpoint in one transaction.
            """
            CREATE TABLE pf_hand (
                tournament_id   BIGINT NOT NULL REFERENCES pf_tournament (id) ON DELETE CASCADE,
                number          INTEGER NOT NULL CHECK (number >= 1),
                big_blind       BIGINT NOT NULL,
                seats_json      TEXT NOT NULL,
                starting_json   TEXT NOT NULL,
                finishing_json  TEXT NOT NULL,
                worker          TEXT NOT NULL,
                attempt         INTEGER NOT NULL,
                recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
                PRIMARY KEY (tournament_id, number)
            )
            """,
            """
            CREATE TABLE pf_verdict (
                id             BIGSERIAL PRIMARY KEY,
                tournament_id  BIGINT NOT NULL REFERENCES pf_tournament (id) ON DELETE CASCADE,
                hand_number    INTEGER NOT NULL,
                seat           INTEGER NOT NULL,
                verdict        TEXT NOT NULL,
                ev_lost_bb     DOUBLE PRECISION
            )
            """,
            """
            CREATE TABLE pf_capture (
                id             BIGSERIAL PRIMARY KEY,
                tournament_id  BIGINT NOT NULL REFERENCES pf_tournament (id) ON DELETE CASCADE,
                hand_number    INTEGER NOT NULL,
                seat           INTEGER NOT NULL,
                answered       BOOLEAN NOT NULL,
                valid_json     BOOLEAN NOT NULL,
                corrected      BOOLEAN NOT NULL,
                fallback       BOOLEAN NOT NULL,
                latency_ms     INTEGER
            )
            """,
            """
            CREATE TABLE pf_usage (
                id             BIGSERIAL PRIMARY KEY,
                tournament_id  BIGINT NOT NULL REFERENCES pf_tournament (id) ON DELETE CASCADE,
                hand_number    INTEGER,
                seat           INTEGER,
                provider       TEXT NOT NULL,
                model          TEXT NOT NULL,
                ok             BOOLEAN NOT NULL,
                latency_ms     INTEGER NOT NULL,
                tokens         INTEGER NOT NULL,
                cost_usd       DOUBLE PRECISION NOT NULL DEFAULT 0
            )
            """,
            "CREATE INDEX pf_verdict_by_tournament ON pf_verdict (tournament_id)",
            "CREATE INDEX pf_capture_by_tournament ON pf_capture (tournament_id)",
            "CREATE INDEX pf_usage_by_tournament ON pf_usage (tournament_id)",
        ]),
    ]

    /// Applies the migrations this database lacks.
    static func migrate(_ connection: PostgresConnection) async throws(PostgresError) {
        try await connection.transaction { session throws(PostgresError) in
            try session.execute("SELECT pg_advisory_xact_lock(5064270)")   // "PF" experiments
            let ledger = try session.execute("SELECT to_regclass('pf_migrations') IS NOT NULL AS present")
            if ledger.value(0, "present") != "t" {
                try session.execute("CREATE TABLE pf_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            }
            let rows = try session.execute("SELECT name FROM pf_migrations")
            let applied = Set(rows.rows.compactMap { $0.first ?? nil })
            for migration in all where !applied.contains(migration.name) {
                for statement in migration.statements { try session.execute(statement) }
                try session.execute("INSERT INTO pf_migrations (name) VALUES ($1)", [migration.name])
            }
        }
    }
}
