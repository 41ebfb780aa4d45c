import Synchronization

/// Live counters of a run, read by the progress line (and the bench).
public final class ExperimentProgress: Sendable {
    /// The counters at one moment.
    public struct Snapshot: Sendable, Hashable {
        public var gamesTotal = 0
        public var gamesComplete = 0
        public var gamesRunning = 0
        /// Finished hands, earlier runs included.
        public var handsDone = 0
        /// Hands the experiment will play at most (games that end early lower it).
        public var handsTotal = 0
        /// Hands finished by this run.
        public var handsThisRun = 0
        /// Decisions recorded by this run.
        public var decisions = 0
        /// USD spent, earlier runs included.
        public var cost = 0.0
        /// Why the run is stopping, once it is.
        public var stopping: String?
    }

    private let state = Mutex(Snapshot())
    /// When the run started.
    public let started = ContinuousClock.now

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) { state.withLock { change(&$0) } }
    func handFinished() { state.withLock { $0.handsDone += 1; $0.handsThisRun += 1 } }
    func decided() { state.withLock { $0.decisions += 1 } }
}
