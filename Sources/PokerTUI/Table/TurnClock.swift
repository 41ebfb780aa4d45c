/// The human's clock when the time bank is on: each decision has `turnTime`; beyond it the bank
/// runs down, and when the bank is empty the hand checks or folds for the human.
public struct TurnClock: Hashable, Sendable {
    /// When the current decision began (nil: not the human's turn).
    public var since: ContinuousClock.Instant?
    /// What is left in the bank, not counting the current decision.
    public var bank: Duration

    /// Time left for the decision that began at `since`, bank included, at `now`.
    public func remaining(turnTime: Duration, now: ContinuousClock.Instant) -> (turn: Duration, bank: Duration)? {
        guard let since else { return nil }
        let used = since.duration(to: now)
        if used <= turnTime { return (turnTime - used, bank) }
        return (.zero, max(.zero, bank - (used - turnTime)))
    }

    /// The bank after a decision that began at `since` ended at `now`.
    public func bankAfterDecision(turnTime: Duration, now: ContinuousClock.Instant) -> Duration {
        remaining(turnTime: turnTime, now: now)?.bank ?? bank
    }
}
