/// Why the model stopped, normalised across providers.
public enum FinishReason: Sendable, Hashable, Codable {
    /// A natural end (or the forced tool/structured answer was complete).
    case stop
    /// The max-tokens limit cut the answer.
    case length
    /// The provider filtered or refused the content.
    case contentFilter
    /// The model asked to call a tool it was not forced to call.
    case toolCall
    /// The provider gave no reason (streams cut short report this).
    case unknown
    /// Anything else, as the provider named it.
    case other(String)

    /// A short stable name for records: `stop`, `length`, `content_filter`, `tool_call`, `unknown` or the raw value.
    public var name: String {
        switch self {
        case .stop: "stop"
        case .length: "length"
        case .contentFilter: "content_filter"
        case .toolCall: "tool_call"
        case .unknown: "unknown"
        case .other(let raw): raw
        }
    }

    /// Maps the common provider spellings (OpenAI, Anthropic, Gemini) to a case.
    public init(providerValue raw: String?) {
        guard let raw, !raw.isEmpty else { self = .unknown; return }
        switch raw.lowercased() {
        case "stop", "end_turn", "stop_sequence", "eos", "finish_reason_unspecified": self = .stop
        case "length", "max_tokens", "model_length": self = .length
        case "content_filter", "safety", "recitation", "blocklist", "prohibited_content", "spii", "refusal":
            self = .contentFilter
        case "tool_calls", "function_call", "tool_use": self = .toolCall
        default: self = .other(raw)
        }
    }
}
