import Foundation

/// The HTTP parts of one provider call, before timeouts are added.
struct WireRequest: Sendable {
    var url: String
    var headers: [(name: String, value: String)]
    var body: JSONValue
}

/// What one server-sent event meant.
enum StreamStep: Sendable, Equatable {
    case nothing
    case delta(String)
    case failed(String)
}

/// Accumulates a streamed answer, event by event.
protocol StreamDecoder: Sendable {
    mutating func consume(_ event: SSEEvent) -> StreamStep
    /// The answer, or nil when the stream did not reach its end.
    func result() -> ChatResult?
}

/// Builds requests for and reads answers from one wire format.
protocol ProviderDialect: Sendable {
    func makeRequest(_ request: ChatRequest, model: String, config: LLMConfig, stream: Bool) -> WireRequest
    /// Reads a complete (non-streamed) 2xx answer; nil when the JSON lacks the answer.
    func parse(_ json: JSONValue, headers: [String: String]) -> ChatResult?
    func makeStreamDecoder() -> any StreamDecoder
}

extension ProviderDialect {
    /// The provider's error message inside an error body, in any of the common shapes.
    static func errorMessage(in body: Data) -> String? {
        guard let json = try? JSONValue.parse(body) else { return nil }
        let candidates = [json["error"]?["message"], json["error"], json["message"], json["detail"], json[0]?["error"]?["message"]]
        return candidates.lazy.compactMap { $0?.stringValue }.first
    }
}

extension ProviderID {
    /// The dialect implementation for this provider (nil for `offline`).
    var wire: (any ProviderDialect)? {
        switch dialect {
        case .openAI: OpenAIDialect(provider: self)
        case .anthropic: AnthropicDialect()
        case .gemini: GeminiDialect()
        case .none: nil
        }
    }
}
