import PokerEngine

extension ReplayHand {
    /// One street of a replayed hand: the pot when it began and each live player's equity then
    /// (all-in equities when nobody could bet any more). Hands the record never saw (imported
    /// opponents who mucked) count as random hands and are marked unknown.
    public struct StreetSummary: Hashable, Sendable {
        public struct Share: Hashable, Sendable {
            public var position: Int
            public var equity: Double
            public var isKnown: Bool
        }

        public var street: Street
        public var pot: Chips
        public var shares: [Share]
        /// True when every live player but one (at most) was all-in.
        public var isAllIn: Bool
    }

    /// Monte Carlo samples before the turn or with unknown hands (about ±1 percentage point).
    static let equitySamples = 3_000

    /// The pot and equities when each street began (preflop: after the forced bets), and — when
    /// the hand was decided all-in before the river — the all-in equities when the cards turned
    /// up (`isAllIn`).
    static func streets(of hand: Hand) -> [StreetSummary] {
        var pot = Chips.zero
        var folded = Set<Int>()
        var out: [StreetSummary] = []
        var street = Street.preflop
        var board = 0
        func snapshot(allIn: Bool) {
            let live = (0..<hand.playerCount).filter { !folded.contains($0) }
            out.append(StreetSummary(street: street, pot: pot,
                                     shares: equities(hand, live: live, board: Array(hand.board.prefix(board))), isAllIn: allIn))
        }
        var dealt = false
        for event in hand.events {
            switch event {
            case let .antePosted(_, amount), let .blindPosted(_, amount), let .called(_, amount, _): pot += amount
            case let .betOrRaised(_, _, added, _, _): pot += added
            case let .uncalledBetReturned(_, amount): pot -= amount
            case let .folded(p): folded.insert(p)
            case .holeCardsDealt:
                if !dealt { snapshot(allIn: false) }
                dealt = true
            case let .boardDealt(next, cards):
                street = next
                board += cards.count
                snapshot(allIn: false)
            case .showed where board < 5 && !out.contains(where: \.isAllIn):
                snapshot(allIn: true)
            default: break
            }
        }
        return out
    }

    static func equities(_ hand: Hand, live: [Int], board: [Card]) -> [StreetSummary.Share] {
        guard live.count >= 2 else { return live.map { StreetSummary.Share(position: $0, equity: 1, isKnown: !hand.config.isHidden($0)) } }
        let ranges = live.map { p -> HandRange in
            let cards = hand.holeCards[p]
            guard !hand.config.isHidden(p), cards.count == 2, let holes = HoleCards(cards[0], cards[1]) else { return .random }
            return HandRange(holes)
        }
        guard let problem = try? EquityProblem(ranges: ranges, board: board) else { return [] }
        let seed = UInt64(truncatingIfNeeded: CardSet(board).bits) &+ UInt64(live.count)
        // Exact from the turn on when every hand is known (at most 44 boards), else sampled.
        let exact = board.count >= 4 && live.allSatisfy { !hand.config.isHidden($0) }
        guard let result = try? Equity.calculate(problem, method: exact ? .exact : .monteCarlo(.fixed(equitySamples, seed: seed)))
        else { return [] }
        return live.enumerated().map { k, p in
            StreetSummary.Share(position: p, equity: result.equity[k], isKnown: !hand.config.isHidden(p))
        }
    }
}
