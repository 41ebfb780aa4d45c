import PokerEngine

/// What one seat has learned about another from hands played together, using only public
/// information (actions, stacks, shown cards). Statistics follow PokerTracker-style definitions
/// (`docs/ai-psychology.md`): VPIP, PFR, 3-bet, AF, fold to c-bet, WTSD, W$SD, bb/100.
public struct OpponentModel: Codable, Sendable, Hashable {
    /// A hand the opponent showed down.
    public struct ShownHand: Codable, Sendable, Hashable {
        public var handNumber: Int
        public var cards: [Card]
        public var board: [Card]
        public var rank: HandRank?
        public var won: Bool
        /// Whether the opponent bet or raised after the flop in that hand.
        public var wasAggressor: Bool
    }

    /// Shown hands kept (most recent).
    public static let shownHandsKept = 5

    /// Hands dealt in together.
    public private(set) var handsObserved = 0
    /// Voluntarily put chips in preflop, per hand dealt.
    public private(set) var vpip = StatCount()
    /// Raised preflop, per hand dealt.
    public private(set) var pfr = StatCount()
    /// Re-raised preflop, per opportunity (facing exactly one raise).
    public private(set) var threeBet = StatCount()
    /// Bet the flop as the preflop aggressor, per opportunity.
    public private(set) var cbet = StatCount()
    /// Folded to a flop continuation bet, per time faced.
    public private(set) var foldToCbet = StatCount()
    /// Went to showdown, per flop seen.
    public private(set) var wentToShowdown = StatCount()
    /// Won money at showdown, per showdown.
    public private(set) var wonAtShowdown = StatCount()
    /// Bets and raises after the flop.
    public private(set) var postflopBetsRaises = 0
    /// Calls after the flop.
    public private(set) var postflopCalls = 0
    /// Folds after the flop.
    public private(set) var postflopFolds = 0
    /// Net result in big blinds over the hands observed.
    public private(set) var netBigBlinds = 0.0
    /// The last few hands shown down, oldest first.
    public private(set) var shownHands: [ShownHand] = []

    public init() {}

    /// Counts one hand the opponent was dealt in (public facts only: `holeCards` are not read).
    public mutating func record(_ player: PlayerRecap, in recap: HandRecap) {
        handsObserved += 1
        vpip.record(player.vpip)
        pfr.record(player.pfr)
        if player.threeBetOpportunity { threeBet.record(player.threeBet) }
        if player.cbetOpportunity { cbet.record(player.cbetMade) }
        if player.facedCbet { foldToCbet.record(player.foldedToCbet) }
        if player.sawFlop { wentToShowdown.record(player.wentToShowdown) }
        if player.wentToShowdown { wonAtShowdown.record(player.wonAtShowdown) }
        postflopBetsRaises += player.postflopBetsRaises
        postflopCalls += player.postflopCalls
        postflopFolds += player.postflopFolds
        netBigBlinds += player.netBigBlinds
        if let cards = player.shownCards {
            let all = CardSet(cards + recap.board)
            let rank = player.shownRank ?? (all.count >= 5 ? HandEvaluator.evaluate(all) : nil)
            shownHands.append(ShownHand(handNumber: recap.handNumber, cards: cards, board: recap.board,
                                        rank: rank, won: player.wonAtShowdown,
                                        wasAggressor: player.postflopBetsRaises > 0))
            if shownHands.count > Self.shownHandsKept { shownHands.removeFirst(shownHands.count - Self.shownHandsKept) }
        }
    }

    /// Aggression factor after the flop: (bets + raises) ÷ calls. With no calls it is the number
    /// of bets and raises (so it still grows); nil when there was no postflop action at all.
    public var aggressionFactor: Double? {
        if postflopCalls > 0 { return Double(postflopBetsRaises) / Double(postflopCalls) }
        return postflopBetsRaises > 0 ? Double(postflopBetsRaises) : nil
    }

    /// Aggression frequency after the flop: (bets + raises) ÷ (bets + raises + calls + folds).
    public var aggressionFrequency: Double? {
        let total = postflopBetsRaises + postflopCalls + postflopFolds
        return total > 0 ? Double(postflopBetsRaises) / Double(total) : nil
    }

    /// Big blinds won per 100 hands observed.
    public var bigBlindsPer100: Double? { handsObserved > 0 ? netBigBlinds / Double(handsObserved) * 100 : nil }
}
