import Testing
import PokerEngine
@testable import PokerStrategy

/// The O(n) terminal evaluations (sorted strengths, prefix sums, per-card corrections) against
/// a brute-force sum over every pair of hands.
@Suite struct ShowdownEvaluationTests {
    /// Builds a small tree on `board` with random ranges and returns it with random opponent reaches.
    func setup(board: String, seed: UInt64, chance: ChanceOptions = .full, density: Double = 0.15) throws -> SubgameTree {
        let root = SubgameRoot(board: SolverFixtures.cards(board), pot: 100, stacks: [50, 50], toAct: 0, minBet: 2)
        let problem = SubgameProblem(root: root, ranges: [SolverFixtures.randomWeights(seed: seed, density: density),
                                                          SolverFixtures.randomWeights(seed: seed + 1, density: density)],
                                     abstraction: BetAbstraction(sizing: BetSizing(bets: [], raiseMultiples: [])),
                                     chance: chance)
        return try SubgameTreeBuilder.build(problem)
    }

    func reach(_ count: Int, seed: UInt64) -> [Float] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in rng.next() % 5 == 0 ? 0 : Float(rng.next() % 1000) / 1000 }
    }

    /// Runs one terminal evaluation for `traverser` with the given opponent reach.
    func evaluate(_ tree: SubgameTree, traverser: Int, oppReach: [Float],
                  _ body: (TreeWalker, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
        let workspace = Workspace(tree: tree)
        let dummy = MutableBuffer<Float>(count: 1)
        let walker = TreeWalker(tree: tree, mode: .average, workspace: workspace, strategies: (dummy.base, dummy.base))
        var result = [Float](repeating: 0, count: tree.handCount(traverser))
        oppReach.withUnsafeBufferPointer { opp in
            result.withUnsafeMutableBufferPointer { out in body(walker, opp.baseAddress!, out.baseAddress!) }
        }
        return result
    }

    func bruteForce(_ tree: SubgameTree, traverser i: Int, oppReach: [Float], board: CardSet) -> [Double] {
        let mine = tree.hands[i].combos, theirs = tree.hands[1 - i].combos
        return mine.map { hand in
            guard hand.cards.isDisjoint(with: board) else { return 0 }
            let mine = HandEvaluator.evaluate(board.union(hand.cards))
            var sum = 0.0
            for (g, other) in theirs.enumerated() where other.cards.isDisjoint(with: hand.cards.union(board)) {
                let theirs = HandEvaluator.evaluate(board.union(other.cards))
                sum += Double(oppReach[g]) * (mine > theirs ? 1 : mine < theirs ? -1 : 0)
            }
            return sum
        }
    }

    @Test(arguments: [(UInt64(1), 0), (UInt64(7), 1), (UInt64(21), 0)])
    func riverShowdownMatchesBruteForce(seed: UInt64, traverser: Int) throws {
        let tree = try setup(board: "Ks Qd 7h 4c 2s", seed: seed)
        let board = CardSet(SolverFixtures.cards("Ks Qd 7h 4c 2s"))
        let opp = reach(tree.handCount(1 - traverser), seed: seed + 100)
        let fast = evaluate(tree, traverser: traverser, oppReach: opp) { walker, r, out in
            out.update(repeating: 0, count: tree.handCount(traverser))
            walker.addShowdown(table: 0, amount: 1, traverser: traverser, oppReach: r, result: out)
        }
        let slow = bruteForce(tree, traverser: traverser, oppReach: opp, board: board)
        #expect(tree.handCount(traverser) > 50)
        for h in slow.indices { #expect(abs(Double(fast[h]) - slow[h]) < 1e-3 * max(1, abs(slow[h]))) }
    }

    @Test func pairedBoardWithManyTiesMatchesBruteForce() throws {
        let tree = try setup(board: "8c 8d 8h 8s 2c", seed: 5)
        let board = CardSet(SolverFixtures.cards("8c 8d 8h 8s 2c"))
        let opp = reach(tree.handCount(1), seed: 9)
        let fast = evaluate(tree, traverser: 0, oppReach: opp) { walker, r, out in
            out.update(repeating: 0, count: tree.handCount(0))
            walker.addShowdown(table: 0, amount: 1, traverser: 0, oppReach: r, result: out)
        }
        let slow = bruteForce(tree, traverser: 0, oppReach: opp, board: board)
        for h in slow.indices { #expect(abs(Double(fast[h]) - slow[h]) < 1e-3 * max(1, abs(slow[h]))) }
    }

    @Test func foldValueCountsOnlyCompatibleOpponentCombos() throws {
        let tree = try setup(board: "Ks Qd 7h 4c 2s", seed: 3)
        let opp = reach(tree.handCount(1), seed: 4)
        let fast = evaluate(tree, traverser: 0, oppReach: opp) { walker, r, out in
            walker.foldValues(payoff: 2.5, traverser: 0, oppReach: r, result: out)
        }
        for (h, hand) in tree.hands[0].combos.enumerated() {
            var sum = 0.0
            for (g, other) in tree.hands[1].combos.enumerated() where other.cards.isDisjoint(with: hand.cards) {
                sum += Double(opp[g])
            }
            #expect(abs(Double(fast[h]) - 2.5 * sum) < 1e-3 * max(1, sum))
        }
    }

    @Test func turnEquityAveragesEveryRiver() throws {
        let tree = try setup(board: "Ks Qd 7h 4c", seed: 11, chance: .thisStreetThenEquity(), density: 0.05)
        let equity = try #require((0..<tree.nodeCount).first { tree.nodes[$0].kind == .equity })
        let opp = reach(tree.handCount(1), seed: 12)
        let fast = evaluate(tree, traverser: 0, oppReach: opp) { walker, r, out in
            var node = tree.nodes[equity]
            node.halfPot = 1
            walker.equityValues(node, traverser: 0, oppReach: r, result: out)
        }
        let turn = CardSet(SolverFixtures.cards("Ks Qd 7h 4c"))
        var slow = [Double](repeating: 0, count: tree.handCount(0))
        for river in Card.all where !turn.contains(river) {
            var board = turn
            board.insert(river)
            // Opponent hands holding the river are not dealt with it.
            let masked = zip(tree.hands[1].combos, opp).map { $0.cards.contains(river) ? 0 : $1 }
            for (h, value) in bruteForce(tree, traverser: 0, oppReach: masked, board: board).enumerated() {
                slow[h] += value / 44
            }
        }
        for h in slow.indices { #expect(abs(Double(fast[h]) - slow[h]) < 1e-3 * max(1, abs(slow[h]))) }
    }

    @Test func flopEquityMatrixAveragesTheSampledRunouts() throws {
        let chance = ChanceOptions.thisStreetThenEquity(runouts: 6, seed: 3)
        let tree = try setup(board: "Ks Qd 7h", seed: 13, chance: chance, density: 0.04)
        let equity = try #require((0..<tree.nodeCount).first { tree.nodes[$0].kind == .equity })
        let opp = reach(tree.handCount(0), seed: 14)
        // Player 1's view: the matrix's second orientation.
        let fast = evaluate(tree, traverser: 1, oppReach: opp) { walker, r, out in
            var node = tree.nodes[equity]
            node.halfPot = 1
            walker.equityValues(node, traverser: 1, oppReach: r, result: out)
        }
        let flop = CardSet(SolverFixtures.cards("Ks Qd 7h"))
        let deck = Card.all.filter { !flop.contains($0) }
        var all: [CardSet] = []
        for i in deck.indices { for j in deck.indices where j > i { all.append([deck[i], deck[j]]) } }
        let runouts = CardSampler.sample(all, count: 6, seed: 3, salt: flop.bits ^ 0x5EED_0F_E0_017)
        #expect(runouts.count == 6)
        var slow = [Double](repeating: 0, count: tree.handCount(1))
        for runout in runouts {
            let masked = zip(tree.hands[0].combos, opp).map { $0.cards.isDisjoint(with: runout) ? $1 : 0 }
            for (h, value) in bruteForce(tree, traverser: 1, oppReach: masked, board: flop.union(runout)).enumerated() {
                slow[h] += value * 1176 / (990 * 6)
            }
        }
        for h in slow.indices { #expect(abs(Double(fast[h]) - slow[h]) < 1e-3 * max(1, abs(slow[h]))) }
    }
}
