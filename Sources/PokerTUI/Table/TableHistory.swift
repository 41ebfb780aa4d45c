/// What a resumed table brings back from the store: the log of the hands before the current one
/// (their talk in place), the previous hand for `l`, and the human's notes on the players.
public struct TableHistory: Hashable, Sendable {
    public var log: [LogEntry]
    public var previousHand: PreviousHand?
    public var notes: [Int: String]
    /// The log already holds the earlier hands' talk (so the game's recent talk adds only the current hand's).
    public var coversTalk: Bool

    /// History to start a table with (none for a new game).
    public init(log: [LogEntry] = [], previousHand: PreviousHand? = nil, notes: [Int: String] = [:], coversTalk: Bool = false) {
        self.log = log
        self.previousHand = previousHand
        self.notes = notes
        self.coversTalk = coversTalk
    }
}
