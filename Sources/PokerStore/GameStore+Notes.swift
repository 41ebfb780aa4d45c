import GRDB

extension GameStore {
    /// The human's notes on the players of `game`, by seat.
    public nonisolated func notes(game: GameID) async throws(StoreError) -> [Int: String] {
        try await read { db in
            var notes: [Int: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT seat, text FROM player_note WHERE game_id = ?",
                                        arguments: [game.rawValue]) {
                notes[row["seat"]] = row["text"]
            }
            return notes
        }
    }

    /// Keeps the human's note on the player in `seat` (an empty note removes it).
    public func saveNote(game: GameID, seat: Int, personality: String?, text: String) async throws(StoreError) {
        let time = StoreCoding.time(now())
        try await write { db in
            if text.isEmpty {
                try db.execute(sql: "DELETE FROM player_note WHERE game_id = ? AND seat = ?", arguments: [game.rawValue, seat])
            } else {
                try db.execute(sql: """
                    INSERT INTO player_note (game_id, seat, personality, text, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (game_id, seat) DO UPDATE SET text = excluded.text, personality = excluded.personality,
                                                             updated_at = excluded.updated_at
                    """, arguments: [game.rawValue, seat, personality, text, time])
            }
        }
    }
}
