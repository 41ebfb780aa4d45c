import Foundation
import Synchronization

/// Receives one `UsageRecord` per attempt. The SQLite store implements it as `api_usage`.
///
/// `record` is called on the calling task and must not block: hand the record to a writer
/// (an actor, an `AsyncStream`) and return.
public protocol UsageSink: Sendable {
    /// Takes one record.
    func record(_ record: UsageRecord)
}

/// A sink that keeps records in memory (tests, `pokerface llm check`, benchmarks).
public final class InMemoryUsageSink: UsageSink {
    private let storage = Mutex<[UsageRecord]>([])

    /// Creates an empty sink.
    public init() {}

    public func record(_ record: UsageRecord) {
        storage.withLock { $0.append(record) }
    }

    /// Every record so far, in arrival order.
    public var records: [UsageRecord] { storage.withLock { $0 } }

    /// The records of one call, by attempt.
    public func records(forCall callID: UUID) -> [UsageRecord] {
        records.filter { $0.callID == callID }.sorted { $0.attempt < $1.attempt }
    }

    /// Forgets every record.
    public func removeAll() { storage.withLock { $0.removeAll() } }
}

/// A sink that drops everything.
public struct DiscardingUsageSink: UsageSink {
    /// Creates the sink.
    public init() {}
    public func record(_ record: UsageRecord) {}
}
