import LLMClient
import Synchronization

/// A clock for tests of the LLM client: time moves only when the test says so, and nothing waits
/// for real time. `autoAdvance` clocks jump to each sleeper's wake-up at once (one flow of control:
/// retries, Retry-After, deadlines); manual clocks keep sleepers suspended until `advance` (several
/// callers whose waits must overlap, e.g. a shared rate-limit pause).
public final class ManualClock: LLMClock {
    private struct Sleeper {
        let id: UInt64
        let deadline: ContinuousClock.Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: ContinuousClock.Instant
        var sleepers: [Sleeper] = []
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0
        var sleeps: [Duration] = []
    }

    /// The instant the clock started at.
    public let start: ContinuousClock.Instant
    /// Whether a sleep moves time to its own wake-up instead of waiting for `advance`.
    public let autoAdvance: Bool
    private let state: Mutex<State>

    public init(autoAdvance: Bool = true) {
        let origin = ContinuousClock.now
        start = origin
        self.autoAdvance = autoAdvance
        state = Mutex(State(now: origin))
    }

    public var now: ContinuousClock.Instant { state.withLock { $0.now } }

    /// Time passed on this clock since it started.
    public var elapsed: Duration { now - start }

    /// Every sleep asked of this clock, as the length asked for, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// How many callers are suspended right now (manual clocks only).
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    public func sleep(until deadline: ContinuousClock.Instant) async throws {
        try Task.checkCancellation()
        let id: UInt64? = state.withLock { s in
            s.sleeps.append(max(.zero, deadline - s.now))
            guard deadline > s.now else { return nil }
            if autoAdvance { s.now = deadline; return nil }
            s.nextID += 1
            return s.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelledEarly = state.withLock { s -> Bool in
                    if s.cancelled.remove(id) != nil { return true }
                    s.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return false
                }
                if cancelledEarly { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let sleeper = state.withLock { s -> Sleeper? in
                guard let index = s.sleepers.firstIndex(where: { $0.id == id }) else { s.cancelled.insert(id); return nil }
                return s.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward by `duration` and wakes every sleeper whose instant has come.
    public func advance(by duration: Duration) {
        let due = state.withLock { s -> [Sleeper] in
            s.now = s.now + duration
            let now = s.now
            let due = s.sleepers.filter { $0.deadline <= now }
            s.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        due.forEach { $0.continuation.resume() }
    }

    /// Waits (for real, polling) until `count` callers sleep on this clock.
    public func waitForSleepers(_ count: Int, timeout: Duration = .seconds(60)) async throws {
        try await Poll.until("\(count) sleepers on the test clock (now \(sleeperCount))", timeout: timeout) {
            sleeperCount >= count
        }
    }
}
