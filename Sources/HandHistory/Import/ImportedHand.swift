import Foundation
import PokerEngine

/// A hand read from another site's hand history and checked by the engine: every action was
/// legal and the pots and the amounts collected are reproduced. Lists are in position order
/// (the engine's: left of the button first). Amounts are in `unit`.
public struct ImportedHand: Sendable {
    /// `PokerStars`.
    public var site: String
    /// The site's hand number (unique per site).
    public var handNumber: String
    public var tournament: String?
    public var tableName: String
    /// Seats at the table (`6-max`): at least the highest seat number.
    public var tableSize: Int
    /// 1-based seat of the button (possibly an empty seat).
    public var buttonSeat: Int
    /// 1-based seat of each position.
    public var seatNumbers: [Int]
    public var names: [String]
    /// Position of the player whose hole cards were dealt face up to the file's owner.
    public var hero: Int?
    /// 1-based tournament level; nil in cash games.
    public var level: Int?
    public var blinds: BlindLevel
    /// The smallest unit of the amounts (cents in a `$0.01/$0.02` game).
    public var unit: ChipUnit
    /// `USD`, `EUR`… for real-money cash games.
    public var currency: String?
    /// Rake taken from the pot (cash games); the engine pays the whole pot, so the winner's
    /// finishing stack here includes it.
    public var rake: Chips
    public var startedAt: Date?
    /// The deck in dealing order (unknown hole cards replaced by stand-ins, see `StandInCards`).
    public var deck: Deck
    /// The hand played by the engine; `hand.config.hiddenHands` lists the unknown hands.
    public var hand: Hand
    /// The hand's original text and where it was.
    public var text: String
    public var source: String
    public var firstLine: Int

}
