import Foundation

/// Outcome of one attempt.
public enum UsageStatus: String, Sendable, Codable, Hashable {
    case ok, error
}

/// One row of `api_usage`: one per attempt, successful or not (a call retried twice gives three records).
///
/// A call stopped before any request (circuit open, not configured, cancelled while waiting) still gives one
/// record, with zero tokens. No record ever holds an API key: error messages pass through a redactor.
public struct UsageRecord: Sendable, Codable, Hashable {
    /// Shared by every attempt of one call.
    public var callID: UUID
    /// 1 for the first attempt.
    public var attempt: Int
    /// When the attempt ended.
    public var timestamp: Date
    /// Why the call was made.
    public var callType: CallType
    /// The provider called.
    public var provider: ProviderID
    /// The model as reported by the provider, else as requested.
    public var model: String
    /// Tokens of this attempt (0 when it failed before an answer).
    public var tokens: TokenUsage
    /// Wall time of this attempt in milliseconds (backoff waits excluded).
    public var latencyMs: Int
    /// ok or error.
    public var status: UsageStatus
    /// The HTTP status, when a response arrived.
    public var httpStatus: Int?
    /// The error kind for failed attempts.
    public var errorKind: LLMErrorKind?
    /// The one-sentence error message (redacted) for failed attempts.
    public var errorMessage: String?
    /// The finish reason of successful attempts.
    public var finishReason: String?
    /// The provider's request id, when one came back.
    public var requestID: String?
    /// Cost in USD from the pricing table; nil when the model has no known price.
    public var costUSD: Double?
    /// The request's `maxTokens`.
    public var maxTokens: Int
    /// The caller's tags (game id, seat, personality…).
    public var tags: [String: String]

    /// Creates a record.
    public init(
        callID: UUID, attempt: Int, timestamp: Date, callType: CallType, provider: ProviderID, model: String,
        tokens: TokenUsage, latencyMs: Int, status: UsageStatus, httpStatus: Int?, errorKind: LLMErrorKind?,
        errorMessage: String?, finishReason: String?, requestID: String?, costUSD: Double?, maxTokens: Int,
        tags: [String: String]
    ) {
        self.callID = callID
        self.attempt = attempt
        self.timestamp = timestamp
        self.callType = callType
        self.provider = provider
        self.model = model
        self.tokens = tokens
        self.latencyMs = latencyMs
        self.status = status
        self.httpStatus = httpStatus
        self.errorKind = errorKind
        self.errorMessage = errorMessage
        self.finishReason = finishReason
        self.requestID = requestID
        self.costUSD = costUSD
        self.maxTokens = maxTokens
        self.tags = tags
    }
}
