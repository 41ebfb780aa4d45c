import PokerEngine
import Synchronization

/// The last few answers of the core, so that the bot's decision, its analysis and an LLM seat's
/// guidance at the same spot are computed once. Answers are deterministic in their inputs, so the
/// cache can never change one.
final class AdviceCache: Sendable {
    struct Key: Hashable, Sendable {
        let view: SeatView
        let profiles: [Int: PlayerProfile]
        let seed: UInt64
        let budget: CoreStrategy.Budget
    }

    static let shared = AdviceCache(capacity: 64)

    private let state: Mutex<(entries: [Key: CoreAdvice], order: [Key])>
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        state = Mutex((entries: [:], order: []))
    }

    func advice(_ key: Key, compute: () -> CoreAdvice?) -> CoreAdvice? {
        if let hit = state.withLock({ $0.entries[key] }) { return hit }
        guard let value = compute() else { return nil }
        state.withLock { state in
            if state.entries[key] == nil { state.order.append(key) }
            state.entries[key] = value
            if state.order.count > capacity { state.entries[state.order.removeFirst()] = nil }
        }
        return value
    }
}
