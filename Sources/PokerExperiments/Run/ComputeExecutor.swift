import Dispatch
import Foundation
import Synchronization

/// A task executor on its own threads, for the CPU-heavy side of experiments (offline bots,
/// decision analysis, prompt equity). Games run with this executor as their preference, so their
/// synchronous work never occupies the cooperative pool (two threads on a 2-core machine), whose
/// threads stay free for the store's writer, timers and the LLM transport's completions
/// (TOOLCHAIN.md P3). The threads live as long as the executor is referenced.
public final class ComputeExecutor: TaskExecutor, Sendable {
    private struct Queue {
        var jobs: [UnownedJob] = []
        var head = 0
    }

    private let queue = Mutex(Queue())
    private let available = DispatchSemaphore(value: 0)
    /// Threads running jobs.
    public let threadCount: Int

    /// Starts `threads` worker threads (default: one per core).
    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        threadCount = max(1, threads)
        for index in 0..<threadCount {
            let thread = Thread { [self] in self.work() }
            thread.name = "pokerface.compute.\(index)"
            thread.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        queue.withLock { $0.jobs.append(unowned) }
        available.signal()
    }

    private func work() {
        while true {
            available.wait()
            let job: UnownedJob? = queue.withLock { queue in
                guard queue.head < queue.jobs.count else { return nil }
                let job = queue.jobs[queue.head]
                queue.head += 1
                if queue.head > 1024, queue.head * 2 > queue.jobs.count {
                    queue.jobs.removeFirst(queue.head)
                    queue.head = 0
                }
                return job
            }
            job?.runSynchronously(on: asUnownedTaskExecutor())
        }
    }

    /// The executor shared by a process's experiments.
    public static let shared = ComputeExecutor()
}
