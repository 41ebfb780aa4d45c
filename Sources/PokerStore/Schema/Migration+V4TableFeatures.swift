extension StoreMigrations {
    /// Players busted in the same hand with the same starting stack tie for the better place
    /// (tournament rules), so two rows of a game may share a place: the table is rebuilt without
    /// its `UNIQUE (game_id, place)` (SQLite cannot drop a constraint in place).
    static let v4TiedPlaces = """
        CREATE TABLE tournament_result_v4 (
            game_id             INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            seat                INTEGER NOT NULL,
            name                TEXT NOT NULL,
            is_human            INTEGER NOT NULL,
            place               INTEGER NOT NULL CHECK (place >= 1),
            hands_played        INTEGER NOT NULL,
            eliminated_at_hand  INTEGER,
            eliminated_by_seat  INTEGER,
            PRIMARY KEY (game_id, seat)
        ) STRICT;
        INSERT INTO tournament_result_v4 (game_id, seat, name, is_human, place, hands_played, eliminated_at_hand,
                                          eliminated_by_seat)
            SELECT game_id, seat, name, is_human, place, hands_played, eliminated_at_hand, eliminated_by_seat
            FROM tournament_result;
        DROP TABLE tournament_result;
        ALTER TABLE tournament_result_v4 RENAME TO tournament_result;
        CREATE INDEX tournament_result_by_place ON tournament_result (game_id, place);
        """

    /// The human's notes on the other players (`N` at the table), kept with the game: one note per
    /// seat, with the character's slug so it can be found again.
    static let v5PlayerNotes = """
        CREATE TABLE player_note (
            game_id      INTEGER NOT NULL REFERENCES game (id) ON DELETE CASCADE,
            seat         INTEGER NOT NULL CHECK (seat >= 0),
            personality  TEXT,
            text         TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            PRIMARY KEY (game_id, seat)
        ) STRICT;
        """
}
