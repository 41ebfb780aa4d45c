extension StoreMigrations {
    /// The first schema. Shipped: never edit this text, append a new migration instead.
    /// Times are ISO-8601 UTC text; chips are integers; cards are two-character text (`As`);
    /// seats are 0-based physical seats; `*_json` columns hold JSON checked by `json_valid`.
    static let v1Core = """
        PRAGMA application_id = 1347110482;

        -- One tournament. match_json is the engine's Match value after the last committed change:
        -- everything needed to continue (stacks, button, level, hand counter, the current hand
        -- with its deck position and whose turn it is).
        CREATE TABLE game (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            status        TEXT NOT NULL CHECK (status IN ('running', 'finished', 'abandoned')),
            mode          TEXT NOT NULL,
            seed          TEXT NOT NULL,
            seat_count    INTEGER NOT NULL CHECK (seat_count BETWEEN 2 AND 9),
            human_seat    INTEGER,
            setup_json    TEXT NOT NULL CHECK (json_valid(setup_json)),
            config_json   TEXT NOT NULL CHECK (json_valid(config_json)),
            match_json    TEXT NOT NULL CHECK (json_valid(match_json)),
            match_format  INTEGER NOT NULL,
            hands_played  INTEGER NOT NULL DEFAULT 0,
            winner_seat   INTEGER,
            ended_at      TEXT
        ) STRICT;
        CREATE INDEX game_by_status ON game (status, updated_at);

        -- One hand. Written when it is dealt (status running) and completed in the transaction of
        -- its last action: complete rows always have pots, finishing stacks and PHH text.
        CREATE TABLE hand (
            id                     INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id                INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            number                 INTEGER NOT NULL CHECK (number >= 1),
            status                 TEXT NOT NULL CHECK (status IN ('running', 'complete')),
            started_at             TEXT NOT NULL,
            ended_at               TEXT,
            level                  INTEGER NOT NULL,
            button_seat            INTEGER NOT NULL,
            small_blind            INTEGER NOT NULL,
            big_blind              INTEGER NOT NULL,
            ante                   INTEGER NOT NULL,
            seats_json             TEXT NOT NULL CHECK (json_valid(seats_json)),
            players_json           TEXT NOT NULL CHECK (json_valid(players_json)),
            config_json            TEXT NOT NULL CHECK (json_valid(config_json)),
            deck                   TEXT NOT NULL,
            starting_stacks_json   TEXT NOT NULL CHECK (json_valid(starting_stacks_json)),
            events_json            TEXT NOT NULL CHECK (json_valid(events_json)),
            board                  TEXT NOT NULL DEFAULT '',
            total_pot              INTEGER,
            showdown               INTEGER,
            pots_json              TEXT CHECK (pots_json IS NULL OR json_valid(pots_json)),
            finishing_stacks_json  TEXT CHECK (finishing_stacks_json IS NULL OR json_valid(finishing_stacks_json)),
            phh                    TEXT,
            UNIQUE (game_id, number),
            CHECK ((status = 'complete') = (ended_at IS NOT NULL AND pots_json IS NOT NULL
                                            AND finishing_stacks_json IS NOT NULL AND phh IS NOT NULL))
        ) STRICT;
        CREATE INDEX hand_running ON hand (game_id) WHERE status = 'running';

        -- One row per player decision, for stats and browsing (the hand's events_json is the record).
        CREATE TABLE action (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            hand_id      INTEGER NOT NULL REFERENCES hand (id) ON DELETE CASCADE,
            seq          INTEGER NOT NULL CHECK (seq >= 0),
            event_index  INTEGER NOT NULL,
            seat         INTEGER NOT NULL,
            position     INTEGER NOT NULL,
            street       TEXT NOT NULL CHECK (street IN ('preflop', 'flop', 'turn', 'river')),
            action       TEXT NOT NULL CHECK (action IN ('fold', 'check', 'call', 'bet', 'raise')),
            amount       INTEGER NOT NULL,
            chips_added  INTEGER NOT NULL,
            all_in       INTEGER NOT NULL,
            stack_after  INTEGER NOT NULL,
            pot_after    INTEGER NOT NULL,
            created_at   TEXT NOT NULL,
            UNIQUE (hand_id, seq)
        ) STRICT;

        CREATE TABLE table_message (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id      INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            hand_number  INTEGER,
            seat         INTEGER,
            kind         TEXT NOT NULL CHECK (kind IN ('speech', 'gesture', 'chat', 'system', 'commentary')),
            text         TEXT NOT NULL,
            created_at   TEXT NOT NULL
        ) STRICT;
        CREATE INDEX table_message_by_hand ON table_message (game_id, hand_number);

        -- The whole private state of one AI seat, replaced in place (row identity is kept).
        CREATE TABLE ai_seat_state (
            game_id               INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            seat                  INTEGER NOT NULL,
            psychology_json       TEXT CHECK (psychology_json IS NULL OR json_valid(psychology_json)),
            opponent_models_json  TEXT CHECK (opponent_models_json IS NULL OR json_valid(opponent_models_json)),
            session_memory_json   TEXT CHECK (session_memory_json IS NULL OR json_valid(session_memory_json)),
            updated_at            TEXT NOT NULL,
            PRIMARY KEY (game_id, seat)
        ) STRICT;

        -- One row per LLM call. Kept when a game is deleted (game_id set to NULL).
        CREATE TABLE api_usage (
            id                INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at        TEXT NOT NULL,
            provider          TEXT NOT NULL,
            model             TEXT NOT NULL,
            call_type         TEXT NOT NULL,
            input_tokens      INTEGER NOT NULL DEFAULT 0,
            output_tokens     INTEGER NOT NULL DEFAULT 0,
            cached_tokens     INTEGER NOT NULL DEFAULT 0,
            reasoning_tokens  INTEGER NOT NULL DEFAULT 0,
            latency_ms        INTEGER NOT NULL,
            status            TEXT NOT NULL CHECK (status IN ('ok', 'error')),
            error_kind        TEXT,
            error_message     TEXT,
            request_id        TEXT,
            cost_usd          REAL,
            game_id           INTEGER REFERENCES game (id) ON DELETE SET NULL,
            hand_number       INTEGER,
            seat              INTEGER,
            attempt           INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX api_usage_by_time ON api_usage (created_at);
        CREATE INDEX api_usage_by_model ON api_usage (provider, model, created_at);
        CREATE INDEX api_usage_by_game ON api_usage (game_id);

        -- Prices in USD per million tokens, valid from as_of until the next row of the model.
        CREATE TABLE model_pricing (
            provider            TEXT NOT NULL,
            model               TEXT NOT NULL,
            as_of               TEXT NOT NULL,
            input_per_mtok      REAL NOT NULL,
            cached_per_mtok     REAL,
            output_per_mtok     REAL NOT NULL,
            reasoning_per_mtok  REAL,
            PRIMARY KEY (provider, model, as_of)
        ) STRICT;

        CREATE TABLE prompt_capture (
            id                     INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at             TEXT NOT NULL,
            game_id                INTEGER REFERENCES game (id) ON DELETE CASCADE,
            hand_number            INTEGER,
            seat                   INTEGER,
            personality            TEXT,
            call_type              TEXT NOT NULL,
            provider               TEXT NOT NULL,
            model                  TEXT NOT NULL,
            system_prompt          TEXT NOT NULL,
            user_message           TEXT NOT NULL,
            raw_response           TEXT,
            parsed_action_json     TEXT CHECK (parsed_action_json IS NULL OR json_valid(parsed_action_json)),
            error                  TEXT,
            correction_chain_json  TEXT CHECK (correction_chain_json IS NULL OR json_valid(correction_chain_json)),
            input_tokens           INTEGER,
            output_tokens          INTEGER,
            latency_ms             INTEGER,
            prompt_version         TEXT,
            prompt_hash            TEXT,
            request_id             TEXT,
            parent_id              INTEGER REFERENCES prompt_capture (id) ON DELETE SET NULL
        ) STRICT;
        CREATE INDEX prompt_capture_by_game ON prompt_capture (game_id, hand_number);
        CREATE INDEX prompt_capture_by_personality ON prompt_capture (personality, created_at);

        CREATE TABLE capture_label (
            capture_id  INTEGER NOT NULL REFERENCES prompt_capture (id) ON DELETE CASCADE,
            label       TEXT NOT NULL,
            source      TEXT NOT NULL CHECK (source IN ('auto', 'user')),
            created_at  TEXT NOT NULL,
            PRIMARY KEY (capture_id, label)
        ) STRICT;
        CREATE INDEX capture_label_by_label ON capture_label (label);

        CREATE TABLE decision_analysis (
            id                INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at        TEXT NOT NULL,
            game_id           INTEGER REFERENCES game (id) ON DELETE CASCADE,
            hand_number       INTEGER,
            seat              INTEGER NOT NULL,
            personality       TEXT NOT NULL,
            street            TEXT NOT NULL CHECK (street IN ('preflop', 'flop', 'turn', 'river')),
            hole_cards        TEXT,
            board             TEXT,
            action_taken      TEXT NOT NULL,
            amount            INTEGER,
            pot               INTEGER,
            to_call           INTEGER,
            opponents         INTEGER,
            equity_vs_random  REAL,
            equity_vs_ranges  REAL,
            pot_odds          REAL,
            required_equity   REAL,
            ev_call           REAL,
            optimal_action    TEXT,
            verdict           TEXT CHECK (verdict IN ('correct', 'marginal', 'mistake', 'unknown')),
            ev_lost_bb        REAL,
            position          TEXT,
            hand_class        TEXT,
            tier              TEXT,
            stack_bb          REAL,
            psychology_json   TEXT CHECK (psychology_json IS NULL OR json_valid(psychology_json)),
            capture_id        INTEGER REFERENCES prompt_capture (id) ON DELETE SET NULL,
            analyzer_version  TEXT
        ) STRICT;
        CREATE INDEX decision_analysis_by_game ON decision_analysis (game_id, hand_number);
        CREATE INDEX decision_analysis_by_capture ON decision_analysis (capture_id);
        CREATE INDEX decision_analysis_by_personality ON decision_analysis (personality, verdict);

        -- Finishing place of every seat: written when a seat busts and for the winner.
        CREATE TABLE tournament_result (
            game_id             INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            seat                INTEGER NOT NULL,
            name                TEXT NOT NULL,
            is_human            INTEGER NOT NULL,
            place               INTEGER NOT NULL CHECK (place >= 1),
            hands_played        INTEGER NOT NULL,
            eliminated_at_hand  INTEGER,
            eliminated_by_seat  INTEGER,
            PRIMARY KEY (game_id, seat),
            UNIQUE (game_id, place)
        ) STRICT;

        CREATE TABLE experiment (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            name          TEXT NOT NULL UNIQUE,
            config_json   TEXT NOT NULL CHECK (json_valid(config_json)),
            status        TEXT NOT NULL CHECK (status IN ('pending', 'running', 'paused', 'completed', 'failed', 'cancelled')),
            summary_json  TEXT CHECK (summary_json IS NULL OR json_valid(summary_json)),
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        ) STRICT;

        CREATE TABLE experiment_game (
            experiment_id     INTEGER NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
            game_id           INTEGER NOT NULL UNIQUE REFERENCES game (id) ON DELETE CASCADE,
            variant           TEXT NOT NULL,
            tournament_index  INTEGER NOT NULL,
            PRIMARY KEY (experiment_id, variant, tournament_index)
        ) STRICT;
        """
}
