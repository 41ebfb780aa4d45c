import Synchronization

/// How fast one provider may be called: requests and tokens per minute (nil = no limit of that kind).
public struct RateLimit: Sendable, Hashable, Codable {
    /// Requests per minute, or nil for no request limit.
    public var requestsPerMinute: Double?
    /// Tokens (prompt + answer) per minute, or nil for no token limit.
    public var tokensPerMinute: Double?
    /// The largest burst, in seconds of allowance: a bucket holds `limit / 60 × burstSeconds`.
    public var burstSeconds: Double

    /// Creates a limit.
    public init(requestsPerMinute: Double? = nil, tokensPerMinute: Double? = nil, burstSeconds: Double = 5) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.burstSeconds = max(0.001, burstSeconds)
    }
}

/// One rate limiter per provider, shared by every call of every game in the process.
///
/// Each provider has a token bucket for requests and one for tokens. A caller *reserves* what its
/// request will use and is told how long to wait: buckets may go into debt, and the wait is the time
/// the debt takes to refill, so callers queue in arrival order without polling. A 429 pauses the
/// provider for every caller: until its `Retry-After`, or for a shared backoff of 1 s doubling to
/// 30 s per consecutive 429 without one; a success resets the backoff.
public final class RateLimiter: Sendable {
    struct Bucket {
        var level: Double
        let capacity: Double
        let perSecond: Double
        var updated: ContinuousClock.Instant

        init(perMinute: Double, burstSeconds: Double, now: ContinuousClock.Instant) {
            perSecond = perMinute / 60
            capacity = max(1, perSecond * burstSeconds)
            level = capacity
            updated = now
        }

        /// Takes `amount` and returns the wait until the bucket is out of debt.
        mutating func take(_ amount: Double, now: ContinuousClock.Instant) -> Duration {
            refill(now)
            level -= amount
            return level >= 0 ? .zero : .milliseconds(Int((-level / perSecond * 1000).rounded(.up)))
        }

        mutating func refill(_ now: ContinuousClock.Instant) {
            guard now > updated else { return }
            let elapsed = Double((now - updated).components.seconds) + Double((now - updated).components.attoseconds) / 1e18
            level = min(capacity, level + elapsed * perSecond)
            updated = now
        }
    }

    struct ProviderState {
        var requests: Bucket?
        var tokens: Bucket?
        var pausedUntil: ContinuousClock.Instant?
        var strikes = 0
    }

    /// The configured limits.
    public let limits: [ProviderID: RateLimit]
    private let states = Mutex<[ProviderID: ProviderState]>([:])

    /// Creates a limiter; providers without a limit only share the 429 backoff.
    public init(limits: [ProviderID: RateLimit] = [:]) {
        self.limits = limits
    }

    /// Reserves one request of about `tokens` tokens and returns how long to wait before sending it.
    public func reserve(_ provider: ProviderID, tokens: Int, now: ContinuousClock.Instant = .now) -> Duration {
        states.withLock { states in
            var state = states[provider] ?? makeState(provider, now: now)
            var wait = Duration.zero
            if var bucket = state.requests { wait = max(wait, bucket.take(1, now: now)); state.requests = bucket }
            if var bucket = state.tokens {
                wait = max(wait, bucket.take(Double(max(0, tokens)), now: now))
                state.tokens = bucket
            }
            if let until = state.pausedUntil, until > now { wait = max(wait, until - now) }
            states[provider] = state
            return wait
        }
    }

    /// Gives back a reservation that was never sent (the caller gave up or was cancelled).
    public func refund(_ provider: ProviderID, tokens: Int) {
        states.withLock { states in
            guard var state = states[provider] else { return }
            if var bucket = state.requests { bucket.level = min(bucket.capacity, bucket.level + 1); state.requests = bucket }
            if var bucket = state.tokens {
                bucket.level = min(bucket.capacity, bucket.level + Double(max(0, tokens)))
                state.tokens = bucket
            }
            states[provider] = state
        }
    }

    /// Corrects the token bucket once the real usage is known (`actual` replaces `estimated`).
    public func settle(_ provider: ProviderID, estimated: Int, actual: Int) {
        states.withLock { states in
            guard var state = states[provider], var bucket = state.tokens else { return }
            bucket.level = min(bucket.capacity, bucket.level + Double(estimated - actual))
            state.tokens = bucket
            states[provider] = state
        }
    }

    /// A call got 429: every caller of `provider` waits until `retryAfter` has passed (or the shared backoff).
    public func rateLimited(_ provider: ProviderID, retryAfter: Duration?, now: ContinuousClock.Instant = .now) {
        states.withLock { states in
            var state = states[provider] ?? makeState(provider, now: now)
            state.strikes += 1
            let backoff = retryAfter ?? min(.seconds(30), .seconds(1) * (1 << min(state.strikes - 1, 5)))
            let until = now + backoff
            if state.pausedUntil.map({ until > $0 }) ?? true { state.pausedUntil = until }
            states[provider] = state
        }
    }

    /// A call succeeded: the shared backoff starts over.
    public func succeeded(_ provider: ProviderID) {
        states.withLock { states in states[provider]?.strikes = 0 }
    }

    /// When the provider's 429 pause ends, if one is in force.
    public func pausedUntil(_ provider: ProviderID, now: ContinuousClock.Instant = .now) -> ContinuousClock.Instant? {
        states.withLock { states in states[provider]?.pausedUntil.flatMap { $0 > now ? $0 : nil } }
    }

    private func makeState(_ provider: ProviderID, now: ContinuousClock.Instant) -> ProviderState {
        var state = ProviderState()
        if let limit = limits[provider] {
            state.requests = limit.requestsPerMinute.map { Bucket(perMinute: $0, burstSeconds: limit.burstSeconds, now: now) }
            state.tokens = limit.tokensPerMinute.map { Bucket(perMinute: $0, burstSeconds: limit.burstSeconds, now: now) }
        }
        return state
    }

    /// A request's token estimate before it is sent: its text at ~4 characters a token plus its answer budget.
    public static func estimatedTokens(_ request: ChatRequest) -> Int {
        request.messages.reduce(0) { $0 + $1.content.utf8.count } / 4 + request.maxTokens
    }
}

extension LLMClient {
    /// Waits for the provider's rate limit before an attempt; throws when the wait would pass the deadline.
    /// Returns the tokens reserved, to settle once the attempt's usage is known.
    func awaitRateLimit(_ request: ChatRequest, config: LLMConfig, deadline: ContinuousClock.Instant,
                        meter: AttemptMeter, attempt: Int) async throws(LLMError) -> Int {
        guard let rateLimiter else { return 0 }
        let estimate = RateLimiter.estimatedTokens(request)
        let now = clock.now
        let wait = rateLimiter.reserve(config.provider, tokens: estimate, now: now)
        guard wait > .zero else { return estimate }
        guard now + wait + retryPolicy.minimumAttemptTime <= deadline else {
            rateLimiter.refund(config.provider, tokens: estimate)
            throw meter.fail(.rateLimited(provider: config.provider, retryAfter: wait), attempt: attempt, started: now)
        }
        do {
            try await clock.sleep(until: now + wait)
        } catch {
            rateLimiter.refund(config.provider, tokens: estimate)
            throw meter.fail(.cancelled, attempt: attempt, started: now)
        }
        return estimate
    }

    /// Tells the limiter how an attempt went.
    func reportRateLimit(_ provider: ProviderID, estimated: Int, outcome: Result<AttemptAnswer, AttemptFailure>,
                         now: ContinuousClock.Instant) {
        guard let rateLimiter else { return }
        switch outcome {
        case .success(let answer):
            rateLimiter.succeeded(provider)
            let usage = answer.result.usage
            rateLimiter.settle(provider, estimated: estimated, actual: usage.input + usage.output + usage.reasoning)
        case .failure(let failure):
            if case .rateLimited = failure.error { rateLimiter.rateLimited(provider, retryAfter: failure.retryAfter, now: now) }
            rateLimiter.settle(provider, estimated: estimated, actual: 0)
        }
    }
}
