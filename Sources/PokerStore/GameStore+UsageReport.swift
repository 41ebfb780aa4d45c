import Foundation
import GRDB

extension GameStore {
    /// Calls, tokens, cost, latency percentiles and error rate of the LLM calls matching `query`,
    /// grouped as it asks.
    public nonisolated func usageReport(_ query: UsageQuery) async throws(StoreError) -> UsageReport {
        let path = self.path
        let keyed = try await read { db -> [(String, UsageRow)] in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let since = query.since {
                conditions.append("u.created_at >= ?")
                arguments += [StoreCoding.time(since)]
            }
            if let game = query.game {
                conditions.append("u.game_id = ?")
                arguments += [game.rawValue]
            }
            let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: """
                SELECT u.*, \(Self.usageKey(query.grouping)) AS group_key
                FROM api_usage u LEFT JOIN game g ON g.id = u.game_id
                WHERE \(condition) ORDER BY u.id
                """, arguments: arguments).map { row in
                (row["group_key"] ?? "(none)", try Self.usageRow(row, path: path))
            }
        }
        let grouped = Dictionary(grouping: keyed, by: \.0).map { key, rows in UsageSummary(key: key, rows: rows.map(\.1)) }
        let groups = grouped.sorted { ($0.costUSD, $0.calls, $1.key) > ($1.costUSD, $1.calls, $0.key) }
        return UsageReport(query: query, groups: groups, total: UsageSummary(key: "total", rows: keyed.map(\.1)))
    }

    /// The SQL expression naming a call's group (over `u` = api_usage and `g` = its game).
    static func usageKey(_ grouping: UsageQuery.Grouping) -> String {
        switch grouping {
        case .model: "u.provider || '/' || u.model"
        case .personality:
            "COALESCE(u.personality, json_extract(g.setup_json, '$.seats[' || u.seat || '].personality'), '(none)')"
        case .day: "substr(u.created_at, 1, 10)"
        case .callType: "u.call_type"
        case .game: "COALESCE(CAST(u.game_id AS TEXT), '(none)')"
        }
    }
}
