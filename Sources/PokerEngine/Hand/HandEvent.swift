/// Everything that happens in a hand, in order. The append-only log of these events is the
/// single source for replay, the on-screen log, storage and tests. Players are position indices.
public enum HandEvent: Hashable, Sendable, Codable {
    case antePosted(player: Int, amount: Chips)
    /// A blind or straddle (the amount may be short when the stack is).
    case blindPosted(player: Int, amount: Chips)
    case holeCardsDealt(player: Int, cards: [Card])
    /// Board cards for a new street (three on the flop, one on the turn and river).
    case boardDealt(street: Street, cards: [Card])
    case folded(player: Int)
    case checked(player: Int)
    case called(player: Int, amount: Chips, allIn: Bool)
    /// `to` is the street total in front of the player; `added` the chips just put in.
    case betOrRaised(player: Int, to: Chips, added: Chips, allIn: Bool, opening: Bool)
    /// Chips nobody matched, returned to their owner when the street's bets are collected
    /// (also ante excess under ante trimming, as PokerKit does).
    case uncalledBetReturned(player: Int, amount: Chips)
    case showed(player: Int, cards: [Card], rank: HandRank?)
    case mucked(player: Int)
    /// One pot (main = index 0) paid out: `shares` parallels `winners`; `rank` is the winning
    /// hand (nil when everybody else folded).
    case potAwarded(pot: Int, amount: Chips, eligible: [Int], winners: [Int], shares: [Chips], rank: HandRank?)
    case handEnded(finishingStacks: [Chips])

    /// The acting player for betting events, the affected player otherwise (nil for board/pot/end).
    public var player: Int? {
        switch self {
        case let .antePosted(p, _), let .blindPosted(p, _), let .holeCardsDealt(p, _), let .folded(p),
             let .checked(p), let .called(p, _, _), let .betOrRaised(p, _, _, _, _), let .uncalledBetReturned(p, _),
             let .showed(p, _, _), let .mucked(p):
            p
        case .boardDealt, .potAwarded, .handEnded: nil
        }
    }

    /// True for a player's own betting decision.
    public var isDecision: Bool { decision != nil }

    /// The acting player and the action that produced a betting decision (nil for other
    /// events): what to apply to replay the hand.
    public var decision: (player: Int, action: Action)? {
        switch self {
        case let .folded(p): (p, .fold)
        case let .checked(p), let .called(p, _, _): (p, .checkOrCall)
        case let .betOrRaised(p, to, _, _, _): (p, .betOrRaise(to: to))
        default: nil
        }
    }
}
