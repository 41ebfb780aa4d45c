import LLMClient
import PokerGame
import Synchronization

/// Keeps the running cost of every LLM usage record for the cost cap and passes the record on
/// (to the ``DecisionUsage`` its seats take their decisions' usage from).
final class ExperimentUsageSink: UsageSink, Sendable {
    let inner: any UsageSink
    private let spent: Mutex<Double>

    init(inner: any UsageSink, alreadySpent: Double) {
        self.inner = inner
        spent = Mutex(alreadySpent)
    }

    func record(_ record: UsageRecord) {
        if let cost = record.costUSD { spent.withLock { $0 += cost } }
        inner.record(record)
    }

    /// USD spent so far (including what earlier runs of the experiment spent).
    var cost: Double { spent.withLock { $0 } }

    /// Adds what other workers spent (PostgreSQL runs).
    func raise(to total: Double) { spent.withLock { $0 = max($0, total) } }
}
