import Testing
import PokerEngine
import PokerTestSupport
@testable import PokerStrategy

/// The tree's actions follow the engine's rules: checked against `Hand.legalActions` in random
/// hands, and on hand-made states for the abstraction's own rules (sizes, all-in threshold,
/// raise cap, donk bets).
@Suite struct SubgameLegalityTests {
    @Test func startOfRiverOffersEverySizeAndAllIn() {
        let state = BettingState(root: SolverFixtures.riverRoot(pot: 100, stack: 400))
        #expect(state.actions(BetAbstraction()) == [.check, .bet(to: 33), .bet(to: 75), .bet(to: 100), .allIn(to: 400)])
    }

    @Test func raisesAreMultiplesOfTheBetClampedToTheMinimum() throws {
        let state = BettingState(root: SolverFixtures.riverRoot(pot: 100, stack: 400))
        guard case let .next(facing) = state.applying(.bet(to: 33)) else { throw Failure.unexpected }
        #expect(facing.actions(BetAbstraction()) == [.fold, .call(33), .raise(to: 91), .allIn(to: 400)])
        let small = BetAbstraction(sizing: BetSizing(bets: [0.33], raiseMultiples: [1.5]))
        #expect(facing.actions(small) == [.fold, .call(33), .raise(to: 66), .allIn(to: 400)])
    }

    @Test func betsLeavingLittleBehindBecomeAllIn() {
        // 120 behind a pot of 100: a pot bet leaves 20 (< 40), a 75% bet leaves 45.
        let state = BettingState(root: SolverFixtures.riverRoot(pot: 100, stack: 120))
        #expect(state.actions(BetAbstraction()) == [.check, .bet(to: 33), .bet(to: 75), .allIn(to: 120)])
        let noAllIn = BetAbstraction(sizing: BetSizing(bets: [1], allIn: false))
        #expect(noAllIn.oop.allIn == false)
        #expect(state.actions(noAllIn) == [.check, .allIn(to: 120)])
    }

    @Test func afterTheRaiseCapOnlyAllInRemains() throws {
        var state = BettingState(root: SolverFixtures.riverRoot(pot: 100, stack: 100_000))
        let abstraction = BetAbstraction(maxRaisesPerStreet: 2)
        for action in [SolverAction.bet(to: 33), .raise(to: 91), .raise(to: 250)] {
            guard case let .next(next) = state.applying(action) else { throw Failure.unexpected }
            state = next
        }
        #expect(state.raises == 2)
        #expect(state.actions(abstraction) == [.fold, .call(159), .allIn(to: 100_000)])
    }

    @Test func facingAnAllInOnlyFoldOrCall() throws {
        let state = BettingState(root: SolverFixtures.riverRoot(pot: 100, stack: 400))
        guard case let .next(facing) = state.applying(.allIn(to: 400)) else { throw Failure.unexpected }
        #expect(facing.actions(BetAbstraction()) == [.fold, .call(400)])
    }

    @Test func midStreetRootUsesTheLastFullRaise() {
        // Out of position bet 40, was raised to 120: a re-raise must reach 200.
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h"), pot: 280, bets: [40, 120], stacks: [900, 820],
                               toAct: 0, lastFullRaise: 80, raisesThisStreet: 1, minBet: 20)
        let sizing = BetAbstraction(sizing: BetSizing(bets: [], raiseMultiples: [1.2]))
        #expect(BettingState(root: root).actions(sizing) == [.fold, .call(80), .raise(to: 200), .allIn(to: 940)])
    }

    @Test func noDonkBetsIntoLastStreetsAggressorUnlessAllowed() throws {
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h 4c"), pot: 100, stacks: [400, 400], toAct: 0, minBet: 2)
        var state = BettingState(root: root)
        for action in [SolverAction.check, .bet(to: 75)] {
            guard case let .next(next) = state.applying(action) else { throw Failure.unexpected }
            state = next
        }
        guard case let .streetClosed(river) = state.applying(.call(75)) else { throw Failure.unexpected }
        #expect(river.deadPot == 250 && river.stacks == [325, 325] && river.toAct == 0)
        #expect(river.actions(BetAbstraction()) == [.check])
        #expect(river.actions(BetAbstraction(donkBets: true)) == [.check, .bet(to: 83), .bet(to: 188), .allIn(to: 325)])
    }

    @Test func rootValidationNamesTheProblem() {
        let board = SolverFixtures.cards("Ks Qd 7h")
        let cases: [(SubgameRoot, SubgameError)] = [
            (SubgameRoot(board: Array(board.prefix(2)), pot: 10, stacks: [10, 10], toAct: 0, minBet: 2), .boardSize(2)),
            (SubgameRoot(board: board, pot: 10, bets: [0, 20], stacks: [10, 10], toAct: 0, minBet: 2),
             .potSmallerThanBets(pot: 10, bets: 20)),
            (SubgameRoot(board: board, pot: 10, stacks: [0, 10], toAct: 0, minBet: 2), .actorAllIn),
            (SubgameRoot(board: board, pot: 30, bets: [20, 0], stacks: [10, 10], toAct: 0, minBet: 2), .actorAhead),
            (SubgameRoot(board: board, pot: 10, stacks: [10, 10], toAct: 1, streetHasCheck: false, minBet: 2),
             .inconsistentCheck(toAct: 1)),
            (SubgameRoot(board: board, pot: 10, stacks: [10, 10], toAct: 2, minBet: 2), .invalidPlayerToAct(2)),
        ]
        for (root, error) in cases {
            #expect(throws: error) { try root.validate() }
            #expect(!error.description.isEmpty)
        }
    }

    @Test func seatViewGivesTheEnginesState() throws {
        var hand = try scriptedHand(stacks: [1000, 1000], blinds: [10, 20], hole: ["AsKd", "QhQc"], board: "Ks Qd 7h 4c 2s")
        try hand.play([(1, .betOrRaise(to: 60)), (0, .checkOrCall), (0, .betOrRaise(to: 40)), (1, .betOrRaise(to: 120))])
        let root = try SubgameRoot(view: hand.view(for: 0))
        #expect(root == SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h"), pot: 280, bets: [40, 120], stacks: [900, 820],
                                    toAct: 0, lastFullRaise: 80, raisesThisStreet: 1, streetHasCheck: false, minBet: 20))
        let legal = try #require(hand.legalActions)
        let actions = BettingState(root: root).actions(BetAbstraction())
        #expect(actions.last == .allIn(to: try #require(legal.maxRaiseTo)))
        for action in actions { #expect(throws: Never.self) { try legal.validate(action.action) } }
    }

    /// Random hands from the engine: at every heads-up postflop decision, every action the tree
    /// offers is legal, calls and all-ins match the engine's amounts, raising is offered exactly
    /// when the engine allows it, and the state after each action matches the engine's.
    @Test func randomHandsAgreeWithTheEngine() throws {
        var rng = SeededGenerator(seed: 2024)
        var checked = 0
        let abstraction = BetAbstraction(sizing: BetSizing(bets: [0.5, 1], raiseMultiples: [2.5], raisePotFractions: [0.75]),
                                         maxRaisesPerStreet: 100, allInThreshold: 0)
        for _ in 0..<1_000 {
            _ = try RandomPlay.playHand(using: &rng) { hand in
                guard hand.street != .preflop, let legal = hand.legalActions,
                      let root = try? SubgameRoot(view: hand.view(for: legal.player)) else { return }
                let positions = SubgameRoot.positions(in: hand.view(for: legal.player))
                let state = BettingState(root: root)
                let actions = state.actions(abstraction)
                #expect(actions.contains(where: \.isAggressive) == legal.canRaise)
                for action in actions {
                    try legal.validate(action.action)
                    if case let .call(amount) = action { #expect(amount == legal.callAmount) }
                    if case let .allIn(to) = action { #expect(to == legal.maxRaiseTo) }
                    var after = hand
                    try after.apply(action.action, by: legal.player)
                    switch state.applying(action) {
                    case let .next(next):
                        let engine = try SubgameRoot(view: after.view(for: positions[next.toAct]))
                        #expect(BettingState(root: engine).bets == next.bets)
                        #expect(BettingState(root: engine).stacks == next.stacks)
                        #expect(engine.lastFullRaise.rawValue == next.lastFullRaise)
                        #expect(engine.raisesThisStreet == next.raises)
                    case .fold:
                        #expect(after.liveCount == 1)
                    case let .streetClosed(next):
                        #expect(after.street > hand.street || after.isComplete)
                        if let actor = after.actor, positions.contains(actor) {
                            let engine = try SubgameRoot(view: after.view(for: actor))
                            #expect(engine.pot.rawValue == next.deadPot && engine.stacks.map(\.rawValue) == next.stacks)
                        }
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    enum Failure: Error { case unexpected }
}
