import PokerEngine
import PokerTestSupport
import Testing
@testable import PokerStrategy

/// Ranges that listen: the range model narrows each player's range from its actions.
@Suite struct RangeModelTests {
    /// Share of a belief's weight held by combos whose best five make at least `category`.
    static func share(_ belief: RangeBelief, board: [Card], atLeast category: HandCategory) -> Double {
        let boardSet = CardSet(board)
        var strong = 0.0, total = 0.0
        for (i, hole) in HoleCards.all.enumerated() where belief.weights[i] > 0 && hole.cards.isDisjoint(with: boardSet) {
            total += belief.weights[i]
            if HandEvaluator.evaluate([hole.high, hole.low] + board).category >= category { strong += belief.weights[i] }
        }
        return total > 0 ? strong / total : 0
    }

    /// A button open, a big-blind call and a flop on 4♣T♥4♥, as in the raise war the issue found.
    static func flopHand() throws -> Hand {
        var hand = try scriptedHand(stacks: Array(repeating: 400_000, count: 6), blinds: [10, 20],
                                    hole: ["8c8d", "AsTc", "2c3d", "5s6s", "7h9c", "KhKd"], board: "4cTh4hQs2s")
        try hand.play([(2, .fold), (3, .fold), (4, .fold), (5, .betOrRaise(to: 50)), (0, .fold), (1, .checkOrCall)])
        return hand
    }

    @Test func nineRaisesLeaveOnlyVeryStrongHands() throws {
        var hand = try Self.flopHand()
        var bet = Chips(30)
        try hand.apply(.checkOrCall, by: 1)
        try hand.apply(.betOrRaise(to: bet), by: 5)
        for raise in 0..<8 {
            bet = bet * 3
            try hand.apply(.betOrRaise(to: bet), by: raise % 2 == 0 ? 1 : 5)
        }
        let view = hand.view(for: 1)
        let beliefs = RangeModel.beliefs(view: view)
        let board = Array(view.board)
        let raiser = beliefs[5]
        let strongAfterWar = Self.share(raiser, board: board, atLeast: .threeOfAKind)
        let before = RangeModel.beliefs(line: BettingLine(config: view.config, events: Array(view.events.prefix(while: {
            if case .boardDealt = $0 { false } else { true }
        }))), board: board)[5]
        let strongBefore = Self.share(before, board: board, atLeast: .threeOfAKind)
        #expect(strongBefore < 0.15, "before the flop action trips or better are rare: \(strongBefore)")
        #expect(strongAfterWar > 0.7, "nine raises leave mostly trips or better: \(strongAfterWar)")
    }

    @Test func aCheckBackCapsTheRange() throws {
        var hand = try Self.flopHand()
        try hand.apply(.checkOrCall, by: 1)
        let beforeCheck = RangeModel.beliefs(view: hand.view(for: 1))[5]
        try hand.apply(.checkOrCall, by: 5)
        let view = hand.view(for: 1)
        let afterCheck = RangeModel.beliefs(view: view)[5]
        let board = Array(view.board.prefix(3))
        let strongBefore = Self.share(beforeCheck, board: board, atLeast: .twoPair)
        let strongAfter = Self.share(afterCheck, board: board, atLeast: .twoPair)
        #expect(strongAfter < strongBefore * 0.5, "checking back removes most strong hands: \(strongBefore) → \(strongAfter)")
    }

    @Test func anOpenNarrowsToTheOpeningRangeAndAFoldIsNotInformativePostflop() throws {
        var hand = try scriptedHand(stacks: Array(repeating: 2_000, count: 6), blinds: [10, 20],
                                    hole: ["8c8d", "AsTc", "2c3d", "5s6s", "7h9c", "KhKd"])
        try hand.apply(.betOrRaise(to: 50), by: 2)
        let beliefs = RangeModel.beliefs(view: hand.view(for: 3))
        let utg = beliefs[2]
        func weight(_ name: String) -> Double {
            let cls = PreflopClass(name)!
            return cls.combos.map { utg.weights[$0.index] }.reduce(0, +) / Double(cls.comboCount)
        }
        #expect(weight("AA") > 0.9)
        #expect(weight("72o") < 0.05)
        let share = utg.mass / Double(HoleCards.all.count)
        #expect(share > 0.1 && share < 0.25, "UTG opens about 17% of hands: \(share)")
    }

    @Test func combosTouchingKnownCardsAreRemoved() throws {
        let hand = try Self.flopHand()
        let view = hand.view(for: 1)
        let beliefs = RangeModel.beliefs(view: view)
        let known = CardSet(view.board + view.holeCards)
        for (i, hole) in HoleCards.all.enumerated() where !hole.cards.isDisjoint(with: known) {
            #expect(beliefs[5].weights[i] == 0)
        }
    }
}
