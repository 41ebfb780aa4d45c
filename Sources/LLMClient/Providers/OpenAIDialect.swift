import Foundation

/// The OpenAI chat-completions dialect, spoken by OpenAI, Groq, DeepSeek, Mistral, xAI, OpenRouter, Ollama,
/// llama.cpp's server, LM Studio and vLLM (`POST {base}/chat/completions`).
struct OpenAIDialect: ProviderDialect {
    let provider: ProviderID

    func makeRequest(_ request: ChatRequest, model: String, config: LLMConfig, stream: Bool) -> WireRequest {
        var messages = request.messages
        var body: [String: JSONValue] = ["model": .string(model)]
        // OpenAI's own API wants max_completion_tokens (reasoning models reject max_tokens); the others read max_tokens.
        body[provider == .openai ? "max_completion_tokens" : "max_tokens"] = .int(request.maxTokens)
        if let temperature = request.temperature, !rejectsTemperature(model) { body["temperature"] = .double(temperature) }
        if let effort = config.reasoningEffort { body["reasoning_effort"] = .string(effort) }
        if let schema = request.responseSchema {
            switch provider.structuredOutput {
            case .grammarOrSchema where schema.grammar != nil:
                body["grammar"] = schema.grammar.map(JSONValue.string)
            case .jsonSchema, .grammarOrSchema:
                body["response_format"] = [
                    "type": "json_schema",
                    "json_schema": ["name": .string(schema.name), "strict": .bool(schema.strict), "schema": schema.schema],
                ]
            case .jsonObject:
                body["response_format"] = ["type": "json_object"]
                messages.insert(.system(schema.instruction), at: 0)
            default:
                messages.insert(.system(schema.instruction), at: 0)
            }
        }
        body["messages"] = .array(messages.map { ["role": .string($0.role.rawValue), "content": .string($0.content)] })
        if stream {
            body["stream"] = true
            body["stream_options"] = ["include_usage": true]
        }
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("Accept", stream ? "text/event-stream" : "application/json"),
        ]
        if let key = config.apiKey { headers.append(("Authorization", "Bearer " + key.secret)) }
        headers += config.extraHeaders.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return WireRequest(url: config.baseURL + "/chat/completions", headers: headers, body: .object(body))
    }

    func parse(_ json: JSONValue, headers: [String: String]) -> ChatResult? {
        guard let choice = json["choices"]?[0], let message = choice["message"] else { return nil }
        let text = message["content"]?.stringValue ?? ""
        if text.isEmpty, message["content"] == nil, message["refusal"]?.stringValue == nil { return nil }
        return ChatResult(
            text: text.isEmpty ? (message["refusal"]?.stringValue ?? "") : text,
            finishReason: FinishReason(providerValue: choice["finish_reason"]?.stringValue),
            usage: Self.usage(json["usage"]),
            requestID: headers["x-request-id"] ?? json["id"]?.stringValue,
            model: json["model"]?.stringValue)
    }

    func makeStreamDecoder() -> any StreamDecoder { Decoder() }

    /// Reasoning models (gpt-5 family, o-series) accept only the default temperature.
    private func rejectsTemperature(_ model: String) -> Bool {
        guard provider == .openai || provider == .openrouter else { return false }
        let name = model.split(separator: "/").last.map(String.init) ?? model
        return name.hasPrefix("gpt-5") || name.hasPrefix("o1") || name.hasPrefix("o3") || name.hasPrefix("o4")
    }

    /// Completion tokens include reasoning tokens: split them so nothing is counted twice.
    static func usage(_ json: JSONValue?) -> TokenUsage {
        guard let json else { return .zero }
        let completion = json["completion_tokens"]?.intValue ?? 0
        let reasoning = json["completion_tokens_details"]?["reasoning_tokens"]?.intValue ?? 0
        let cached = json["prompt_tokens_details"]?["cached_tokens"]?.intValue
            ?? json["prompt_cache_hit_tokens"]?.intValue ?? 0   // DeepSeek
        return TokenUsage(input: json["prompt_tokens"]?.intValue ?? 0, output: max(0, completion - reasoning),
                          cached: cached, reasoning: reasoning)
    }

    struct Decoder: StreamDecoder {
        var requestID: String?
        var text = ""
        var model: String?
        var finish: String?
        var usage = TokenUsage.zero
        var done = false

        mutating func consume(_ event: SSEEvent) -> StreamStep {
            if event.data == "[DONE]" { done = true; return .nothing }
            guard let json = try? JSONValue.parse(event.data) else { return .failed("unreadable stream event") }
            if let error = json["error"] {
                return .failed(error["message"]?.stringValue ?? error.stringValue ?? "error event")
            }
            if requestID == nil { requestID = json["id"]?.stringValue }
            if let name = json["model"]?.stringValue { model = name }
            if let usageJSON = json["usage"], usageJSON != .null { usage = OpenAIDialect.usage(usageJSON) }
            guard let choice = json["choices"]?[0] else { return .nothing }
            if let reason = choice["finish_reason"]?.stringValue { finish = reason }
            guard let piece = choice["delta"]?["content"]?.stringValue, !piece.isEmpty else { return .nothing }
            text += piece
            return .delta(piece)
        }

        func result() -> ChatResult? {
            guard done || finish != nil else { return nil }
            return ChatResult(text: text, finishReason: FinishReason(providerValue: finish), usage: usage,
                              requestID: requestID, model: model)
        }
    }
}
