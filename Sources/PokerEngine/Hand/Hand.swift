/// One No-Limit Texas Hold'em hand as a value. `start` posts the forced bets and deals; each
/// `apply` performs one betting decision and every automatic step that follows (collecting bets,
/// returning uncalled chips, dealing streets, all-in run-outs, showdown, awarding pots) and
/// returns the events that happened. Rules follow the 2024 WSOP tournament rules as PokerKit
/// 0.7.7 implements them (see ARCHITECTURE.md for the decisions).
///
/// Players are **position indices** (PHH order): 0 is left of the button (small blind), the last
/// is the button; heads-up 0 is the big blind and 1 the button/small blind.
public struct Hand: Hashable, Sendable, Codable {
    public let config: HandConfig
    /// The deck, positioned after the cards already dealt (burns included).
    public internal(set) var deck: Deck
    public internal(set) var stacks: [Chips]
    /// Chips in front of each player on the current street.
    public internal(set) var bets: [Chips]
    /// Everything each player has put in this hand so far (bets included, returns excluded).
    public internal(set) var committed: [Chips]
    /// Antes actually posted (dead money when `config.anteTrimming` is false).
    public internal(set) var antesPosted: [Chips]
    /// False once a player folds or mucks.
    public internal(set) var inHand: [Bool]
    public internal(set) var holeCards: [[Card]]
    /// True once a player's hole cards are face up.
    public internal(set) var shown: [Bool]
    public internal(set) var board: [Card] = []
    public internal(set) var street: Street = .preflop
    public internal(set) var isComplete = false
    /// The append-only log of this hand.
    public internal(set) var events: [HandEvent] = []
    /// Chips paid out of the pots so far.
    public internal(set) var paidOut: Chips = .zero

    // Betting-round state (PokerKit: actor_indices, acted_player_indices,
    // completion_betting_or_raising_amount, consecutive_short_all_in_amounts, opener_index).
    var actorQueue: [Int] = []
    var acted: [Bool]
    var raiseIncrement: Chips = .zero
    var shortAllIns: [Chips] = []
    var opener = 0
    /// Every remaining player is all-in (or all but one): cards are shown and the board runs out.
    public internal(set) var isAllInRunout = false
    /// Players still in the hand when the showdown began (WSOP pot eligibility).
    var liveAtShowdown: [Bool]?

    public var playerCount: Int { config.playerCount }

    /// The player to act, or nil when the hand is over.
    public var actor: Int? { isComplete ? nil : actorQueue.first }

    /// Deals a new hand from `deck` (dealt from the front: hole cards one at a time starting at
    /// position 0, a burn before each street). Forced bets are posted, hole cards dealt, and the
    /// hand stops at the first decision (or runs to the end when nobody can act).
    public static func start(_ config: HandConfig, deck: Deck) throws(HandConfigError) -> Hand {
        try config.validate()
        let needed = 2 * config.playerCount + 8
        guard deck.remainingCount >= needed else { throw .deckTooSmall(needed: needed, have: deck.remainingCount) }
        var seen = CardSet()
        for card in deck.remaining {
            if seen.contains(card) { throw .duplicateCardInDeck(card) }
            seen.insert(card)
        }
        var hand = Hand(config: config, deck: deck)
        hand.postForcedBets()
        hand.dealHoleCards()
        hand.beginBettingRound()
        hand.runAutomaticSteps()
        hand.debugCheckInvariants()
        return hand
    }

    init(config: HandConfig, deck: Deck) {
        let n = config.playerCount
        self.config = config
        self.deck = deck
        stacks = config.startingStacks
        bets = Array(repeating: .zero, count: n)
        committed = Array(repeating: .zero, count: n)
        antesPosted = Array(repeating: .zero, count: n)
        inHand = Array(repeating: true, count: n)
        holeCards = Array(repeating: [], count: n)
        shown = Array(repeating: false, count: n)
        acted = Array(repeating: false, count: n)
        events.reserveCapacity(2 * n + 24)
        actorQueue.reserveCapacity(n)
    }

    /// What the player to act may do, or nil when nobody is to act.
    public var legalActions: LegalActions? {
        guard let p = actor else { return nil }
        return legalActions(for: p)
    }

    /// Checks `action` by `player` without changing anything.
    public func validate(_ action: Action, by player: Int) throws(RuleError) {
        guard let p = actor else { throw .handIsOver }
        guard p == player else { throw .notYourTurn(expected: p, got: player) }
        try legalActions(for: p).validate(action)
    }

    /// Performs `action` for `player` and every automatic step after it; returns the new events.
    @discardableResult
    public mutating func apply(_ action: Action, by player: Int) throws(RuleError) -> ArraySlice<HandEvent> {
        try validate(action, by: player)
        let before = events.count
        switch action {
        case .fold: fold(player)
        case .checkOrCall: checkOrCall(player)
        case let .betOrRaise(amount): betOrRaise(player, to: amount)
        }
        runAutomaticSteps()
        debugCheckInvariants()
        return events[before...]
    }

    /// Stacks at the end of the hand (nil while it is running).
    public var finishingStacks: [Chips]? { isComplete ? stacks : nil }

    /// Number of players who have not folded or mucked.
    public var liveCount: Int { inHand.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// The largest bet on this street.
    public var currentBet: Chips { bets.max() ?? .zero }

    /// All chips in the middle: pots plus bets on this street.
    public var potTotal: Chips { committed.sum() - paidOut }
}
