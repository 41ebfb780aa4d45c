import PokerTestSupport
import Testing
@testable import PokerEngine

@Suite struct HandRulesTests {
    @Test func headsUpButtonPostsSmallBlindAndActsFirstPreflopLastAfter() throws {
        // Position 0 is the big blind, position 1 the button.
        var hand = try scriptedHand(stacks: [1000, 1000], blinds: [5, 10], hole: ["AsAh", "KdKc"], board: "2c3d4h9sTs")
        #expect(hand.bets == [10, 5])
        #expect(hand.actor == 1)
        try hand.play([(1, .checkOrCall), (0, .checkOrCall)])
        #expect(hand.street == .flop)
        #expect(hand.actor == 0, "the big blind acts first after the flop")
    }

    @Test func bigBlindHasTheOptionInALimpedPot() throws {
        var hand = try scriptedHand(stacks: [500, 500, 500], blinds: [5, 10], hole: ["AsAh", "KdKc", "QsQh"])
        try hand.play([(2, .checkOrCall), (0, .checkOrCall)])
        let legal = try #require(hand.legalActions)
        #expect(legal.player == 1)
        #expect(legal.callAmount == 0)
        #expect(!legal.canFold, "folding with a free check is not allowed")
        #expect(legal.minRaiseTo == 20)
        #expect(throws: RuleError.foldWhenCheckIsFree(player: 1)) { try hand.apply(.fold, by: 1) }
    }

    @Test func shortAllInDoesNotReopenBettingForPlayersWhoActed() throws {
        // 1/2, UTG opens to 20, the button goes all-in for 25 (a raise of 5, less than a full
        // raise), both blinds call. Back to UTG: call 5 or fold, no raise (WSOP Rule 96).
        var hand = try scriptedHand(stacks: [500, 500, 500, 25], blinds: [1, 2],
                                    hole: ["AsAh", "KdKc", "QsQh", "JdJc"])
        try hand.play([(2, .betOrRaise(to: 20)), (3, .betOrRaise(to: 25)), (0, .checkOrCall), (1, .checkOrCall)])
        let legal = try #require(hand.legalActions)
        #expect(legal.player == 2)
        #expect(legal.callAmount == 5)
        #expect(legal.minRaiseTo == nil)
        #expect(legal.raiseBlock == .shortAllInDoesNotReopen)
        #expect(throws: RuleError.raiseNotAllowed(player: 2, reason: .shortAllInDoesNotReopen)) {
            try hand.apply(.betOrRaise(to: 100), by: 2)
        }
    }

    @Test func shortAllInStillLetsPlayersWhoHaveNotActedRaise() throws {
        var hand = try scriptedHand(stacks: [500, 500, 500, 25], blinds: [1, 2],
                                    hole: ["AsAh", "KdKc", "QsQh", "JdJc"])
        try hand.play([(2, .betOrRaise(to: 20)), (3, .betOrRaise(to: 25))])
        let legal = try #require(hand.legalActions)
        #expect(legal.player == 0)
        #expect(legal.minRaiseTo == 43, "min raise-to = 25 + the last full raise of 18")
    }

    @Test(arguments: [(185, true), (175, false)])
    func shortAllInsAddingUpToAFullRaiseReopenTheBetting(secondAllIn: Int, reopens: Bool) throws {
        // 10/20: UTG (p2) raises to 100, a raise of 80. p3 goes all-in to 140 (+40), then p4 to
        // 185 (+45): together 85 >= 80, a full raise, so UTG may raise again (WSOP Rule 96a).
        // With p4 all-in to 175 (+35) they add up to 75 only: UTG may just call or fold.
        var hand = try scriptedHand(stacks: [1000, 1000, 1000, 140, secondAllIn], blinds: [10, 20],
                                    hole: ["AsAh", "KdKc", "QsQh", "JdJc", "TdTc"])
        try hand.play([(2, .betOrRaise(to: 100)), (3, .betOrRaise(to: 140)), (4, .betOrRaise(to: Chips(secondAllIn))),
                       (0, .checkOrCall), (1, .fold)])
        let legal = try #require(hand.legalActions)
        #expect(legal.player == 2)
        #expect(legal.canRaise == reopens)
        if reopens { #expect(legal.minRaiseTo == 265, "185 + the largest full raise increment 80") }
    }

    @Test func noRaiseWhenNobodyCanCall() throws {
        var hand = try scriptedHand(stacks: [1000, 100, 1000], blinds: [5, 10], hole: ["AsAh", "KdKc", "QsQh"])
        try hand.play([(2, .fold), (0, .betOrRaise(to: 1000))])
        let legal = try #require(hand.legalActions)
        #expect(legal.player == 1)
        #expect(legal.callAmount == 90)
        #expect(legal.raiseBlock == .stackOnlyCoversCall)
    }

    @Test func uncalledBetIsReturned() throws {
        var hand = try scriptedHand(stacks: [1000, 300, 1000], blinds: [5, 10], hole: ["AsAh", "KdKc", "QsQh"],
                                    board: "2c3d4h9sTs")
        try hand.play([(2, .betOrRaise(to: 800)), (0, .fold), (1, .checkOrCall)])
        #expect(hand.events.contains(.uncalledBetReturned(player: 2, amount: 500)))
        #expect(hand.isComplete)
        #expect(hand.finishingStacks == [995, 605, 700], "KK beats QQ: 300 + 300 + the small blind's 5")
    }

    @Test func allInForLessThanTheBigBlindPostsWhatItHas() throws {
        // BB has 6 chips for a 10 blind; later players call the largest bet posted (PokerKit).
        var hand = try scriptedHand(stacks: [500, 6, 500], blinds: [5, 10], hole: ["2c7d", "AsAh", "KdKc"],
                                    board: "QhJs3c8d4s")
        #expect(hand.bets == [5, 6, 0])
        let legal = try #require(hand.legalActions)
        #expect(legal.player == 2)
        #expect(legal.callAmount == 6)
        #expect(legal.minRaiseTo == 16)
        try hand.play([(2, .checkOrCall), (0, .fold)])
        #expect(hand.finishingStacks == [495, 17, 494], "AA wins 6 + 6 + the small blind's 5")
    }

    @Test func foldedChipsStayInThePotsTheyWentInto() throws {
        // p0 all-in 100; p1 and p2 put in 300 each, then p2 folds on the river to a bet.
        var hand = try scriptedHand(stacks: [100, 1000, 1000], blinds: [5, 10],
                                    hole: ["7c2d", "AsAh", "KdKc"], board: "QhJs3c8d4s")
        try hand.play([(2, .betOrRaise(to: 300)), (0, .checkOrCall), (1, .checkOrCall)])
        #expect(hand.street == .flop)
        try hand.play([(1, .checkOrCall), (2, .checkOrCall)])
        try hand.play([(1, .checkOrCall), (2, .checkOrCall)])
        try hand.play([(1, .betOrRaise(to: 200)), (2, .fold)])
        // Main pot 300 (AA beats 72), side pot 400 from the folded KK: all to AA.
        #expect(hand.finishingStacks == [0, 1400, 700])
        let total = hand.finishingStacks?.sum()
        #expect(total == 2100)
    }

    @Test func sidePotsGoToDifferentWinners() throws {
        // p0 (short, best hand) wins the main pot; p1 beats p2 for the side pot.
        var hand = try scriptedHand(stacks: [50, 500, 500], blinds: [5, 10],
                                    hole: ["AsAh", "KdKc", "QsQh"], board: "2c3d4h9sTd")
        try hand.play([(2, .betOrRaise(to: 200)), (0, .checkOrCall), (1, .checkOrCall)])
        try hand.play([(1, .betOrRaise(to: 300)), (2, .checkOrCall)])
        #expect(hand.isComplete)
        #expect(hand.finishingStacks == [150, 900, 0])
    }

    @Test func oddChipGoesToTheFirstWinnerLeftOfTheButton() throws {
        // Three players split a 45-chip pot... p0 folds its 5; p1 and p2 chop 25 + 5 dead = 25? No:
        // pot = 5 (SB folded) + 10 + 10 = 25: 13 to p1 (left of the button first), 12 to p2.
        var hand = try scriptedHand(stacks: [100, 100, 100], blinds: [5, 10],
                                    hole: ["2c7d", "AsKd", "AhKc"], board: "QhJsTc3d4s")
        try hand.play([(2, .checkOrCall), (0, .fold), (1, .checkOrCall)])
        for _ in 0..<3 { try hand.play([(1, .checkOrCall), (2, .checkOrCall)]) }
        #expect(hand.finishingStacks == [95, 103, 102])
    }


    /// A hand from the PokerKit differential run: two losing all-ins (15 and 28 chips) and a
    /// folded player's chips form three pots that p1 and p7 (positions 0 and 6) split with equal
    /// hands. WSOP Rule 74 splits each pot on its own: 75 → 38/37 and 627 → 314/313, so
    /// position 0 (first left of the button) gets two odd chips. PokerKit kills the losing hands,
    /// merges the three pots into 754 and splits it 377/377.
    @Test(arguments: [(PotSplitRule.wsop, [378, 199, 0, 522, 0, 123, 737]),
                      (PotSplitRule.pokerKit, [377, 199, 0, 522, 0, 123, 738])])
    func oddChipsWhenTiedPlayersShareSeveralPots(rule: PotSplitRule, expected: [Int]) throws {
        var hand = try scriptedHand(stacks: [237, 451, 28, 522, 15, 123, 583], blinds: [1, 2],
                                    hole: ["Kc2h", "7hAs", "QcTd", "6s9c", "AcQd", "8c6c", "5dKs"],
                                    board: "4sJs7c8sKd", rule: rule)
        try hand.play([(2, .checkOrCall), (3, .fold), (4, .betOrRaise(to: 15)), (5, .fold), (6, .checkOrCall),
                       (0, .checkOrCall), (1, .betOrRaise(to: 252)), (2, .checkOrCall), (6, .betOrRaise(to: 583)),
                       (0, .checkOrCall), (1, .fold)])
        #expect(hand.finishingStacks?.map(\.rawValue) == expected)
    }

    @Test func threeWayChopGivesTheOddChipLeftOfTheButton() throws {
        // Everyone plays the board (a royal flush): 3 × 10 + 1 dead... 31 chips? Use an ante of 1
        // from a folded fourth player: pot 3 × 10 + 1 = 31 → 11/10/10 to positions 0, 1, 2.
        var hand = try scriptedHand(stacks: [100, 100, 100, 100], blinds: [5, 10], antes: [0, 0, 0, 1],
                                    trimming: false, hole: ["2c3d", "2d3c", "2h3s", "4c5d"], board: "AsKsQsJsTs")
        try hand.play([(2, .checkOrCall), (3, .fold), (0, .checkOrCall), (1, .checkOrCall)])
        for _ in 0..<3 { try hand.play([(0, .checkOrCall), (1, .checkOrCall), (2, .checkOrCall)]) }
        #expect(hand.finishingStacks == [101, 100, 100, 99])
    }
}
