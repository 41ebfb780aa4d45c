import PokerEngine

/// What every seat knows about the table beyond the hand itself: names, seats, the level.
public struct TableContext: Hashable, Sendable, Codable {
    /// Display name of each seat (seat numbers are physical seats, 0-based).
    public var seatNames: [String]
    /// Seat of each position index in the current hand (`handSeats[position] = seat`).
    public var handSeats: [Int]
    public var button: Int
    /// 1-based number of the hand in the tournament.
    public var handNumber: Int
    public var blinds: BlindLevel
    public var levelIndex: Int
    public var mode: GameMode

    public init(seatNames: [String], handSeats: [Int], button: Int, handNumber: Int, blinds: BlindLevel,
                levelIndex: Int, mode: GameMode) {
        self.seatNames = seatNames
        self.handSeats = handSeats
        self.button = button
        self.handNumber = handNumber
        self.blinds = blinds
        self.levelIndex = levelIndex
        self.mode = mode
    }

    /// Name of the player at `position` in the current hand.
    public func name(ofPosition position: Int) -> String {
        guard handSeats.indices.contains(position), seatNames.indices.contains(handSeats[position]) else {
            return "p\(position + 1)"
        }
        return seatNames[handSeats[position]]
    }

    public var bigBlind: Chips { blinds.bigBlind }
}
