import Foundation
import PokerEngine

/// The store as a reader of played games: the menu's lists, the hand browser, stats, exports and
/// the table's history. Reads never wait for the writer (they run on their own connections), and
/// nothing here can change a game. `GameStore` is the one implementation; screens take this role
/// instead of the whole store.
public protocol GameLibrary: Sendable {
    /// The database file these reads come from (for messages).
    var path: String { get }
    /// Every game, newest first.
    func games() async throws(StoreError) -> [GameSummary]
    /// A saved game with its setup and state.
    func loadGame(_ id: GameID) async throws(StoreError) -> SavedGame
    /// The hands of a game, in order.
    func hands(game: GameID) async throws(StoreError) -> [HandSummary]
    /// One hand with its events.
    func hand(_ id: HandID) async throws(StoreError) -> StoredHand
    /// A game's hand by its number.
    func hand(game: GameID, number: Int) async throws(StoreError) -> StoredHand
    /// Every finished hand of a game with its events.
    func completeHands(game: GameID) async throws(StoreError) -> [StoredHand]
    /// Finishing places of a game.
    func results(game: GameID) async throws(StoreError) -> [TournamentResult]
    /// The player's figures over every game.
    func careerStats() async throws(StoreError) -> CareerStats
    /// The player's notes on a game's seats, by seat.
    func notes(game: GameID) async throws(StoreError) -> [Int: String]
    /// A hand as PokerStars text.
    func pokerStarsText(hand id: HandID, heroSeat: Int?, buyIn: String) async throws(StoreError) -> String
}

extension GameStore: GameLibrary {}
