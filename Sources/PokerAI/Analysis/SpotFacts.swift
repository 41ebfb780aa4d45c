import PokerEngine

/// The numbers of a decision spot, from the deciding seat's view.
public struct SpotFacts: Hashable, Sendable, Codable {
    public var street: Street
    public var position: Int
    public var positionName: String
    public var playerCount: Int
    /// Opponents still in the hand.
    public var opponents: [Int]
    /// Opponents contesting the pot: after the flop everyone still in; before it, those who have
    /// put chips in beyond an ante (blinds, calls, raises). Players yet to act with nothing in
    /// usually fold, so equity is measured against the contestants.
    public var contesting: [Int]
    public var holeCards: [Card]
    public var board: [Card]
    public var bigBlind: Chips
    /// Everything in the middle (pots and bets).
    public var pot: Chips
    public var toCall: Chips
    public var stack: Chips
    /// What calling could win at most, side pots considered (every player's chips up to the
    /// caller's total, the caller's own included).
    public var winnable: Chips
    /// Smallest stack behind among the hero and live opponents (for the stack-to-pot ratio).
    public var effectiveStack: Chips

    public init(view: SeatView, context: TableContext) {
        let me = view.seat
        street = view.street
        position = me
        playerCount = view.playerCount
        positionName = TablePosition.name(position: me, playerCount: view.playerCount)
        opponents = (0..<view.playerCount).filter { $0 != me && view.inHand[$0] }
        var antes = Array(repeating: Chips.zero, count: view.playerCount)
        for case let .antePosted(p, amount) in view.events { antes[p] += amount }
        let inPot = opponents.filter { view.committed[$0] > antes[$0] }
        contesting = view.street == .preflop && !inPot.isEmpty ? inPot : opponents
        holeCards = view.holeCards
        board = view.board
        bigBlind = context.bigBlind
        pot = view.potTotal
        let legal = view.legalActions
        toCall = legal?.callAmount ?? .zero
        stack = view.stacks[me]
        let heroTotal = view.committed[me] + toCall
        winnable = (0..<view.playerCount).filter { $0 != me }.reduce(heroTotal) { $0 + min(view.committed[$1], heroTotal) }
        let others = opponents.map { view.stacks[$0] + view.bets[$0] }.max() ?? .zero
        effectiveStack = min(view.stacks[me] + view.bets[me], others)
    }

    /// Share of the final pot a call must win to break even: call ÷ winnable.
    public var requiredEquity: Double {
        toCall > .zero && winnable > .zero ? Double(toCall.rawValue) / Double(winnable.rawValue) : 0
    }

    /// Stack-to-pot ratio (effective stack over the pot).
    public var stackToPot: Double {
        pot > .zero ? Double(effectiveStack.rawValue) / Double(pot.rawValue) : 99
    }

    public var stackInBigBlinds: Double { stack.inBigBlinds(bigBlind) }
    public var potInBigBlinds: Double { pot.inBigBlinds(bigBlind) }
    public var preflopClass: PreflopClass? { holeCards.count == 2 ? PreflopClass(holeCards[0], holeCards[1]) : nil }
}

/// Equity of the deciding seat in a spot, by Monte Carlo with a fixed seed.
public enum SpotEquity {
    /// Equity (0…1) of `holeCards` against `ranges` (one per live opponent) on `board`.
    public static func equity(holeCards: [Card], board: [Card], ranges: [HandRange], samples: Int, seed: UInt64,
                              targetStandardError: Double? = nil) -> (equity: Double, standardError: Double)? {
        guard holeCards.count == 2, let mine = HoleCards(holeCards[0], holeCards[1]), !ranges.isEmpty else { return nil }
        guard let problem = try? EquityProblem(ranges: [HandRange(mine)] + ranges, board: board) else { return nil }
        let options = MonteCarloOptions(maxSamples: samples, targetStandardError: targetStandardError, seed: seed)
        guard let result = try? Equity.monteCarlo(problem, options: options) else { return nil }
        return (result.equity[0], result.standardError?.first ?? 0)
    }
}
