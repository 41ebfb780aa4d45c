import Foundation

/// What `pokerface usage` adds up: which calls, grouped how.
public struct UsageQuery: Hashable, Sendable, Codable {
    /// How calls are grouped.
    public enum Grouping: String, Hashable, Sendable, Codable, CaseIterable {
        /// `provider/model`.
        case model
        /// The personality the call was made for (`(none)` for calls outside a seat).
        case personality
        /// The UTC day of the call.
        case day
        /// `decision`, `correction`, `commentary`, `debug_rerun`…
        case callType = "call-type"
        /// The game (`(none)` for calls outside a game).
        case game
    }

    public var grouping: Grouping = .model
    /// Calls from this time on.
    public var since: Date?
    public var game: GameID?

    /// A query; nil values mean all calls.
    public init(grouping: Grouping = .model, since: Date? = nil, game: GameID? = nil) {
        self.grouping = grouping
        self.since = since
        self.game = game
    }
}

/// Calls, tokens, cost, latency and errors of one group of LLM calls (each attempt counts as a call).
public struct UsageSummary: Hashable, Sendable, Codable {
    public var key: String
    public var calls: Int
    public var errors: Int
    /// Distinct AI decisions the calls served.
    public var decisions: Int
    public var inputTokens: Int
    public var outputTokens: Int
    public var cachedTokens: Int
    public var reasoningTokens: Int
    /// USD, over the calls with a known price.
    public var costUSD: Double
    /// Calls without a price (their cost is not in `costUSD`).
    public var unpricedCalls: Int
    public var latencyP50Ms: Int
    public var latencyP95Ms: Int

    /// errors ÷ calls.
    public var errorRate: Double { calls > 0 ? Double(errors) / Double(calls) : 0 }

    /// Adds up `rows` under `key`.
    init(key: String, rows: [UsageRow]) {
        self.key = key
        calls = rows.count
        errors = rows.filter { $0.status == .error }.count
        decisions = Set(rows.compactMap(\.decisionKey)).count
        inputTokens = rows.reduce(0) { $0 + $1.inputTokens }
        outputTokens = rows.reduce(0) { $0 + $1.outputTokens }
        cachedTokens = rows.reduce(0) { $0 + $1.cachedTokens }
        reasoningTokens = rows.reduce(0) { $0 + $1.reasoningTokens }
        costUSD = rows.reduce(0) { $0 + ($1.costUSD ?? 0) }
        unpricedCalls = rows.filter { $0.costUSD == nil }.count
        let latencies = rows.map(\.latencyMs).sorted()
        latencyP50Ms = Self.percentile(latencies, 0.50)
        latencyP95Ms = Self.percentile(latencies, 0.95)
    }

    /// Nearest-rank percentile of sorted values (0 for none).
    static func percentile(_ sorted: [Int], _ fraction: Double) -> Int {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    enum CodingKeys: String, CodingKey {
        case key, calls, errors, decisions, inputTokens, outputTokens, cachedTokens, reasoningTokens, costUSD,
             unpricedCalls, latencyP50Ms, latencyP95Ms, errorRate
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        calls = try c.decode(Int.self, forKey: .calls)
        errors = try c.decode(Int.self, forKey: .errors)
        decisions = try c.decode(Int.self, forKey: .decisions)
        inputTokens = try c.decode(Int.self, forKey: .inputTokens)
        outputTokens = try c.decode(Int.self, forKey: .outputTokens)
        cachedTokens = try c.decode(Int.self, forKey: .cachedTokens)
        reasoningTokens = try c.decode(Int.self, forKey: .reasoningTokens)
        costUSD = try c.decode(Double.self, forKey: .costUSD)
        unpricedCalls = try c.decode(Int.self, forKey: .unpricedCalls)
        latencyP50Ms = try c.decode(Int.self, forKey: .latencyP50Ms)
        latencyP95Ms = try c.decode(Int.self, forKey: .latencyP95Ms)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(calls, forKey: .calls)
        try c.encode(errors, forKey: .errors)
        try c.encode(decisions, forKey: .decisions)
        try c.encode(inputTokens, forKey: .inputTokens)
        try c.encode(outputTokens, forKey: .outputTokens)
        try c.encode(cachedTokens, forKey: .cachedTokens)
        try c.encode(reasoningTokens, forKey: .reasoningTokens)
        try c.encode(costUSD, forKey: .costUSD)
        try c.encode(unpricedCalls, forKey: .unpricedCalls)
        try c.encode(latencyP50Ms, forKey: .latencyP50Ms)
        try c.encode(latencyP95Ms, forKey: .latencyP95Ms)
        try c.encode(errorRate, forKey: .errorRate)
    }
}

/// The usage report: one summary per group (largest cost first, then most calls) and the total.
public struct UsageReport: Hashable, Sendable, Codable {
    public var query: UsageQuery
    public var groups: [UsageSummary]
    public var total: UsageSummary
}
