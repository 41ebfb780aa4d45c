/// An AI seat's decision in progress.
public struct Thinking: Hashable, Sendable {
    public var seat: Int
    public var handNumber: Int
    public var decisionIndex: Int
    public var since: ContinuousClock.Instant
}
