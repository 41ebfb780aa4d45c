import PokerEngine

/// Everything the picture of a table needs — seats, cards, chips, board, pots — from the live
/// game or from a replayed hand. The felt and seat panels are drawn from this alone.
public struct TableScene: Sendable {
    /// Name of each seat, by seat number (sanitised when drawn).
    public var seatNames: [String]
    /// Chips of each seat outside a hand (seats not dealt in show these).
    public var seatStacks: [Chips]
    /// Finishing place of busted seats.
    public var places: [Int?]
    /// Seat of each position in the hand.
    public var handSeats: [Int]
    public var button: Int
    public var hand: Hand?
    public var handNumber: Int
    /// Face-up cards for this position (the human), or every hand when `revealAll`.
    public var viewer: Int?
    public var revealAll = false
    /// During a paced run-out: how many board cards are shown.
    public var shownBoard: Int?
    /// The seat whose AI decision runs, and for how long so far.
    public var thinking: (seat: Int, elapsed: Duration)?
    /// Mood line per seat (display emotion and tilt).
    public var moods: [Int: [Span]] = [:]
    /// The latest thing each seat said or did this hand.
    public var bubbles: [Int: [Span]] = [:]
    /// The human's seat (its panel shows the strength of its hand).
    public var humanSeat: Int?
    /// Level-ups, eliminations…
    public var notices: [String] = []
    /// Amounts in big blinds of this size (nil: in chips).
    public var bigBlind: Chips?
    /// Seats the human keeps notes on (marked beside the name).
    public var notedSeats: Set<Int> = []
    /// Positions whose cards were shown after the hand by choice.
    public var shownByChoice: Set<Int> = []
    /// Name the human's draws beside the made hand.
    public var namesDraws = true

    /// A scene for `hand` (nil: between hands) seen by `viewer`.
    public init(seatNames: [String], seatStacks: [Chips], places: [Int?], handSeats: [Int], button: Int,
                hand: Hand?, handNumber: Int, viewer: Int?) {
        self.seatNames = seatNames
        self.seatStacks = seatStacks
        self.places = places
        self.handSeats = handSeats
        self.button = button
        self.hand = hand
        self.handNumber = handNumber
        self.viewer = viewer
    }

    /// True while a run-out is still hiding part of the board.
    public var isRunningOut: Bool { shownBoard.map { $0 < (hand?.board.count ?? 0) } ?? false }

    /// The board as it may be shown now.
    public var visibleBoard: [Card] {
        guard let hand else { return [] }
        return Array(hand.board.prefix(shownBoard ?? hand.board.count))
    }

    /// Chips won by each position in a finished hand.
    public var winnings: [Int: Chips] {
        guard let hand, hand.isComplete else { return [:] }
        var won: [Int: Chips] = [:]
        for case let .potAwarded(_, _, _, winners, shares, _) in hand.events {
            for (p, share) in zip(winners, shares) { won[p, default: .zero] += share }
        }
        return won
    }

    /// Stack of a position as shown now: before the pots are paid while a run-out is shown.
    public func stack(ofPosition p: Int) -> Chips {
        guard let hand else { return .zero }
        return isRunningOut ? hand.stacks[p] - (winnings[p] ?? .zero) : hand.stacks[p]
    }

    /// Every chip in the middle as shown now.
    public var potTotal: Chips {
        guard let hand else { return .zero }
        return hand.isComplete ? winnings.values.reduce(.zero, +) : hand.potTotal
    }

    /// The pots as shown now (the paid pots while a run-out is shown).
    public var pots: [Pot] {
        guard let hand else { return [] }
        if hand.isComplete {
            return hand.events.compactMap { event in
                if case let .potAwarded(_, amount, eligible, _, _, _) = event { Pot(amount: amount, eligible: eligible) } else { nil }
            }
        }
        return hand.pots
    }

    /// The seat to act (none during a run-out or after the hand).
    public var actorSeat: Int? { hand?.actor.map { handSeats[$0] } }

    /// The seat of the small and big blind in this hand (no small blind when it is dead).
    public var blindSeats: (small: Int?, big: Int?) {
        guard handSeats.count >= 2 else { return (nil, nil) }
        if let config = hand?.config, config.playerCount == handSeats.count {
            return (config.smallBlindPosition.map { handSeats[$0] }, config.bigBlindPosition.map { handSeats[$0] })
        }
        return handSeats.count == 2 ? (handSeats[1], handSeats[0]) : (handSeats[0], handSeats[1])
    }

    /// Whether position `p`'s cards are face up in this picture.
    public func showsCards(ofPosition p: Int) -> Bool {
        guard let hand else { return false }
        // A hand an imported history never showed is face down even in a replay.
        return (revealAll && !hand.config.isHidden(p)) || p == viewer || hand.shown[p] || shownByChoice.contains(p)
    }

    /// Chips as this scene shows them (big blinds when asked).
    func amount(_ chips: Chips) -> String { Format.amount(chips, bigBlind: bigBlind) }

    /// What `p` did last on the current street, as a short label ("raise to 240"), if anything.
    public func lastAction(ofPosition p: Int) -> String? {
        guard let hand else { return nil }
        for event in hand.events.reversed() {
            switch event {
            case .boardDealt: return nil
            case let .folded(q) where q == p: return "fold"
            case let .checked(q) where q == p: return "check"
            case let .called(q, amount, _) where q == p: return "call \(self.amount(amount))"
            case let .betOrRaised(q, to, _, _, opening) where q == p: return (opening ? "bet " : "raise to ") + self.amount(to)
            case let .blindPosted(q, amount) where q == p: return "blind \(self.amount(amount))"
            default: continue
            }
        }
        return nil
    }
}
