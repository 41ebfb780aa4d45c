import Foundation
import GRDB

/// The personality an AI seat played a game with, as personality-file JSON.
public struct SeatPersonality: Hashable, Sendable, Codable {
    public var seat: Int
    public var slug: String?
    public var json: String

    /// The personality `json` of `seat`.
    public init(seat: Int, slug: String?, json: String) {
        self.seat = seat
        self.slug = slug
        self.json = json
    }
}

extension GameStore {
    /// Keeps the personalities of a game's AI seats (replacing any kept before).
    public func saveSeatPersonalities(game: GameID, _ seats: [SeatPersonality]) async throws(StoreError) {
        let path = self.path
        for seat in seats { try StoreCoding.requireJSON(seat.json, "the personality of seat \(seat.seat)", path: path) }
        try await write { db in
            for seat in seats {
                try db.execute(sql: """
                    INSERT INTO game_personality (game_id, seat, slug, personality_json) VALUES (?, ?, ?, ?)
                    ON CONFLICT (game_id, seat) DO UPDATE SET slug = excluded.slug, personality_json = excluded.personality_json
                    """, arguments: [game.rawValue, seat.seat, seat.slug, seat.json])
            }
        }
    }

    /// The personalities kept with a game, by seat (empty for games recorded before they were kept).
    public nonisolated func seatPersonalities(game: GameID) async throws(StoreError) -> [SeatPersonality] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM game_personality WHERE game_id = ? ORDER BY seat",
                             arguments: [game.rawValue]).map { row in
                try decoding("game_personality", row, path: path) {
                    SeatPersonality(seat: try row.int("seat"), slug: try row.optionalString("slug"),
                                    json: try row.string("personality_json"))
                }
            }
        }
    }
}
