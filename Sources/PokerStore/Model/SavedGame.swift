import Foundation
import PokerEngine

/// A game as saved after its last committed change: enough to continue it exactly.
public struct SavedGame: Sendable {
    public let id: GameID
    public let setup: GameSetup
    /// The match after the last committed action: stacks, button, level, hand counter and the
    /// current hand (its deck position and whose turn it is).
    public let match: Match
    public let status: GameStatus
    public let createdAt: Date
    public let updatedAt: Date
    /// The saved state of every AI seat that has one.
    public let aiState: [AISeatState]
    /// Table messages of the current (or last) hand, oldest first.
    public let messages: [StoredMessage]
}

/// One line of the games list.
public struct GameSummary: Hashable, Sendable, Codable {
    public let id: GameID
    public let status: GameStatus
    public let mode: String
    public let seed: UInt64
    public let names: [String]
    /// Each seat's personality slug, in seat order (nil for a human or an imported player): with
    /// `seed`, what `play --headless --seed S --opponents …` needs to deal the same game again.
    public let personalities: [String?]
    /// The name given to an imported game.
    public let name: String?
    public let humanSeat: Int?
    public let handsPlayed: Int
    public let winnerSeat: Int?
    public let createdAt: Date
    public let updatedAt: Date
}

/// One line of a game's hand list.
public struct HandSummary: Hashable, Sendable, Codable {
    public let id: HandID
    public let game: GameID
    public let number: Int
    public let isComplete: Bool
    /// 0-based level index of the blind schedule.
    public let level: Int
    public let buttonSeat: Int
    public let blinds: BlindLevel
    public let board: [Card]
    /// Chips paid out of the pots (nil while running).
    public let totalPot: Chips?
    /// Seats that won chips (nil while running).
    public let winnerSeats: [Int]?
    /// Their names in this hand (an imported table's seats change hands).
    public let winnerNames: [String]?
    public let showdown: Bool?
    public let startedAt: Date
    public let endedAt: Date?
}

/// Where one seat finished a tournament.
public struct TournamentResult: Hashable, Sendable, Codable {
    public let game: GameID
    public let seat: Int
    public let name: String
    public let isHuman: Bool
    public let place: Int
    public let handsPlayed: Int
    public let eliminatedAtHand: Int?
    /// The seat that won the busting pot (the first winner on a split).
    public let eliminatedBySeat: Int?
}

/// The human's record over every finished game (derived by a query; nothing is cached).
public struct CareerStats: Hashable, Sendable, Codable {
    public let gamesPlayed: Int
    public let gamesWon: Int
    public let bestPlace: Int?
    public let worstPlace: Int?
    public let averagePlace: Double?
    /// Opponents the human busted.
    public let eliminations: Int
    public let handsPlayed: Int
    /// Largest single pot the human won a share of.
    public let biggestPotWon: Chips
}
