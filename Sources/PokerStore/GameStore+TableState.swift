import Foundation
import GRDB

extension GameStore {
    /// Replaces the saved state of one AI seat (outside an action; `recordAction` saves it too).
    public func saveAIState(game: GameID, _ state: AISeatState) async throws(StoreError) {
        let path = self.path
        try StoreCoding.requireJSON(state, path: path)
        let time = StoreCoding.time(now())
        try await write { db in
            _ = try GameRowState.fetch(db, id: game, path: path)
            try Self.upsert(db, game: game, state: state, time: time)
        }
    }

    /// Appends table messages (outside an action; `recordAction` takes them too).
    public func recordMessages(game: GameID, _ messages: [StoredMessage]) async throws(StoreError) {
        let path = self.path
        try await write { db in
            let state = try GameRowState.fetch(db, id: game, path: path)
            try Self.insert(db, game: game, messages: messages, currentHand: state.handsPlayed)
        }
    }

    /// Table messages of one hand (nil: messages not tied to a hand), oldest first.
    public nonisolated func messages(game: GameID, handNumber: Int?) async throws(StoreError) -> [StoredMessage] {
        let path = self.path
        return try await read { db in try Self.messages(db, game: game, handNumber: handNumber, path: path) }
    }

    // MARK: - Shared with the recording paths

    static func upsert(_ db: Database, game: GameID, state: AISeatState, time: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO ai_seat_state (game_id, seat, psychology_json, opponent_models_json, session_memory_json, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (game_id, seat) DO UPDATE SET
                psychology_json = excluded.psychology_json,
                opponent_models_json = excluded.opponent_models_json,
                session_memory_json = excluded.session_memory_json,
                updated_at = excluded.updated_at
            """).execute(arguments: [game.rawValue, state.seat, state.psychologyJSON, state.opponentModelsJSON,
                                     state.sessionMemoryJSON, time])
    }

    /// Messages without a hand number are filed under `currentHand` (when a hand was dealt).
    static func insert(_ db: Database, game: GameID, messages: [StoredMessage], currentHand: Int) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO table_message (game_id, hand_number, seat, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for message in messages {
            let hand = message.handNumber ?? (currentHand > 0 ? currentHand : nil)
            try statement.execute(arguments: [game.rawValue, hand, message.seat, message.kind.rawValue, message.text,
                                              StoreCoding.time(message.createdAt)])
        }
    }

    static func aiStates(_ db: Database, game: GameID, path: String) throws -> [AISeatState] {
        try Row.fetchAll(db, sql: "SELECT * FROM ai_seat_state WHERE game_id = ? ORDER BY seat",
                         arguments: [game.rawValue]).map { row in
            try decoding("ai_seat_state", row, path: path) {
                AISeatState(seat: try row.int("seat"),
                            psychologyJSON: try row.optionalString("psychology_json"),
                            opponentModelsJSON: try row.optionalString("opponent_models_json"),
                            sessionMemoryJSON: try row.optionalString("session_memory_json"),
                            updatedAt: try rowTime(row, "updated_at"))
            }
        }
    }

    static func messages(_ db: Database, game: GameID, handNumber: Int?, path: String) throws -> [StoredMessage] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM table_message WHERE game_id = ? AND hand_number IS ? ORDER BY id
            """, arguments: [game.rawValue, handNumber])
        return try rows.map { row in
            try decoding("table_message", row, path: path) {
                let kind: String = try row.decode(forColumn: "kind")
                guard let parsed = StoredMessage.Kind(rawValue: kind) else { throw StoreCodingError.unknownValue("kind", kind) }
                return StoredMessage(id: try row.optionalInt64("id"), handNumber: try row.optionalInt("hand_number"),
                                    seat: try row.optionalInt("seat"), kind: parsed,
                                    text: try row.string("text"), createdAt: try rowTime(row, "created_at"))
            }
        }
    }
}
