import PokerEngine

/// One player's hand, summarised: money, showdown, and the flags HUD statistics count.
///
/// Everything here is public information except ``holeCards``, which only the player itself
/// (and replays) may use; opponent models read ``shownCards`` instead.
public struct PlayerRecap: Codable, Sendable, Hashable {
    /// Physical seat.
    public var seat: Int
    /// Position index in the hand (0 = left of the button).
    public var position: Int
    public var name: String
    public var startingStack: Chips
    public var finishingStack: Chips
    /// Chips put in the pot (blinds and antes included, uncalled chips returned excluded).
    public var putIn: Chips
    /// Chips received from pots.
    public var won: Chips
    /// `finishingStack − startingStack`.
    public var net: Chips
    /// ``net`` in big blinds.
    public var netBigBlinds: Double
    /// The player's own cards. Private: only this seat's own mind may read them.
    public var holeCards: [Card]
    /// Cards shown face up at showdown (nil when mucked or never shown).
    public var shownCards: [Card]?
    /// The rank announced with the shown cards.
    public var shownRank: HandRank?
    /// Was dealt in when the flop came (had not folded).
    public var sawFlop: Bool
    /// Still in the hand at showdown (shown or mucked there).
    public var wentToShowdown: Bool
    /// Received chips from a pot decided at showdown.
    public var wonAtShowdown: Bool
    /// Won a pot everyone else folded to.
    public var wonUncontested: Bool
    /// The street where the player folded.
    public var foldedOn: Street?
    /// Put all their chips in.
    public var wentAllIn: Bool
    /// Equity when the last money went in (supplied by the caller for all-in showdowns).
    public var allInEquity: Double?

    /// Voluntarily put chips in preflop (a call or raise; blinds and a free check do not count).
    public var vpip = false
    /// Raised preflop.
    public var pfr = false
    /// Faced exactly one preflop raise (the open) and could re-raise.
    public var threeBetOpportunity = false
    /// Re-raised at that opportunity.
    public var threeBet = false
    /// Was the preflop aggressor and first to bet on the flop (nobody had bet before them).
    public var cbetOpportunity = false
    /// Bet the flop at that opportunity.
    public var cbetMade = false
    /// Acted on the flop facing the preflop aggressor's continuation bet (no raise yet).
    public var facedCbet = false
    /// Folded to that continuation bet.
    public var foldedToCbet = false
    /// Bets and raises on the flop, turn and river.
    public var postflopBetsRaises = 0
    /// Calls on the flop, turn and river.
    public var postflopCalls = 0
    /// Folds on the flop, turn and river.
    public var postflopFolds = 0
    /// Checks on the flop, turn and river.
    public var postflopChecks = 0
    /// The last street on which the player bet or raised.
    public var lastAggressionStreet: Street?

    /// Lost every chip in this hand.
    public var eliminated: Bool { finishingStack == .zero && startingStack > .zero }

    /// What became of the hand for this player.
    public var outcome: HandOutcome {
        if net > .zero { return .won }
        if let street = foldedOn { return .folded(street) }
        if wentToShowdown && net < .zero { return .lostAtShowdown }
        return .brokeEven
    }
}
