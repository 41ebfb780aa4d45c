import Foundation

/// Google Gemini generateContent (`POST {base}/models/{model}:generateContent`, streamed as
/// `:streamGenerateContent?alt=sse`). The key goes in the `x-goog-api-key` header, never in the URL.
struct GeminiDialect: ProviderDialect {
    func makeRequest(_ request: ChatRequest, model: String, config: LLMConfig, stream: Bool) -> WireRequest {
        var body: [String: JSONValue] = [:]
        if let system = request.systemText { body["systemInstruction"] = ["parts": [["text": .string(system)]]] }
        body["contents"] = .array(request.messages.filter { $0.role != .system }.map {
            ["role": $0.role == .assistant ? "model" : "user", "parts": [["text": .string($0.content)]]]
        })
        var generation: [String: JSONValue] = ["maxOutputTokens": .int(request.maxTokens)]
        if let temperature = request.temperature { generation["temperature"] = .double(temperature) }
        if let schema = request.responseSchema {
            generation["responseMimeType"] = "application/json"
            generation["responseSchema"] = Self.openAPISubset(schema.schema)
        }
        body["generationConfig"] = .object(generation)
        let path = stream ? ":streamGenerateContent?alt=sse" : ":generateContent"
        let escaped = model.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? model
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("Accept", stream ? "text/event-stream" : "application/json"),
        ]
        if let key = config.apiKey { headers.append(("x-goog-api-key", key.secret)) }
        headers += config.extraHeaders.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return WireRequest(url: config.baseURL + "/models/" + escaped + path, headers: headers, body: .object(body))
    }

    func parse(_ json: JSONValue, headers: [String: String]) -> ChatResult? {
        guard let candidate = json["candidates"]?[0] else { return nil }
        return ChatResult(text: Self.text(of: candidate), finishReason: FinishReason(providerValue: candidate["finishReason"]?.stringValue),
                          usage: Self.usage(json["usageMetadata"]), requestID: json["responseId"]?.stringValue,
                          model: json["modelVersion"]?.stringValue)
    }

    func makeStreamDecoder() -> any StreamDecoder { Decoder() }

    /// Visible text: every part's text except thought summaries.
    static func text(of candidate: JSONValue) -> String {
        let parts = candidate["content"]?["parts"]?.arrayValue ?? []
        return parts.filter { $0["thought"] != .bool(true) }.compactMap { $0["text"]?.stringValue }.joined()
    }

    /// `promptTokenCount` includes cached tokens; thoughts are reported apart from candidates.
    static func usage(_ json: JSONValue?) -> TokenUsage {
        guard let json else { return .zero }
        return TokenUsage(input: json["promptTokenCount"]?.intValue ?? 0,
                          output: json["candidatesTokenCount"]?.intValue ?? 0,
                          cached: json["cachedContentTokenCount"]?.intValue ?? 0,
                          reasoning: json["thoughtsTokenCount"]?.intValue ?? 0)
    }

    /// `responseSchema` takes an OpenAPI subset of JSON Schema: drop what it does not know
    /// (`additionalProperties`, `$schema`, `strict`…), keep the rest recursively.
    static func openAPISubset(_ schema: JSONValue) -> JSONValue {
        let kept: Set<String> = ["type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems",
                                 "properties", "required", "minProperties", "maxProperties", "minLength", "maxLength",
                                 "pattern", "anyOf", "propertyOrdering", "items", "minimum", "maximum"]
        guard case .object(let members) = schema else { return schema }
        var result: [String: JSONValue] = [:]
        for (key, value) in members where kept.contains(key) {
            switch key {
            case "properties":
                result[key] = .object((value.objectValue ?? [:]).mapValues(openAPISubset))
            case "items":
                result[key] = openAPISubset(value)
            case "anyOf":
                result[key] = .array((value.arrayValue ?? []).map(openAPISubset))
            default:
                result[key] = value
            }
        }
        return .object(result)
    }

    struct Decoder: StreamDecoder {
        var text = ""
        var requestID: String?
        var model: String?
        var finish: String?
        var usage = TokenUsage.zero

        mutating func consume(_ event: SSEEvent) -> StreamStep {
            guard let json = try? JSONValue.parse(event.data) else { return .failed("unreadable stream event") }
            if let error = json["error"] { return .failed(error["message"]?.stringValue ?? "error event") }
            if let id = json["responseId"]?.stringValue { requestID = id }
            if let version = json["modelVersion"]?.stringValue { model = version }
            if let metadata = json["usageMetadata"] { usage = GeminiDialect.usage(metadata) }
            guard let candidate = json["candidates"]?[0] else { return .nothing }
            if let reason = candidate["finishReason"]?.stringValue { finish = reason }
            let piece = GeminiDialect.text(of: candidate)
            guard !piece.isEmpty else { return .nothing }
            text += piece
            return .delta(piece)
        }

        func result() -> ChatResult? {
            guard finish != nil else { return nil }
            return ChatResult(text: text, finishReason: FinishReason(providerValue: finish), usage: usage,
                              requestID: requestID, model: model)
        }
    }
}
