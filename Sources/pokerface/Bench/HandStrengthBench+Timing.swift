import Synchronization

extension HandStrengthBench {
    /// Timing helpers for the benchmarks: monotonic clock, best of several runs.
    enum Timing {
        /// Seconds taken by `body`.
        static func seconds(_ body: () -> Void) -> Double {
            let clock = ContinuousClock()
            let elapsed = clock.measure(body)
            let parts = elapsed.components
            return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
        }

        /// The shortest of `runs` timings of `body` (the least disturbed by other processes).
        static func best(of runs: Int = 3, _ body: () -> Void) -> Double {
            (0..<runs).map { _ in seconds(body) }.min() ?? 0
        }
    }

    /// Keeps a benchmark's result alive so the optimizer cannot drop the measured work.
    enum Sink {
        private static let total = Atomic<Int>(0)
        static func consume(_ x: Int) { total.add(x, ordering: .relaxed) }
    }
}
