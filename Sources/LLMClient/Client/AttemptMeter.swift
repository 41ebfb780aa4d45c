import Foundation

/// Writes one usage record per attempt of one call, and builds the call's response.
struct AttemptMeter {
    let client: LLMClient
    let request: ChatRequest
    let config: LLMConfig
    let callID = UUID()
    let redact: Redactor

    init(client: LLMClient, request: ChatRequest, config: LLMConfig) {
        self.client = client
        self.request = request
        self.config = config
        redact = Redactor(keys: [config.apiKey])
    }

    /// Records a failed attempt and returns its error (to throw).
    func fail(_ error: LLMError, attempt: Int, started: ContinuousClock.Instant, httpStatus: Int? = nil) -> LLMError {
        client.usageSink.record(record(attempt: attempt, started: started, status: .error, tokens: .zero,
                                       model: config.model(for: request), httpStatus: httpStatus, error: error))
        return error
    }

    /// Records the successful attempt and returns the response.
    func succeed(_ answer: AttemptAnswer, attempt: Int, started: ContinuousClock.Instant,
                 callStarted: ContinuousClock.Instant) -> ChatResponse {
        let result = answer.result
        let requested = config.model(for: request)
        let model = result.model.flatMap { $0.isEmpty ? nil : $0 } ?? requested
        let cost = client.pricing.cost(provider: config.provider, model: model, usage: result.usage)
            ?? client.pricing.cost(provider: config.provider, model: requested, usage: result.usage)
        var row = record(attempt: attempt, started: started, status: .ok, tokens: result.usage, model: model,
                         httpStatus: answer.httpStatus, error: nil)
        row.finishReason = result.finishReason.name
        row.requestID = result.requestID
        row.costUSD = cost
        client.usageSink.record(row)
        // A server may echo the key inside a successful answer: the text goes on to captures, table
        // talk, other seats' prompts and `llm check`, so it is redacted here, once, like error bodies.
        return ChatResponse(text: redact(result.text), finishReason: result.finishReason, usage: result.usage,
                            requestID: result.requestID, model: model, provider: config.provider,
                            latency: client.clock.now - callStarted, attempts: attempt, costUSD: cost)
    }

    private func record(attempt: Int, started: ContinuousClock.Instant, status: UsageStatus, tokens: TokenUsage,
                        model: String, httpStatus: Int?, error: LLMError?) -> UsageRecord {
        let elapsed = client.clock.now - started
        let ms = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        return UsageRecord(
            callID: callID, attempt: attempt, timestamp: Date(), callType: request.callType, provider: config.provider,
            model: model, tokens: tokens, latencyMs: ms, status: status, httpStatus: httpStatus,
            errorKind: error?.kind, errorMessage: error.map { redact($0.userMessage) }, finishReason: nil,
            requestID: nil, costUSD: nil, maxTokens: request.maxTokens, tags: request.tags)
    }
}
