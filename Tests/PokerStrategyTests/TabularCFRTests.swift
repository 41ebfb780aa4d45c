import Testing
@testable import PokerStrategy

@Suite struct TabularCFRTests {
    @Test func kuhnConvergesToTheKnownValue() throws {
        var solver = try TabularCFR(game: KuhnPoker())
        #expect(solver.infoSets.count == 12)
        solver.iterate(1)
        let early = solver.exploitability
        solver.iterate(2_999)
        #expect(abs(solver.expectedPayoff - (-1.0 / 18)) < 1e-4)
        #expect(solver.exploitability < 2e-4)
        #expect(solver.exploitability < early / 50)
    }

    @Test func kuhnStrategyHasTheEquilibriumShape() throws {
        var solver = try TabularCFR(game: KuhnPoker())
        solver.iterate(3_000)
        // Player 1 with the king always calls a bet, with the jack always folds to one;
        // with the queen it calls a third of the time (Kuhn's equilibrium, unique for player 1).
        let kingCalls = try #require(solver.averageStrategy(at: "1:2:1"))
        let jackFacesBet = try #require(solver.averageStrategy(at: "1:0:1"))
        let queenFacesBet = try #require(solver.averageStrategy(at: "1:1:1"))
        #expect(kingCalls[1] > 0.99)
        #expect(jackFacesBet[0] > 0.99)
        #expect(abs(queenFacesBet[1] - 1.0 / 3) < 0.02)
        // Player 0 bets the king three times as often as it bluffs the jack.
        let jackOpens = try #require(solver.averageStrategy(at: "0:0:"))[1]
        let kingOpens = try #require(solver.averageStrategy(at: "0:2:"))[1]
        #expect(abs(kingOpens - 3 * jackOpens) < 0.03)
    }

    @Test func bestResponseBeatsAnUntrainedStrategy() throws {
        let solver = try TabularCFR(game: KuhnPoker())
        // Uniform play is exploitable: each best response gains a clear amount.
        #expect(solver.exploitability > 0.1)
        #expect(solver.bestResponseValue(player: 0) > solver.expectedPayoff)
    }

    @Test func malformedGamesAreRefused() {
        struct BadChance: ExtensiveFormGame {
            var root: Int { 0 }
            func node(at state: Int) -> GameNode<Int> { state == 0 ? .chance(probabilities: [0.5, 0.4]) : .terminal(payoff: 0) }
            func state(after state: Int, branch: Int) -> Int { 1 }
        }
        #expect(throws: TabularGameError.invalidChance([0.5, 0.4])) { try TabularCFR(game: BadChance()) }
    }
}
