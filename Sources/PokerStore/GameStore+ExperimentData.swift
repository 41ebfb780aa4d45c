import Foundation
import GRDB
import PokerEngine

/// The rows an experiment report is computed from, for a whole experiment or one hand of one game.
extension GameStore {
    /// Complete hands, by game then number.
    public nonisolated func experimentHands(_ scope: ExperimentDataScope) async throws(StoreError) -> [ExperimentHandRecord] {
        let path = self.path
        let (filter, arguments) = Self.filter(scope, handColumn: "number")
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, game_id, number, big_blind, seats_json, starting_stacks_json, finishing_stacks_json
                FROM hand WHERE status = 'complete' AND \(filter) ORDER BY game_id, number
                """, arguments: arguments).map { row in
                try decoding("hand", row, path: path) {
                    ExperimentHandRecord(
                        game: GameID(try row.int64("game_id")), number: try row.int("number"), bigBlind: try row.int("big_blind"),
                        seats: try StoreCoding.decode([Int].self, from: try row.string("seats_json")),
                        startingStacks: try StoreCoding.decode([Chips].self, from: try row.string("starting_stacks_json")).map(\.rawValue),
                        finishingStacks: try StoreCoding.decode([Chips].self, from: try row.string("finishing_stacks_json")).map(\.rawValue))
                }
            }
        }
    }

    /// Analysed decisions, oldest first.
    public nonisolated func experimentAnalyses(_ scope: ExperimentDataScope) async throws(StoreError) -> [ExperimentAnalysisRecord] {
        let path = self.path
        let (filter, arguments) = Self.filter(scope, handColumn: "hand_number")
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, game_id, hand_number, seat, street, pot, to_call, verdict, ev_lost_bb
                FROM decision_analysis WHERE \(filter) ORDER BY id
                """, arguments: arguments).map { row in
                try decoding("decision_analysis", row, path: path) {
                    ExperimentAnalysisRecord(
                        id: try row.int64("id"), game: GameID(try row.int64("game_id")),
                        handNumber: try row.optionalInt("hand_number"), seat: try row.int("seat"),
                        street: try row.string("street"), pot: try row.optionalInt("pot"), toCall: try row.optionalInt("to_call"),
                        verdict: try row.optionalString("verdict") ?? "unknown", evLostBB: try row.optionalDouble("ev_lost_bb"))
                }
            }
        }
    }

    /// Captured LLM decisions, oldest first.
    public nonisolated func experimentCaptures(_ scope: ExperimentDataScope) async throws(StoreError) -> [ExperimentCaptureRecord] {
        let path = self.path
        let (filter, arguments) = Self.filter(scope, handColumn: "hand_number")
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, game_id, hand_number, seat, prompt_hash, raw_response, parsed_action_json, correction_chain_json,
                       error, latency_ms
                FROM prompt_capture WHERE call_type = 'decision' AND \(filter) ORDER BY id
                """, arguments: arguments).map { row in
                try decoding("prompt_capture", row, path: path) {
                    ExperimentCaptureRecord(
                        id: try row.int64("id"), game: GameID(try row.int64("game_id")),
                        handNumber: try row.optionalInt("hand_number"), seat: try row.optionalInt("seat"),
                        promptHash: try row.optionalString("prompt_hash"), rawResponse: try row.optionalString("raw_response"),
                        parsedActionJSON: try row.optionalString("parsed_action_json"),
                        correctionChainJSON: try row.optionalString("correction_chain_json"),
                        error: try row.optionalString("error"), latencyMs: try row.optionalInt("latency_ms"))
                }
            }
        }
    }

    /// LLM call attempts, oldest first.
    public nonisolated func experimentUsage(_ scope: ExperimentDataScope) async throws(StoreError) -> [ExperimentUsageRecord] {
        let path = self.path
        let (filter, arguments) = Self.filter(scope, handColumn: "hand_number")
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, game_id, hand_number, seat, created_at, provider, model, status, latency_ms, input_tokens, output_tokens,
                       cost_usd
                FROM api_usage WHERE \(filter) ORDER BY id
                """, arguments: arguments).map { row in
                try decoding("api_usage", row, path: path) {
                    ExperimentUsageRecord(
                        id: try row.int64("id"), game: GameID(try row.int64("game_id")),
                        handNumber: try row.optionalInt("hand_number"), seat: try row.optionalInt("seat"),
                        endedAt: try rowTime(row, "created_at"), provider: try row.string("provider"), model: try row.string("model"),
                        ok: try row.string("status") == "ok", latencyMs: try row.int("latency_ms"),
                        inputTokens: try row.int("input_tokens"), outputTokens: try row.int("output_tokens"),
                        costUSD: try row.optionalDouble("cost_usd"))
                }
            }
        }
    }

    static func filter(_ scope: ExperimentDataScope, handColumn: String) -> (String, StatementArguments) {
        switch scope {
        case let .experiment(id):
            ("game_id IN (SELECT game_id FROM experiment_game WHERE experiment_id = ?)", [id.rawValue])
        case let .hand(game, number):
            ("game_id = ? AND \(handColumn) = ?", [game.rawValue, number])
        }
    }
}
