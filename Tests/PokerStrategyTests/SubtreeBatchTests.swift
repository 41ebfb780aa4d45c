import Testing
import PokerEngine
@testable import PokerStrategy

/// Chance-free subtrees are walked in batches (three sweeps, terminals eight at a time); the plain
/// recursive walk must give the same values, in every mode, on trained strategies.
@Suite struct SubtreeBatchTests {
    func compare(_ problem: SubgameProblem) throws {
        let tree = try SubgameTreeBuilder.build(problem)
        #expect(tree.largestBatch > 1)
        let trainer = SubgameTrainer(tree: tree)
        for _ in 0..<25 { trainer.iterate() }
        trainer.refreshAverage()
        for mode in [TreeWalker.Mode.average, .bestResponse] {
            for player in 0..<2 {
                var results: [[Float]] = []
                for batched in [true, false] {
                    var walker = trainer.averageWalker(mode: mode)
                    walker.batchesSubtrees = batched
                    var result = [Float](repeating: 0, count: tree.handCount(player))
                    result.withUnsafeMutableBufferPointer { out in
                        walker.walk(0, traverser: player, oppReach: trainer.weights[1 - player].base,
                                    ownReach: trainer.weights[player].base, result: out.baseAddress!)
                    }
                    results.append(result)
                }
                let scale = results[1].map(abs).max() ?? 1
                for (a, b) in zip(results[0], results[1]) { #expect(abs(a - b) <= 1e-4 * max(scale, 1)) }
                #expect(results[0].contains { $0 != 0 })
            }
        }
    }

    @Test func riverRootMatchesTheRecursiveWalk() throws {
        try compare(SubgameProblem(root: SolverFixtures.riverRoot(pot: 100, stack: 400),
                                   ranges: [SolverFixtures.range(SubgameSolverTests.oop),
                                            SolverFixtures.range(SubgameSolverTests.ip)]))
    }

    @Test func riversBelowATurnMatchTheRecursiveWalk() throws {
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h 4c"), pot: 100, stacks: [300, 300], toAct: 0, minBet: 2)
        try compare(SubgameProblem(root: root, ranges: [SolverFixtures.range("KQ,QJs,T9s,77,A5s"),
                                                        SolverFixtures.range("AK,QQ,JT,98s,65s")],
                                   abstraction: BetAbstraction(sizing: BetSizing(bets: [0.75], raiseMultiples: [])),
                                   chance: ChanceOptions(riverCards: 4, seed: 2)))
    }
}

extension SubtreeBatchTests {
    @Test func flopEquityTreeMatchesTheRecursiveWalk() throws {
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h"), pot: 100, stacks: [500, 500], toAct: 0, minBet: 2)
        try compare(SubgameProblem(root: root, ranges: [SolverFixtures.range("KQ,QJs,T9s,77,A5s,AJ"),
                                                        SolverFixtures.range("AK,QQ,JT,98s,65s,A7s")],
                                   chance: .thisStreetThenEquity(runouts: 30, seed: 1)))
    }
}
