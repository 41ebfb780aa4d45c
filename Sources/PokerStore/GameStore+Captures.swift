import Foundation
import GRDB

extension GameStore {
    /// Stores a prompt capture with the usage rows of its calls, in one transaction; returns its id.
    /// A played decision's capture is stored with its action instead (``recordAction(game:match:newEvents:matchEvents:aiState:messages:verdict:capture:usage:)``).
    public func recordCapture(_ capture: CaptureRow, usage: [UsageRow] = []) async throws(StoreError) -> CaptureID {
        let path = self.path
        try Self.requireJSON(capture, path: path)
        let id = try await write { db in
            let id = try Self.insert(db, capture: capture, path: path)
            for row in usage { try Self.insert(db, usage: row) }
            return id
        }
        return id
    }

    /// Checks the JSON columns of `capture` before a write.
    static func requireJSON(_ capture: CaptureRow, path: String) throws(StoreError) {
        try StoreCoding.requireJSON(capture.parsedActionJSON, "the parsed action", path: path)
        try StoreCoding.requireJSON(capture.correctionChainJSON, "the correction chain", path: path)
        try StoreCoding.requireJSON(capture.requestJSON, "the decision inputs", path: path)
    }

    /// Inserts a capture inside a write transaction; returns its id.
    static func insert(_ db: Database, capture: CaptureRow, path: String) throws -> CaptureID {
        let errorTypes = capture.errorTypes.isEmpty ? nil : try StoreCoding.json(capture.errorTypes)
        try db.cachedStatement(sql: """
            INSERT INTO prompt_capture (created_at, game_id, hand_number, seat, personality, call_type, provider, model,
                                        system_prompt, user_message, raw_response, parsed_action_json, error,
                                        correction_chain_json, input_tokens, output_tokens, latency_ms, prompt_version,
                                        prompt_hash, request_id, parent_id, request_json, decision_index, decision_key,
                                        street, action, amount, pot_odds, stack_bb, error_types_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                StoreCoding.time(capture.createdAt), capture.game?.rawValue, capture.handNumber, capture.seat,
                capture.personality, capture.callType, capture.provider, capture.model, capture.systemPrompt,
                capture.userMessage, capture.rawResponse, capture.parsedActionJSON, capture.error,
                capture.correctionChainJSON, capture.inputTokens, capture.outputTokens, capture.latencyMs,
                capture.promptVersion, capture.promptHash, capture.requestID, capture.parent?.rawValue,
                capture.requestJSON, capture.decisionIndex, capture.decisionKey, capture.street, capture.action,
                capture.amount, capture.potOdds, capture.stackBB, errorTypes,
            ])
        return CaptureID(db.lastInsertedRowID)
    }

    /// One capture.
    public nonisolated func capture(_ id: CaptureID) async throws(StoreError) -> CaptureRow {
        let path = self.path
        return try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM prompt_capture WHERE id = ?", arguments: [id.rawValue])
            else { throw StoreError.captureNotFound(path: path, capture: id) }
            return try decoding("prompt_capture", row, path: path) { try Self.captureRow(row) }
        }
    }

    /// Captures of one game (all when nil) or carrying `label`, newest first.
    public nonisolated func captures(game: GameID? = nil, label: String? = nil) async throws(StoreError) -> [CaptureRow] {
        let path = self.path
        return try await read { db in
            var sql = "SELECT * FROM prompt_capture WHERE 1"
            var arguments: StatementArguments = []
            if let game { sql += " AND game_id = ?"; arguments += [game.rawValue] }
            if let label {
                sql += " AND id IN (SELECT capture_id FROM capture_label WHERE label = ?)"
                arguments += [label]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id DESC", arguments: arguments).map { row in
                try decoding("prompt_capture", row, path: path) { try Self.captureRow(row) }
            }
        }
    }

    /// Puts `label` on a capture (again: keeps the first one).
    public func addLabel(capture: CaptureID, label: String, source: CaptureLabel.Source = .user) async throws(StoreError) {
        let path = self.path
        let time = StoreCoding.time(now())
        try await write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM prompt_capture WHERE id = ?", arguments: [capture.rawValue]) == true
            else { throw StoreError.captureNotFound(path: path, capture: capture) }
            try db.execute(sql: """
                INSERT INTO capture_label (capture_id, label, source, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (capture_id, label) DO NOTHING
                """, arguments: [capture.rawValue, label, source.rawValue, time])
        }
    }

    /// Removes `label` from a capture; returns whether it was there.
    @discardableResult
    public func removeLabel(capture: CaptureID, label: String) async throws(StoreError) -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM capture_label WHERE capture_id = ? AND label = ?",
                           arguments: [capture.rawValue, label])
            return db.changesCount > 0
        }
    }

    /// Labels of a capture, oldest first.
    public nonisolated func labels(capture: CaptureID) async throws(StoreError) -> [CaptureLabel] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM capture_label WHERE capture_id = ? ORDER BY created_at, label",
                             arguments: [capture.rawValue]).map { row in
                try decoding("capture_label", row, path: path) {
                    let source: String = try row.decode(forColumn: "source")
                    guard let parsed = CaptureLabel.Source(rawValue: source) else {
                        throw StoreCodingError.unknownValue("source", source)
                    }
                    return CaptureLabel(capture: capture, label: try row.string("label"), source: parsed,
                                        createdAt: try rowTime(row, "created_at"))
                }
            }
        }
    }

    static func captureRow(_ row: Row) throws -> CaptureRow {
        CaptureRow(
            id: CaptureID(try row.int64("id")), createdAt: try rowTime(row, "created_at"),
            game: try row.decode(Int64?.self, forColumn: "game_id").map { GameID($0) },
            handNumber: try row.optionalInt("hand_number"), seat: try row.optionalInt("seat"),
            personality: try row.optionalString("personality"), callType: try row.string("call_type"),
            provider: try row.string("provider"), model: try row.string("model"),
            systemPrompt: try row.string("system_prompt"), userMessage: try row.string("user_message"),
            rawResponse: try row.optionalString("raw_response"),
            parsedActionJSON: try row.optionalString("parsed_action_json"), error: try row.optionalString("error"),
            correctionChainJSON: try row.optionalString("correction_chain_json"),
            inputTokens: try row.optionalInt("input_tokens"), outputTokens: try row.optionalInt("output_tokens"),
            latencyMs: try row.optionalInt("latency_ms"), promptVersion: try row.optionalString("prompt_version"),
            promptHash: try row.optionalString("prompt_hash"), requestID: try row.optionalString("request_id"),
            parent: try row.decode(Int64?.self, forColumn: "parent_id").map { CaptureID($0) },
            requestJSON: try row.optionalString("request_json"), decisionIndex: try row.optionalInt("decision_index"),
            decisionKey: try row.optionalString("decision_key"), street: try row.optionalString("street"),
            action: try row.optionalString("action"), amount: try row.optionalInt("amount"),
            potOdds: try row.optionalDouble("pot_odds"), stackBB: try row.optionalDouble("stack_bb"),
            errorTypes: try row.optionalString("error_types_json").map { try StoreCoding.decode([String].self, from: $0) } ?? [])
    }
}
