import PokerAI
import PokerEngine

/// What one transition of a game produced: the hand's new events, table events (level-ups,
/// busts, the winner) and table talk. The UI logs them; the store records them.
public struct GameStep: Sendable {
    public var handEvents: ArraySlice<HandEvent> = []
    public var matchEvents: [MatchEvent] = []
    public var messages: [TableMessage] = []
    /// Seats whose AI state changed (saved with this step).
    public var changedMinds: Set<Int> = []

    public init() {}

    /// True when this step finished a hand.
    public var finishedHand: Bool { handEvents.contains { if case .handEnded = $0 { true } else { false } } }
}
