/// Everything needed to call one provider: resolved by `LLMConfig.resolve(…)` or built directly.
///
/// `description` never shows the key.
public struct LLMConfig: Sendable, CustomStringConvertible {
    /// The provider.
    public var provider: ProviderID
    /// The decision model (tier `standard`).
    public var model: String
    /// The fast model (tier `fast`: chat, commentary, narration).
    public var fastModel: String
    /// The API base URL, without a trailing slash (`https://api.openai.com/v1`).
    public var baseURL: String
    /// The key; nil for local servers.
    public var apiKey: APIKey?
    /// Extra headers sent with every request (e.g. OpenRouter's `HTTP-Referer`, `X-Title`).
    public var extraHeaders: [String: String]
    /// `reasoning_effort` for OpenAI-dialect reasoning models (`minimal`, `low`…); nil sends nothing.
    public var reasoningEffort: String?
    /// Longest time to connect (TCP + TLS).
    public var connectTimeout: Duration
    /// Largest accepted response body.
    public var maxResponseBytes: Int
    /// A pricing override file (JSON, same shape as the shipped table), if configured.
    public var pricingFile: String?

    /// Creates a configuration. Base URL and models default to the provider's.
    public init(
        provider: ProviderID, model: String? = nil, fastModel: String? = nil, baseURL: String? = nil,
        apiKey: APIKey? = nil, extraHeaders: [String: String] = [:], reasoningEffort: String? = nil,
        connectTimeout: Duration = .seconds(10), maxResponseBytes: Int = 8 << 20, pricingFile: String? = nil
    ) {
        self.provider = provider
        let chosenModel = model ?? provider.defaultModel ?? "none"
        self.model = chosenModel
        self.fastModel = fastModel ?? (model == nil ? provider.defaultFastModel : nil) ?? chosenModel
        var base = baseURL ?? provider.defaultBaseURL ?? ""
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.extraHeaders = extraHeaders
        self.reasoningEffort = reasoningEffort
        self.connectTimeout = connectTimeout
        self.maxResponseBytes = maxResponseBytes
        self.pricingFile = pricingFile
    }

    /// The model a request will use: its explicit model, else the model of its tier.
    public func model(for request: ChatRequest) -> String {
        request.model ?? (request.tier == .fast ? fastModel : model)
    }

    /// The circuit-breaker key: one breaker per provider endpoint.
    var breakerKey: String { provider.rawValue + " " + baseURL }

    public var description: String {
        "LLMConfig(provider: \(provider.rawValue), model: \(model), fastModel: \(fastModel), baseURL: \(baseURL), "
            + "key: \(apiKey == nil ? "none" : "set"))"
    }
}
