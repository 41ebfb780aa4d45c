extension StoreMigrations {
    /// The AI lab: each capture keeps its decision's inputs (to rebuild, re-send and re-judge it),
    /// its place in the hand (to replay a game from captures), the facts the browser filters on,
    /// and a key shared with the usage rows of its calls (tokens, latency and cost per decision).
    /// Each game keeps its AI seats' personalities as they were, so a recorded game replays the
    /// same on a machine whose personality files differ.
    static let v3CaptureRequest = """
        ALTER TABLE prompt_capture ADD COLUMN request_json TEXT
            CHECK (request_json IS NULL OR json_valid(request_json));
        ALTER TABLE prompt_capture ADD COLUMN decision_index INTEGER;
        ALTER TABLE prompt_capture ADD COLUMN decision_key TEXT;
        ALTER TABLE prompt_capture ADD COLUMN street TEXT
            CHECK (street IS NULL OR street IN ('preflop', 'flop', 'turn', 'river'));
        ALTER TABLE prompt_capture ADD COLUMN action TEXT
            CHECK (action IS NULL OR action IN ('fold', 'check', 'call', 'raise', 'all_in'));
        ALTER TABLE prompt_capture ADD COLUMN amount INTEGER;
        ALTER TABLE prompt_capture ADD COLUMN pot_odds REAL;
        ALTER TABLE prompt_capture ADD COLUMN stack_bb REAL;
        ALTER TABLE prompt_capture ADD COLUMN error_types_json TEXT
            CHECK (error_types_json IS NULL OR json_valid(error_types_json));
        CREATE INDEX prompt_capture_by_decision ON prompt_capture (game_id, hand_number, decision_index);
        CREATE INDEX prompt_capture_by_parent ON prompt_capture (parent_id);
        CREATE INDEX prompt_capture_by_time ON prompt_capture (created_at);

        ALTER TABLE api_usage ADD COLUMN decision_key TEXT;
        ALTER TABLE api_usage ADD COLUMN personality TEXT;
        CREATE INDEX api_usage_by_decision ON api_usage (decision_key);

        CREATE TABLE game_personality (
            game_id           INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            seat              INTEGER NOT NULL,
            slug              TEXT,
            personality_json  TEXT NOT NULL CHECK (json_valid(personality_json)),
            PRIMARY KEY (game_id, seat)
        ) STRICT;
        """
}
