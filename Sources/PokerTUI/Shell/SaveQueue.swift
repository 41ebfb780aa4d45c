import Synchronization

/// Runs store writes one after another in the background, in the order they were handed over,
/// so the UI never waits for the disk and a step is never saved before the one it follows.
public final class SaveQueue: Sendable {
    private let last = Mutex<Task<Void, Never>?>(nil)

    /// An empty queue.
    public init() {}

    /// Queues `work` after everything queued before it.
    public func enqueue(_ work: @escaping @Sendable () async -> Void) {
        last.withLock { last in
            let previous = last
            last = Task.detached {
                await previous?.value
                await work()
            }
        }
    }

    /// Waits until everything queued so far has run.
    public func drain() async {
        while let task = last.withLock({ $0 }) {
            await task.value
            let done = last.withLock { current in
                guard current == task else { return false }
                current = nil
                return true
            }
            if done { return }
        }
    }
}
