import Foundation

/// Calls LLM providers: the single owner of retries, deadlines, circuit breaking and usage metering.
///
/// One client is meant to be shared by the whole process (its circuit breakers are per provider endpoint).
/// Every attempt, successful or not, produces exactly one `UsageRecord` for the sink. A call never outlives
/// its deadline: each attempt's transfer timeout is the time left, and no retry starts without time for it.
public final class LLMClient: Sendable {
    /// The HTTP transport.
    public let transport: any HTTPTransport
    /// Where usage records go.
    public let usageSink: any UsageSink
    /// Prices for cost.
    public let pricing: PricingTable
    /// Retry behaviour.
    public let retryPolicy: RetryPolicy
    /// The per-provider rate limiter shared by every caller of this client (nil: no limit, no shared 429 pause).
    public let rateLimiter: RateLimiter?
    /// The time source of deadlines, waits, the breaker and latencies (`SystemClock` unless a test injects one).
    public let clock: any LLMClock
    let breakers: CircuitBreakers

    /// Creates a client.
    public init(
        transport: any HTTPTransport = CurlTransport.shared, usageSink: any UsageSink = DiscardingUsageSink(),
        pricing: PricingTable = .shipped, retryPolicy: RetryPolicy = .standard,
        circuitBreaker: CircuitBreakerPolicy = .standard, rateLimiter: RateLimiter? = nil,
        clock: any LLMClock = SystemClock()
    ) {
        self.transport = transport
        self.usageSink = usageSink
        self.pricing = pricing
        self.retryPolicy = retryPolicy
        self.rateLimiter = rateLimiter
        self.clock = clock
        breakers = CircuitBreakers(policy: circuitBreaker)
    }

    /// Sends a chat request and returns the whole answer.
    public func complete(_ request: ChatRequest, config: LLMConfig) async throws(LLMError) -> ChatResponse {
        try await perform(request, config: config, onDelta: nil)
    }

    /// Sends a chat request as a stream: `onDelta` receives text pieces as they arrive (on a transport
    /// thread; keep it quick), and the whole answer is returned at the end. Once a piece has been delivered
    /// the call is no longer retried.
    public func stream(_ request: ChatRequest, config: LLMConfig,
                       onDelta: @escaping @Sendable (String) -> Void) async throws(LLMError) -> ChatResponse {
        try await perform(request, config: config, onDelta: onDelta)
    }

    /// The streamed text as an async sequence; it ends with the last piece or throws an `LLMError`.
    public func textStream(_ request: ChatRequest, config: LLMConfig) -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    _ = try await self.stream(request, config: config) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func perform(_ request: ChatRequest, config: LLMConfig,
                         onDelta: (@Sendable (String) -> Void)?) async throws(LLMError) -> ChatResponse {
        let start = clock.now
        let deadline = request.deadline ?? start + request.timeout
        let meter = AttemptMeter(client: self, request: request, config: config)
        guard let dialect = config.provider.wire else {
            throw meter.fail(.notConfigured(provider: config.provider, reason: "the offline provider makes no LLM calls"),
                             attempt: 1, started: start)
        }
        if let problem = Self.configurationProblem(config) {
            throw meter.fail(.notConfigured(provider: config.provider, reason: problem), attempt: 1, started: start)
        }
        var generator = SystemRandomNumberGenerator()
        var attempt = 0
        while true {
            attempt += 1
            let attemptStart = clock.now
            if Task.isCancelled { throw meter.fail(.cancelled, attempt: attempt, started: attemptStart) }
            let remaining = deadline - attemptStart
            guard remaining > .zero else {
                throw meter.fail(.timeout(provider: config.provider), attempt: attempt, started: attemptStart)
            }
            let reserved = try await awaitRateLimit(request, config: config, deadline: deadline, meter: meter, attempt: attempt)
            let sendStart = clock.now
            if let wait = breakers.permit(config.breakerKey, now: sendStart) {
                rateLimiter?.refund(config.provider, tokens: reserved)
                throw meter.fail(.circuitOpen(provider: config.provider, retryAfter: wait), attempt: attempt,
                                 started: sendStart)
            }
            let budget = retryPolicy.attemptTimeout.map { min($0, deadline - clock.now) } ?? (deadline - clock.now)
            let session = onDelta.map { StreamSession(decoder: dialect.makeStreamDecoder(), onDelta: $0) }
            let outcome = await attemptOnce(request, config: config, dialect: dialect, budget: budget, session: session)
            reportRateLimit(config.provider, estimated: reserved, outcome: outcome, now: clock.now)
            switch outcome {
            case .success(let answer):
                breakers.report(config.breakerKey, providerFailure: false, now: clock.now)
                return meter.succeed(answer, attempt: attempt, started: sendStart, callStarted: start)
            case .failure(let failure):
                if failure.error == .cancelled {
                    breakers.abandonTrial(config.breakerKey)
                } else {
                    breakers.report(config.breakerKey, providerFailure: failure.error.countsAsProviderFailure,
                                    now: clock.now)
                }
                _ = meter.fail(failure.error, attempt: attempt, started: sendStart, httpStatus: failure.httpStatus)
                let delay = retryPolicy.delay(afterAttempt: attempt, retryAfter: failure.retryAfter, using: &generator)
                let pastDeadline = clock.now + delay + retryPolicy.minimumAttemptTime > deadline
                if case .rateLimited(_, let pause?) = failure.error, pastDeadline {
                    breakers.holdOff(config.breakerKey, for: pause, now: clock.now)
                }
                guard failure.error.isRetryable, attempt < retryPolicy.maxAttempts, session?.delivered != true else {
                    throw failure.error
                }
                guard !pastDeadline else { throw failure.error }
                do { try await clock.sleep(for: delay) } catch { throw LLMError.cancelled }
            }
        }
    }

    /// Why a configuration cannot make calls, or nil.
    static func configurationProblem(_ config: LLMConfig) -> String? {
        if config.provider.requiresKey && config.apiKey == nil {
            return "no API key (set \(config.provider.keyVariable ?? "a key") or add it to the config file)"
        }
        if config.baseURL.isEmpty { return "no base URL" }
        if !(config.baseURL.hasPrefix("http://") || config.baseURL.hasPrefix("https://")) {
            return "the base URL must start with http:// or https://"
        }
        return nil
    }
}
