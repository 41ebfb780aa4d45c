import Synchronization

/// A thread-safe queue of messages for the UI loop. Background work (AI decisions, LLM answers,
/// store writes) posts here from any thread; ``AppRunner`` drains it on the main actor every
/// frame, so no UI state is ever touched off the main actor.
public final class Inbox<Msg: Sendable>: Sendable {
    private let queue = Mutex<[Msg]>([])

    /// An empty inbox.
    public init() {}

    /// Adds a message; safe from any thread or task.
    public func post(_ message: Msg) {
        queue.withLock { $0.append(message) }
    }

    /// Removes and returns every waiting message, oldest first.
    public func drain() -> [Msg] {
        queue.withLock { messages in
            defer { messages.removeAll(keepingCapacity: true) }
            return messages
        }
    }

    /// The number of waiting messages.
    public var count: Int { queue.withLock { $0.count } }
}
