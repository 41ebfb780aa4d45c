/// Which model of a provider to use: the decision model or the fast, cheap one for talk.
public enum ModelTier: String, Sendable, Codable, Hashable {
    /// The configured model (decisions, generation).
    case standard
    /// The configured fast model (chat, commentary, narration).
    case fast
}

/// One chat call, provider-neutral.
public struct ChatRequest: Sendable {
    /// The conversation; system messages may appear anywhere and are gathered where a provider needs it.
    public var messages: [ChatMessage]
    /// Which configured model to use when `model` is nil.
    public var tier: ModelTier
    /// An explicit model, overriding the configuration's tiers.
    public var model: String?
    /// Upper bound on generated tokens. Always sent: a small base model without it rambles until the timeout.
    public var maxTokens: Int
    /// Sampling temperature; nil leaves the provider default (and it is never sent to models that reject it).
    public var temperature: Double?
    /// Structured output, where the provider supports it.
    public var responseSchema: ResponseSchema?
    /// Why the call is made (recorded in usage).
    public var callType: CallType
    /// Time budget for the whole call, retries and backoff included, counted from the call's start.
    public var timeout: Duration
    /// An absolute deadline; when set it wins over `timeout` (e.g. a decision plus its correction turn).
    public var deadline: ContinuousClock.Instant?
    /// Free-form context copied into every usage record (game id, seat, personality, prompt version…).
    public var tags: [String: String]

    /// Creates a request. `maxTokens` defaults to 512, `timeout` to 20 seconds (the decision deadline).
    public init(
        messages: [ChatMessage], callType: CallType, tier: ModelTier = .standard, model: String? = nil,
        maxTokens: Int = 512, temperature: Double? = nil, responseSchema: ResponseSchema? = nil,
        timeout: Duration = .seconds(20), deadline: ContinuousClock.Instant? = nil, tags: [String: String] = [:]
    ) {
        self.messages = messages
        self.callType = callType
        self.tier = tier
        self.model = model
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.responseSchema = responseSchema
        self.timeout = timeout
        self.deadline = deadline
        self.tags = tags
    }

    /// The system messages joined by blank lines, or nil when there are none.
    var systemText: String? {
        let parts = messages.filter { $0.role == .system }.map(\.content)
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
}
