import Foundation

/// The decoding a server's answer gets, exposed for the fuzz harnesses (`Sources/PokerFuzz`):
/// error-message extraction, Gemini's retry delay, the `Retry-After` headers, the dialect's
/// JSON reading and its stream decoder fed through the SSE parser. It never touches the network.
public enum ResponseDecodingProbe {
    /// Runs `body` through everything a reply from `provider` meets; returns which stages found
    /// something (`json answer events stream error retry`), for the fuzzer's outcome signature.
    public static func decode(_ body: Data, provider: ProviderID) -> String {
        guard let dialect = provider.wire else { return "offline" }
        var stages: [String] = []
        if OpenAIDialect.errorMessage(in: body) != nil { stages.append("error") }
        if LLMClient.googleRetryDelay(in: body) != nil { stages.append("retry") }
        let text = String(decoding: body.prefix(64), as: UTF8.self)
        if RetryPolicy.retryAfter(in: ["retry-after": text, "retry-after-ms": text]) != nil { stages.append("after") }
        if let json = try? JSONValue.parse(body) {
            stages.append(dialect.parse(json, headers: [:]) != nil ? "answer" : "json")
        }
        var parser = SSEParser()
        var decoder = dialect.makeStreamDecoder()
        let events = parser.feed(body) + parser.finish()
        if !events.isEmpty { stages.append("events") }
        for event in events {
            if case .failed = decoder.consume(event) {
                stages.append("failed")
                break
            }
        }
        if decoder.result() != nil { stages.append("stream") }
        return stages.joined(separator: " ")
    }
}
