import Synchronization

/// When a provider's breaker opens and for how long.
public struct CircuitBreakerPolicy: Sendable, Hashable {
    /// Consecutive provider failures (5xx, 429, timeouts, connection errors) that open the breaker.
    public var failureThreshold: Int
    /// How long it stays open before one trial request is let through.
    public var cooldown: Duration
    /// The longest a 429's Retry-After keeps the breaker open (a server asking for a week gets this).
    public var longestRateLimitPause: Duration

    /// Creates a policy.
    public init(failureThreshold: Int = 5, cooldown: Duration = .seconds(30),
                longestRateLimitPause: Duration = .seconds(300)) {
        self.failureThreshold = max(1, failureThreshold)
        self.cooldown = cooldown
        self.longestRateLimitPause = max(.zero, longestRateLimitPause)
    }

    /// The default: 5 failures, 30 s; a Retry-After honoured for up to 5 minutes.
    public static let standard = CircuitBreakerPolicy()
}

/// Circuit breakers, one per provider endpoint (provider + base URL), shared by every call of a client.
///
/// Closed: calls pass; consecutive failures are counted. Open: calls fail at once with `circuitOpen` until
/// the cooldown ends. Half-open: one trial call passes; success closes, failure reopens.
final class CircuitBreakers: Sendable {
    private enum State {
        case closed(failures: Int)
        case open(until: ContinuousClock.Instant)
        case halfOpen(trialInFlight: Bool)
    }

    private let policy: CircuitBreakerPolicy
    private let states = Mutex<[String: State]>([:])

    init(policy: CircuitBreakerPolicy) { self.policy = policy }

    /// Asks to send a request. Returns nil when allowed, or how long until the breaker lets a trial through.
    func permit(_ key: String, now: ContinuousClock.Instant) -> Duration? {
        states.withLock { states -> Duration? in
            switch states[key] ?? .closed(failures: 0) {
            case .closed:
                return nil
            case .open(let until) where now >= until:
                states[key] = .halfOpen(trialInFlight: true)
                return nil
            case .open(let until):
                return until - now
            case .halfOpen(let busy):
                if busy { return policy.cooldown }
                states[key] = .halfOpen(trialInFlight: true)
                return nil
            }
        }
    }

    /// Reports the outcome of an allowed request. `providerFailure` is true for 5xx, timeouts and
    /// connection errors; anything else (success, 4xx, bad JSON) proves the provider is up.
    func report(_ key: String, providerFailure: Bool, now: ContinuousClock.Instant) {
        states.withLock { states in
            guard providerFailure else { states[key] = .closed(failures: 0); return }
            switch states[key] ?? .closed(failures: 0) {
            case .closed(let failures):
                states[key] = failures + 1 >= policy.failureThreshold
                    ? .open(until: now + policy.cooldown) : .closed(failures: failures + 1)
            case .halfOpen, .open:
                states[key] = .open(until: now + policy.cooldown)
            }
        }
    }

    /// A 429 asked for a pause the caller cannot wait out: the breaker opens at once for that long
    /// (at most `longestRateLimitPause`), so the calls behind it fail fast instead of each asking again.
    func holdOff(_ key: String, for pause: Duration, now: ContinuousClock.Instant) {
        let until = now + min(pause, policy.longestRateLimitPause)
        states.withLock { states in
            if case .open(let current) = states[key], current >= until { return }
            states[key] = .open(until: until)
        }
    }

    /// Releases a half-open trial that ended without a verdict (cancelled).
    func abandonTrial(_ key: String) {
        states.withLock { states in
            if case .halfOpen = states[key] { states[key] = .halfOpen(trialInFlight: false) }
        }
    }
}
