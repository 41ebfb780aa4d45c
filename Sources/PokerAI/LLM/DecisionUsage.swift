import LLMClient
import Synchronization

/// The usage sink of a client whose LLM seats hand their calls' usage back with their decisions:
/// every record tagged with a decision key (`tags["decision"]`, set by ``LLMPlayer``) waits here
/// until the player takes it for its ``Decision/usage``; every other record (table talk, checks)
/// goes on to `inner`. The driver then stores a decision's usage with its action, in one transaction.
public final class DecisionUsage: UsageSink, Sendable {
    /// Where records without a decision key go.
    public let inner: any UsageSink
    private let pending = Mutex<[String: [UsageRecord]]>([:])

    public init(inner: any UsageSink = DiscardingUsageSink()) {
        self.inner = inner
    }

    public func record(_ record: UsageRecord) {
        guard let key = record.tags["decision"] else { return inner.record(record) }
        pending.withLock { $0[key, default: []].append(record) }
    }

    /// Removes and returns the records of decision `key`, in arrival order.
    public func take(_ key: String) -> [UsageRecord] {
        pending.withLock { $0.removeValue(forKey: key) ?? [] }
    }

    /// How many decisions have records waiting (zero once every player took its own).
    public var waiting: Int { pending.withLock { $0.count } }
}
