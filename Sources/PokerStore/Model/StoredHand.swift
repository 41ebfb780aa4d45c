import Foundation
import PokerEngine

/// A stored hand with everything needed to replay it exactly: the engine configuration, the
/// full deck in dealing order and the event log. Position index p is `seats[p]` at the table.
public struct StoredHand: Sendable {
    public let id: HandID
    public let game: GameID
    public let number: Int
    public let isComplete: Bool
    /// 0-based level index of the blind schedule.
    public let level: Int
    public let buttonSeat: Int
    public let blinds: BlindLevel
    /// Seat of each position index.
    public let seats: [Int]
    /// Player name of each position index.
    public let names: [String]
    public let config: HandConfig
    /// The whole deck as it was before dealing.
    public let deck: Deck
    /// The hand's event log (the current events of a running hand).
    public let events: [HandEvent]
    public let board: [Card]
    public let finishingStacks: [Chips]?
    /// The PHH text of a complete hand.
    public let phh: String?
    public let startedAt: Date
    public let endedAt: Date?
    /// Seats at the table (N-max), for exports.
    public let seatCount: Int
    /// Table messages of this hand, oldest first.
    public internal(set) var messages: [StoredMessage] = []
    /// Where an imported hand came from; nil for hands played here.
    public internal(set) var origin: HandOrigin?
}

/// An imported hand's source: the site and its hand number, the file, the hero, the unit.
public struct HandOrigin: Hashable, Sendable {
    public let site: String
    public let siteHand: String
    public let tournament: String?
    public let tableName: String
    public let sourceFile: String
    public let sourceLine: Int
    /// The seat whose cards were dealt face up to the history's owner.
    public let heroSeat: Int?
    /// Chips are 10^-chipDecimals of the site's unit (2: cents).
    public let chipDecimals: Int
    public let currency: String?
    public let rake: Chips
}
