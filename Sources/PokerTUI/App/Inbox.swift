import Synchronization

/// A thread-safe queue of messages for the UI loop. Background work (AI decisions, LLM answers,
/// store writes) posts here from any thread; ``AppRunner`` drains it on the main actor, so no UI
/// state is ever touched off the main actor. Posting wakes the loop when its terminal has a
/// ``Waker``.
public final class Inbox<Msg: Sendable>: Sendable {
    private struct Contents {
        var messages: [Msg] = []
        var waker: Waker?
    }

    private let contents = Mutex(Contents())

    /// An empty inbox.
    public init() {}

    /// Adds a message and wakes the loop; safe from any thread or task.
    public func post(_ message: Msg) {
        let waker = contents.withLock { contents in
            contents.messages.append(message)
            return contents.waker
        }
        waker?.wake()
    }

    /// Removes and returns every waiting message, oldest first.
    public func drain() -> [Msg] {
        contents.withLock { contents in
            defer { contents.messages.removeAll(keepingCapacity: true) }
            return contents.messages
        }
    }

    /// The number of waiting messages.
    public var count: Int { contents.withLock { $0.messages.count } }

    /// Sets who is woken by ``post(_:)`` (the runner passes its terminal's waker).
    func setWaker(_ waker: Waker?) {
        contents.withLock { $0.waker = waker }
    }
}
