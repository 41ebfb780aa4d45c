import Foundation
import GRDB

extension GameStore {
    /// One page of captures matching `filter`, newest first, with their verdicts and labels.
    public nonisolated func browseCaptures(_ filter: CaptureFilter) async throws(StoreError) -> CapturePage {
        let path = self.path
        return try await read { db in
            let (condition, arguments) = filter.condition()
            let from = "FROM prompt_capture c \(CaptureFilter.analysisJoin) WHERE \(condition)"
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.id, c.created_at, c.game_id, c.hand_number, c.seat, c.personality, c.call_type, c.provider,
                       c.model, COALESCE(c.street, a.street) AS street, COALESCE(c.action, a.action_taken) AS action,
                       COALESCE(c.amount, a.amount) AS amount, \(CaptureFilter.verdictColumn) AS verdict,
                       a.ev_lost_bb, a.equity_vs_ranges, a.required_equity,
                       COALESCE(c.pot_odds, NULLIF(a.pot_odds, 0)) AS pot_odds,
                       COALESCE(c.stack_bb, a.stack_bb) AS stack_bb, c.error_types_json, c.latency_ms,
                       c.input_tokens, c.output_tokens, c.parent_id
                \(from) ORDER BY c.id DESC LIMIT ? OFFSET ?
                """, arguments: arguments + [max(0, filter.limit), max(0, filter.offset)])
            let labels = try Self.labels(db, of: rows.compactMap { $0["id"] as Int64? })
            let captures = try rows.map { row in
                try decoding("prompt_capture", row, path: path) { try Self.captureSummary(row, labels: labels) }
            }
            return CapturePage(captures: captures, total: total, offset: filter.offset, limit: filter.limit)
        }
    }

    /// Every label in use with how many captures carry it, most used first.
    public nonisolated func labelCounts() async throws(StoreError) -> [LabelCount] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT label, COUNT(*) AS captures, SUM(source = 'user') AS by_user
                FROM capture_label GROUP BY label ORDER BY captures DESC, label
                """).map { row in
                LabelCount(label: row["label"] ?? "", captures: row["captures"] ?? 0, byUser: row["by_user"] ?? 0)
            }
        }
    }

    /// The LLM calls of a capture's decision: by its decision key, or for captures made before
    /// keys existed, the calls of the same game, hand and seat in the moments before it.
    public nonisolated func usage(of capture: CaptureRow) async throws(StoreError) -> [UsageRow] {
        let path = self.path
        return try await read { db in
            let rows: [Row]
            if let key = capture.decisionKey {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM api_usage WHERE decision_key = ? ORDER BY id", arguments: [key])
            } else if let game = capture.game, let hand = capture.handNumber, let seat = capture.seat {
                let window = Double(capture.latencyMs ?? 0) / 1000 + 2
                rows = try Row.fetchAll(db, sql: """
                    SELECT * FROM api_usage WHERE game_id = ? AND hand_number = ? AND seat = ? AND call_type = ?
                      AND decision_key IS NULL AND created_at BETWEEN ? AND ? ORDER BY id
                    """, arguments: [game.rawValue, hand, seat, capture.callType,
                                     StoreCoding.time(capture.createdAt.addingTimeInterval(-window)),
                                     StoreCoding.time(capture.createdAt)])
            } else {
                rows = []
            }
            return try rows.map { try Self.usageRow($0, path: path) }
        }
    }

    /// The decision captures of a game in the order they were made (re-runs excluded).
    public nonisolated func decisionCaptures(game: GameID) async throws(StoreError) -> [CaptureRow] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM prompt_capture WHERE game_id = ? AND call_type = 'decision' ORDER BY id
                """, arguments: [game.rawValue]).map { row in
                try decoding("prompt_capture", row, path: path) { try Self.captureRow(row) }
            }
        }
    }

    static func labels(_ db: Database, of ids: [Int64]) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var result: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT capture_id, label FROM capture_label WHERE capture_id IN (\(marks)) ORDER BY created_at, label
            """, arguments: StatementArguments(ids)) {
            guard let id: Int64 = row["capture_id"], let label: String = row["label"] else { continue }
            result[id, default: []].append(label)
        }
        return result
    }

    static func captureSummary(_ row: Row, labels: [Int64: [String]]) throws -> CaptureSummary {
        let id = try row.int64("id")
        return CaptureSummary(
            id: CaptureID(id), createdAt: try rowTime(row, "created_at"),
            game: try row.optionalInt64("game_id").map { GameID($0) }, handNumber: try row.optionalInt("hand_number"),
            seat: try row.optionalInt("seat"), personality: try row.optionalString("personality"),
            callType: try row.string("call_type"), provider: try row.string("provider"), model: try row.string("model"),
            street: try row.optionalString("street"), action: try row.optionalString("action"),
            amount: try row.optionalInt("amount"), verdict: try row.optionalString("verdict"),
            evLostBB: try row.optionalDouble("ev_lost_bb"), equityVsRanges: try row.optionalDouble("equity_vs_ranges"),
            requiredEquity: try row.optionalDouble("required_equity"), potOdds: try row.optionalDouble("pot_odds"),
            stackBB: try row.optionalDouble("stack_bb"),
            errorTypes: try row.optionalString("error_types_json").map { try StoreCoding.decode([String].self, from: $0) } ?? [],
            labels: labels[id] ?? [], latencyMs: try row.optionalInt("latency_ms"),
            inputTokens: try row.optionalInt("input_tokens"), outputTokens: try row.optionalInt("output_tokens"),
            parent: try row.optionalInt64("parent_id").map { CaptureID($0) })
    }
}
