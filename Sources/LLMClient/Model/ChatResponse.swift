/// A successful chat call, normalised across providers.
public struct ChatResponse: Sendable {
    /// The answer text. With a `ResponseSchema` this is the JSON text (for Anthropic, the forced tool's input).
    public var text: String
    /// Why generation stopped.
    public var finishReason: FinishReason
    /// Token counts of the successful attempt.
    public var usage: TokenUsage
    /// The provider's request or response id, when it sent one.
    public var requestID: String?
    /// The model that answered, as the provider reported it (else the requested one).
    public var model: String
    /// The provider called.
    public var provider: ProviderID
    /// Wall time of the whole call, retries and backoff included.
    public var latency: Duration
    /// Attempts made (1 when the first one succeeded).
    public var attempts: Int
    /// Cost of the successful attempt in USD, or nil when the model has no known price.
    public var costUSD: Double?

    /// Creates a response (tests and substitutes).
    public init(
        text: String, finishReason: FinishReason, usage: TokenUsage, requestID: String?, model: String,
        provider: ProviderID, latency: Duration, attempts: Int, costUSD: Double?
    ) {
        self.text = text
        self.finishReason = finishReason
        self.usage = usage
        self.requestID = requestID
        self.model = model
        self.provider = provider
        self.latency = latency
        self.attempts = attempts
        self.costUSD = costUSD
    }
}

/// What a dialect extracts from one answer (before metering adds latency, attempts and cost).
struct ChatResult: Sendable {
    var text: String
    var finishReason: FinishReason
    var usage: TokenUsage
    var requestID: String?
    var model: String?
}
