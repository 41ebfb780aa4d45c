/// The client's time: deadlines, backoff and `Retry-After` waits, rate-limit pauses, the circuit
/// breaker's cooldown and each attempt's latency all read this clock, so a test can drive them
/// with a clock of its own instead of waiting (`SystemClock` is the real one).
///
/// Instants are `ContinuousClock.Instant`s so that deadlines pass through `ChatRequest.deadline`
/// unchanged; a test clock simply moves its own `now` among them.
public protocol LLMClock: Sendable {
    /// The current instant.
    var now: ContinuousClock.Instant { get }
    /// Suspends until `deadline` (at once when it has passed). Throws `CancellationError` when the
    /// calling task is cancelled first.
    func sleep(until deadline: ContinuousClock.Instant) async throws
}

extension LLMClock {
    /// Suspends for `duration` from now.
    public func sleep(for duration: Duration) async throws {
        try await sleep(until: now + duration)
    }
}

/// The real clock: `ContinuousClock` (monotonic, keeps counting while the machine sleeps).
public struct SystemClock: LLMClock {
    public init() {}

    public var now: ContinuousClock.Instant { ContinuousClock.now }

    public func sleep(until deadline: ContinuousClock.Instant) async throws {
        try await Task.sleep(until: deadline, clock: .continuous)
    }
}
