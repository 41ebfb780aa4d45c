extension StoreMigrations {
    /// Hands imported from other sites' hand histories. A PokerStars table seats up to 10, so
    /// `game.seat_count` allows 10: SQLite cannot change a CHECK in place, so the `game` table is
    /// rebuilt (SQLite's documented procedure: new table, copy, drop, rename; foreign keys are
    /// off during migrations and checked at the end). Each imported hand keeps where it came
    /// from and its original text; `(site, site_hand)` is unique, so importing a file twice adds
    /// nothing. Chips of an imported hand are in its smallest unit (`chip_decimals`: 2 for cents).
    static let v4HandImport = """
        CREATE TABLE game_v4 (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            status        TEXT NOT NULL CHECK (status IN ('running', 'finished', 'abandoned')),
            mode          TEXT NOT NULL,
            seed          TEXT NOT NULL,
            seat_count    INTEGER NOT NULL CHECK (seat_count BETWEEN 2 AND 10),
            human_seat    INTEGER,
            setup_json    TEXT NOT NULL CHECK (json_valid(setup_json)),
            config_json   TEXT NOT NULL CHECK (json_valid(config_json)),
            match_json    TEXT NOT NULL CHECK (json_valid(match_json)),
            match_format  INTEGER NOT NULL,
            hands_played  INTEGER NOT NULL DEFAULT 0,
            winner_seat   INTEGER,
            ended_at      TEXT
        ) STRICT;
        INSERT INTO game_v4 (id, created_at, updated_at, status, mode, seed, seat_count, human_seat, setup_json,
                             config_json, match_json, match_format, hands_played, winner_seat, ended_at)
            SELECT id, created_at, updated_at, status, mode, seed, seat_count, human_seat, setup_json,
                   config_json, match_json, match_format, hands_played, winner_seat, ended_at FROM game;
        DROP TABLE game;
        ALTER TABLE game_v4 RENAME TO game;
        CREATE INDEX game_by_status ON game (status, updated_at);

        CREATE TABLE imported_hand (
            hand_id        INTEGER PRIMARY KEY REFERENCES hand (id) ON DELETE CASCADE,
            site           TEXT NOT NULL,
            site_hand      TEXT NOT NULL,
            tournament     TEXT,
            table_name     TEXT NOT NULL,
            source_file    TEXT NOT NULL,
            source_line    INTEGER NOT NULL,
            hero_seat      INTEGER,
            chip_decimals  INTEGER NOT NULL DEFAULT 0 CHECK (chip_decimals BETWEEN 0 AND 9),
            currency       TEXT,
            rake           INTEGER NOT NULL DEFAULT 0,
            original_text  TEXT NOT NULL,
            imported_at    TEXT NOT NULL,
            UNIQUE (site, site_hand)
        ) STRICT;
        """
}
