/// Token counts of one call, normalised across providers.
///
/// - `input` counts every prompt token, cached ones included.
/// - `cached` is the part of `input` served from the provider's prompt cache.
/// - `output` counts visible output tokens only; `reasoning` counts hidden thinking tokens separately, so
///   nothing is counted twice. Anthropic does not report thinking separately: its thinking stays in
///   `output` and `reasoning` is 0 (never estimated).
public struct TokenUsage: Sendable, Codable, Hashable {
    /// Prompt tokens, cached included.
    public var input: Int
    /// Visible output tokens (reasoning excluded).
    public var output: Int
    /// Prompt tokens read from cache (a subset of `input`).
    public var cached: Int
    /// Hidden reasoning tokens (not in `output`).
    public var reasoning: Int

    /// Creates counts.
    public init(input: Int = 0, output: Int = 0, cached: Int = 0, reasoning: Int = 0) {
        self.input = input
        self.output = output
        self.cached = cached
        self.reasoning = reasoning
    }

    /// No tokens.
    public static let zero = TokenUsage()

    /// Every billed token.
    public var total: Int { input + output + reasoning }
}
