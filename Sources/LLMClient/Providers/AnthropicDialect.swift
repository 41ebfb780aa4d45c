import Foundation

/// Anthropic Messages (`POST {base}/messages`). System text goes in `system`; a `ResponseSchema` becomes a
/// forced tool whose input is the answer.
struct AnthropicDialect: ProviderDialect {
    static let apiVersion = "2023-06-01"

    func makeRequest(_ request: ChatRequest, model: String, config: LLMConfig, stream: Bool) -> WireRequest {
        var body: [String: JSONValue] = ["model": .string(model), "max_tokens": .int(request.maxTokens)]
        if let system = request.systemText { body["system"] = .string(system) }
        body["messages"] = .array(request.messages.filter { $0.role != .system }.map {
            ["role": .string($0.role.rawValue), "content": .string($0.content)]
        })
        if let temperature = request.temperature { body["temperature"] = .double(min(1, max(0, temperature))) }
        if let schema = request.responseSchema {
            body["tools"] = [[
                "name": .string(schema.name),
                "description": "Give your answer by calling this tool with arguments matching its schema.",
                "input_schema": schema.schema,
            ]]
            body["tool_choice"] = ["type": "tool", "name": .string(schema.name)]
        }
        if stream { body["stream"] = true }
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("Accept", stream ? "text/event-stream" : "application/json"),
            ("anthropic-version", Self.apiVersion),
        ]
        if let key = config.apiKey { headers.append(("x-api-key", key.secret)) }
        headers += config.extraHeaders.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return WireRequest(url: config.baseURL + "/messages", headers: headers, body: .object(body))
    }

    func parse(_ json: JSONValue, headers: [String: String]) -> ChatResult? {
        guard let blocks = json["content"]?.arrayValue else { return nil }
        var text = ""
        for block in blocks {
            switch block["type"]?.stringValue {
            case "text": text += block["text"]?.stringValue ?? ""
            case "tool_use": text += block["input"]?.jsonText ?? ""
            default: break
            }
        }
        return ChatResult(text: text, finishReason: Self.finish(json["stop_reason"]?.stringValue),
                          usage: Self.usage(json["usage"]), requestID: headers["request-id"] ?? json["id"]?.stringValue,
                          model: json["model"]?.stringValue)
    }

    func makeStreamDecoder() -> any StreamDecoder { Decoder() }

    /// A forced tool answer ends with `tool_use`: for us that is a complete answer.
    static func finish(_ raw: String?) -> FinishReason {
        raw == "tool_use" ? .stop : FinishReason(providerValue: raw)
    }

    /// `input_tokens` excludes cache reads and writes: add them back so `input` is every prompt token.
    static func usage(_ json: JSONValue?) -> TokenUsage {
        guard let json else { return .zero }
        let read = json["cache_read_input_tokens"]?.intValue ?? 0
        let written = json["cache_creation_input_tokens"]?.intValue ?? 0
        return TokenUsage(input: (json["input_tokens"]?.intValue ?? 0) + read + written,
                          output: json["output_tokens"]?.intValue ?? 0, cached: read, reasoning: 0)
    }

    struct Decoder: StreamDecoder {
        var requestID: String?
        var text = ""
        var model: String?
        var stopReason: String?
        var usage = TokenUsage.zero
        var done = false

        mutating func consume(_ event: SSEEvent) -> StreamStep {
            guard let json = try? JSONValue.parse(event.data) else { return .failed("unreadable stream event") }
            switch json["type"]?.stringValue {
            case "message_start":
                let message = json["message"]
                if requestID == nil { requestID = message?["id"]?.stringValue }
                model = message?["model"]?.stringValue
                usage = AnthropicDialect.usage(message?["usage"])
            case "content_block_delta":
                let delta = json["delta"]
                let piece = delta?["text"]?.stringValue ?? delta?["partial_json"]?.stringValue ?? ""
                if !piece.isEmpty { text += piece; return .delta(piece) }
            case "message_delta":
                if let reason = json["delta"]?["stop_reason"]?.stringValue { stopReason = reason }
                if let output = json["usage"]?["output_tokens"]?.intValue { usage.output = output }
            case "message_stop":
                done = true
            case "error":
                return .failed(json["error"]?["message"]?.stringValue ?? "error event")
            default:
                break
            }
            return .nothing
        }

        func result() -> ChatResult? {
            guard done else { return nil }
            return ChatResult(text: text, finishReason: AnthropicDialect.finish(stopReason), usage: usage,
                              requestID: requestID, model: model)
        }
    }
}
