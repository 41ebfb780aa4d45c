import Foundation

/// One LLM call: what it cost in tokens, time and money, and how it ended.
public struct UsageRow: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable { case ok, error }

    public var id: Int64?
    public var createdAt: Date
    public var provider: String
    public var model: String
    /// e.g. `player_decision`, `commentary`, `debug_replay`.
    public var callType: String
    public var inputTokens: Int
    public var outputTokens: Int
    public var cachedTokens: Int
    public var reasoningTokens: Int
    public var latencyMs: Int
    public var status: Status
    public var errorKind: String?
    public var errorMessage: String?
    public var requestID: String?
    /// USD; when nil the store computes it from `model_pricing` if a price is known.
    public var costUSD: Double?
    public var game: GameID?
    public var handNumber: Int?
    public var seat: Int?
    /// 1 for the first try, 2… for retries.
    public var attempt: Int
    /// The AI decision this call served (`prompt_capture.decision_key`), if any.
    public var decisionKey: String?
    /// Personality slug of the seat the call was made for, if any.
    public var personality: String?

    public init(id: Int64? = nil, createdAt: Date = Date(), provider: String, model: String, callType: String,
                inputTokens: Int = 0, outputTokens: Int = 0, cachedTokens: Int = 0, reasoningTokens: Int = 0,
                latencyMs: Int, status: Status = .ok, errorKind: String? = nil, errorMessage: String? = nil,
                requestID: String? = nil, costUSD: Double? = nil, game: GameID? = nil, handNumber: Int? = nil,
                seat: Int? = nil, attempt: Int = 1, decisionKey: String? = nil, personality: String? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.provider = provider
        self.model = model
        self.callType = callType
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedTokens = cachedTokens
        self.reasoningTokens = reasoningTokens
        self.latencyMs = latencyMs
        self.status = status
        self.errorKind = errorKind
        self.errorMessage = errorMessage
        self.requestID = requestID
        self.costUSD = costUSD
        self.game = game
        self.handNumber = handNumber
        self.seat = seat
        self.attempt = attempt
        self.decisionKey = decisionKey
        self.personality = personality
    }
}

/// Prices of one model in USD per million tokens, valid from `asOf` on.
public struct PricingRow: Hashable, Sendable, Codable {
    public var provider: String
    public var model: String
    public var asOf: Date
    public var inputPerMTok: Double
    /// Cached input; when nil, half the input price.
    public var cachedPerMTok: Double?
    public var outputPerMTok: Double
    /// Reasoning tokens; when nil, the output price.
    public var reasoningPerMTok: Double?

    public init(provider: String, model: String, asOf: Date, inputPerMTok: Double, cachedPerMTok: Double? = nil,
                outputPerMTok: Double, reasoningPerMTok: Double? = nil) {
        self.provider = provider
        self.model = model
        self.asOf = asOf
        self.inputPerMTok = inputPerMTok
        self.cachedPerMTok = cachedPerMTok
        self.outputPerMTok = outputPerMTok
        self.reasoningPerMTok = reasoningPerMTok
    }

    /// Cost of one call: uncached input, cached input, output and reasoning tokens.
    public func cost(of usage: UsageRow) -> Double {
        let uncached = Double(max(0, usage.inputTokens - usage.cachedTokens))
        let cached = Double(usage.cachedTokens)
        return (uncached * inputPerMTok + cached * (cachedPerMTok ?? inputPerMTok / 2)
            + Double(usage.outputTokens) * outputPerMTok
            + Double(usage.reasoningTokens) * (reasoningPerMTok ?? outputPerMTok)) / 1_000_000
    }
}
