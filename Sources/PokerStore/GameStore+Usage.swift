import Foundation
import GRDB

extension GameStore {
    /// Records one LLM call. When `costUSD` is nil it is computed from the model's price valid
    /// at the call's time, if one is known. Returns the row id. A played decision's calls are stored
    /// with its action instead.
    @discardableResult
    public func recordUsage(_ usage: UsageRow) async throws(StoreError) -> Int64 {
        try await write { db in try Self.insert(db, usage: usage) }
    }

    /// Records LLM calls in one transaction.
    public func recordUsage(_ rows: [UsageRow]) async throws(StoreError) {
        guard !rows.isEmpty else { return }
        try await write { db in
            for row in rows { try Self.insert(db, usage: row) }
        }
    }

    /// Inserts one usage row inside a write transaction (pricing it when it has no cost); returns its id.
    @discardableResult
    static func insert(_ db: Database, usage: UsageRow) throws -> Int64 {
        var cost = usage.costUSD
        if cost == nil, let price = try Self.price(db, provider: usage.provider, model: usage.model, at: usage.createdAt) {
            cost = price.cost(of: usage)
        }
        try db.cachedStatement(sql: """
            INSERT INTO api_usage (created_at, provider, model, call_type, input_tokens, output_tokens, cached_tokens,
                                   reasoning_tokens, latency_ms, status, error_kind, error_message, request_id, cost_usd,
                                   game_id, hand_number, seat, attempt, decision_key, personality)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                StoreCoding.time(usage.createdAt), usage.provider, usage.model, usage.callType, usage.inputTokens,
                usage.outputTokens, usage.cachedTokens, usage.reasoningTokens, usage.latencyMs, usage.status.rawValue,
                usage.errorKind, usage.errorMessage, usage.requestID, cost, usage.game?.rawValue, usage.handNumber,
                usage.seat, usage.attempt, usage.decisionKey, usage.personality,
            ])
        return db.lastInsertedRowID
    }

    /// LLM calls, oldest first: of one game, or all when `game` is nil.
    public nonisolated func usage(game: GameID? = nil) async throws(StoreError) -> [UsageRow] {
        let path = self.path
        return try await read { db in
            let rows = try game.map {
                try Row.fetchAll(db, sql: "SELECT * FROM api_usage WHERE game_id = ? ORDER BY id", arguments: [$0.rawValue])
            } ?? Row.fetchAll(db, sql: "SELECT * FROM api_usage ORDER BY id")
            return try rows.map { row in try Self.usageRow(row, path: path) }
        }
    }

    static func usageRow(_ row: Row, path: String) throws -> UsageRow {
        try decoding("api_usage", row, path: path) {
            let status: String = try row.decode(forColumn: "status")
            guard let parsed = UsageRow.Status(rawValue: status) else { throw StoreCodingError.unknownValue("status", status) }
            return UsageRow(
                id: try row.optionalInt64("id"), createdAt: try rowTime(row, "created_at"),
                provider: try row.string("provider"), model: try row.string("model"),
                callType: try row.string("call_type"), inputTokens: try row.int("input_tokens"),
                outputTokens: try row.int("output_tokens"),
                cachedTokens: try row.int("cached_tokens"),
                reasoningTokens: try row.int("reasoning_tokens"),
                latencyMs: try row.int("latency_ms"), status: parsed,
                errorKind: try row.optionalString("error_kind"), errorMessage: try row.optionalString("error_message"),
                requestID: try row.optionalString("request_id"), costUSD: try row.optionalDouble("cost_usd"),
                game: try row.decode(Int64?.self, forColumn: "game_id").map { GameID($0) },
                handNumber: try row.optionalInt("hand_number"), seat: try row.optionalInt("seat"),
                attempt: try row.int("attempt"), decisionKey: try row.optionalString("decision_key"),
                personality: try row.optionalString("personality"))
        }
    }

    /// Adds a price, or replaces the one with the same provider, model and `asOf`.
    public func upsertPricing(_ price: PricingRow) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO model_pricing (provider, model, as_of, input_per_mtok, cached_per_mtok, output_per_mtok,
                                           reasoning_per_mtok)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (provider, model, as_of) DO UPDATE SET
                    input_per_mtok = excluded.input_per_mtok, cached_per_mtok = excluded.cached_per_mtok,
                    output_per_mtok = excluded.output_per_mtok, reasoning_per_mtok = excluded.reasoning_per_mtok
                """, arguments: [price.provider, price.model, StoreCoding.time(price.asOf), price.inputPerMTok,
                                 price.cachedPerMTok, price.outputPerMTok, price.reasoningPerMTok])
        }
    }

    /// Every price row, by provider, model and date.
    public nonisolated func pricing() async throws(StoreError) -> [PricingRow] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM model_pricing ORDER BY provider, model, as_of").map { row in
                try decoding("model_pricing", row, path: path) { try Self.pricingRow(row) }
            }
        }
    }

    /// The price of a model valid at `date`: the latest row with `as_of <= date`.
    public nonisolated func price(provider: String, model: String, at date: Date) async throws(StoreError) -> PricingRow? {
        try await read { db in try Self.price(db, provider: provider, model: model, at: date) }
    }

    static func price(_ db: Database, provider: String, model: String, at date: Date) throws -> PricingRow? {
        try Row.fetchOne(db, sql: """
            SELECT * FROM model_pricing WHERE provider = ? AND model = ? AND as_of <= ? ORDER BY as_of DESC LIMIT 1
            """, arguments: [provider, model, StoreCoding.time(date)]).map(pricingRow)
    }

    static func pricingRow(_ row: Row) throws -> PricingRow {
        PricingRow(provider: try row.string("provider"), model: try row.string("model"),
                   asOf: try rowTime(row, "as_of"), inputPerMTok: try row.double("input_per_mtok"),
                   cachedPerMTok: try row.optionalDouble("cached_per_mtok"),
                   outputPerMTok: try row.double("output_per_mtok"),
                   reasoningPerMTok: try row.optionalDouble("reasoning_per_mtok"))
    }
}
