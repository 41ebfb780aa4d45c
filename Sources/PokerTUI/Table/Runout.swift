/// An all-in board dealt street by street: log lines wait until their street is shown.
public struct Runout: Hashable, Sendable {
    /// A log entry and the board size at which it may be shown (6: when the run-out ends).
    public struct Held: Hashable, Sendable {
        public var revealAt: Int
        public var entry: LogEntry
    }

    /// Board cards shown so far.
    public var shownBoard: Int
    /// The board's final size.
    public var target: Int
    /// When the next street is shown.
    public var nextAt: ContinuousClock.Instant
    public var held: [Held]
    /// Eliminations and the winner, announced when the board is out.
    public var notices: [String] = []
}
