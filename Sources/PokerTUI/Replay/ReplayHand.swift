import PokerEngine
import PokerStore

/// A stored hand made ready to step through: the hand after every decision, what each
/// decision was, and for AI decisions the verdict and inner monologue.
public struct ReplayHand: Hashable, Sendable {
    /// One decision of the hand.
    public struct Step: Hashable, Sendable {
        public var seat: Int
        /// "Ada raises to 240".
        public var text: String
        public var street: Street
        /// "mistake · best was fold · 2.3 bb lost · equity 31% vs ranges".
        public var verdict: String?
        public var isMistake: Bool
        /// The LLM's private reasoning, when it gave one.
        public var monologue: String?
        public var strategy: String?
    }

    public var id: Int64
    public var game: Int64
    public var number: Int
    /// Name of every seat at the table, by seat number.
    public var seatNames: [String]
    public var handSeats: [Int]
    public var button: Int
    public var blinds: BlindLevel
    public var humanSeat: Int?
    /// `frames[0]` is the hand as dealt; `frames[k]` after decision k.
    public var frames: [Hand]
    /// `steps[k - 1]` is decision k.
    public var steps: [Step]
    /// What was said at the table during the hand.
    public var talk: [StoredMessage]
    /// The pot and equities as each street began, and the all-in equities (see `streets(of:)`).
    public var streets: [StreetSummary] = []

    /// The frame showing the first card of `street` (the last frame when it was never dealt).
    public func frame(reaching street: Street) -> Int {
        frames.firstIndex { $0.board.count >= street.boardSize } ?? frames.count - 1
    }

    /// The street a frame is on, by board size.
    public func street(atFrame index: Int) -> Street {
        let board = frames[index].board.count
        return board >= 5 ? .river : board == 4 ? .turn : board >= 3 ? .flop : .preflop
    }
}
