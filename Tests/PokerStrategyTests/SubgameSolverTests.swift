import Testing
import PokerEngine
@testable import PokerStrategy

/// The No-Limit subgame solver on small spots (debug builds stay fast); the 500-combo spots are
/// in `SolverHeavyTests` and the bench.
@Suite struct SubgameSolverTests {
    static let oop = "KQ,K7s,QJs,JTs,T9s,98s,77,44,22,AK,A5s,KJs,QTs"
    static let ip = "AA,KK,QQ,AK,AQ,KJ,KT,QJ,JT,T9s,87s,65s,A2s"

    func riverProblem(stop: StopRule = StopRule(maxIterations: 400, targetExploitability: 0.3)) -> SubgameProblem {
        SubgameProblem(root: SolverFixtures.riverRoot(pot: 100, stack: 400),
                       ranges: [SolverFixtures.range(Self.oop), SolverFixtures.range(Self.ip)], stop: stop)
    }

    @Test func riverExploitabilityFallsBelowHalfAPercentOfThePot() throws {
        let early = try SubgameSolver.solve(riverProblem(stop: StopRule(maxIterations: 2, targetExploitability: nil)))
        let solved = try SubgameSolver.solve(riverProblem())
        #expect(solved.exploitabilityPercent < 0.3)
        #expect(early.exploitabilityPercent > 10 * solved.exploitabilityPercent)
        #expect(solved.iterations < 400)
        #expect(solved.exploitability > 0)
    }

    @Test func theNutsNeverFoldAndStrategiesAreDistributions() throws {
        let solution = try SubgameSolver.solve(riverProblem())
        let facing = try #require(solution.node(at: [.action(.bet(to: 75))]))
        #expect(facing.player == 1 && facing.actions.first == .fold)
        // Top set on K Q 7 4 2 with no straight or flush possible is the nuts.
        for combo in ["KhKd", "KhKc", "KdKc"].compactMap(HoleCards.init) {
            let strategy = try #require(facing.strategy(for: combo))
            #expect(strategy[0] < 1e-3)
            #expect(abs(strategy.reduce(0, +) - 1) < 1e-4)
        }
        for combo in HoleCards.all where facing.ranges[1][combo.index] > 0 {
            #expect(abs(facing.strategy.reduce(0) { $0 + $1[combo.index] } - 1) < 1e-4)
        }
    }

    @Test func sameInputsGiveTheSameAnswer() throws {
        let a = try SubgameSolver.solve(riverProblem()), b = try SubgameSolver.solve(riverProblem())
        #expect(a.iterations == b.iterations && a.exploitability == b.exploitability)
        #expect(a.root.strategy == b.root.strategy && a.rootValues.evs == b.rootValues.evs)
    }

    @Test func actionValuesFollowTheConvention() throws {
        // Out of position bet 40 into 200 and faces a raise to 120: folding is worth 0, and the
        // value of each combo is its strategy's mix of the action values.
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h 4c 2s"), pot: 360, bets: [40, 120],
                               stacks: [360, 280], toAct: 0, lastFullRaise: 80, raisesThisStreet: 1, minBet: 20)
        let problem = SubgameProblem(root: root, ranges: [SolverFixtures.range(Self.oop), SolverFixtures.range(Self.ip)])
        let solution = try SubgameSolver.solve(problem)
        let values = solution.rootValues
        #expect(values.actions == [.fold, .call(80), .allIn(to: 400)])
        for combo in HoleCards.all where solution.root.ranges[0][combo.index] > 0 {
            #expect(values.evs[0][combo.index] == 0)
            let mixed = zip(solution.root.strategy, values.evs).reduce(0) { $0 + $1.0[combo.index] * $1.1[combo.index] }
            #expect(abs(mixed - values.ev[combo.index]) < 1e-6 * max(1, abs(mixed)))
        }
        // 77 (a set) calls for a profit: it wins more than the 80 it adds.
        let set = try #require(HoleCards("7c7d"))
        #expect(values.evs[1][set.index] > 80)
        #expect(values.rangeEV >= 0)
    }

    @Test func turnSpotDealsRiversAndNarrowsRanges() throws {
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h 4c"), pot: 100, stacks: [300, 300], toAct: 0, minBet: 2)
        let lean = BetSizing(bets: [0.75], raiseMultiples: [])
        let problem = SubgameProblem(root: root, ranges: [SolverFixtures.range("KQ,QJs,T9s,77,A5s"),
                                                          SolverFixtures.range("AK,QQ,JT,98s,65s")],
                                     abstraction: BetAbstraction(sizing: lean, maxRaisesPerStreet: 1),
                                     chance: ChanceOptions(riverCards: 5, seed: 9),
                                     stop: StopRule(maxIterations: 300, targetExploitability: 0.5))
        let solution = try SubgameSolver.solve(problem)
        #expect(solution.exploitabilityPercent < 0.5)
        let chance = try #require(solution.node(at: [.action(.check), .action(.check)]))
        #expect(chance.kind == .chance && chance.cards.count == 5)
        let river = try #require(chance.cards.first)
        let next = try #require(solution.node(at: [.action(.check), .action(.check), .card(river)]))
        #expect(next.board.count == 5 && next.board.last == river && next.player == 0)
        for combo in HoleCards.all where combo.cards.contains(river) { #expect(next.ranges[0][combo.index] == 0) }
        // A check-check line keeps only the hands that checked.
        let checked = try #require(solution.node(at: [.action(.check)]))
        #expect(checked.ranges[0] == zip(solution.root.ranges[0], solution.root.strategy[0]).map { $0 * $1 })
        #expect(solution.node(at: [.action(.bet(to: 1))]) == nil)
        let unsampled = try #require(Card.all.first { !chance.cards.contains($0) && !chance.board.contains($0) })
        #expect(solution.node(at: [.action(.check), .action(.check), .card(unsampled)]) == nil)
    }

    @Test func flopCoarseModeSolvesThisStreet() throws {
        let root = SubgameRoot(board: SolverFixtures.cards("Ks Qd 7h"), pot: 100, stacks: [500, 500], toAct: 0, minBet: 2)
        let problem = SubgameProblem(root: root, ranges: [SolverFixtures.range("KQ,QJs,T9s,77,A5s,AJ"),
                                                          SolverFixtures.range("AK,QQ,JT,98s,65s,A7s")],
                                     chance: .thisStreetThenEquity(runouts: 50, seed: 1),
                                     stop: StopRule(maxIterations: 500, targetExploitability: 0.5))
        let solution = try SubgameSolver.solve(problem)
        #expect(solution.exploitabilityPercent < 0.5)
        let closed = try #require(solution.node(at: [.action(.check), .action(.check)]))
        #expect(closed.kind == .equity && closed.board.count == 3)
    }

    @Test func badProblemsAreRefusedWithTheReason() {
        let root = SolverFixtures.riverRoot()
        func solve(_ ranges: [[Double]], abstraction: BetAbstraction = BetAbstraction(), nodes: Int = 2_000_000) throws {
            _ = try SubgameSolver.solve(SubgameProblem(root: root, ranges: ranges, abstraction: abstraction, nodeLimit: nodes))
        }
        let good = SolverFixtures.weights(SolverFixtures.range("AA"))
        #expect(throws: SubgameError.rangeSize(player: 1, count: 3)) { try solve([good, [1, 2, 3]]) }
        #expect(throws: SubgameError.emptyRange(player: 1)) {
            try solve([good, SolverFixtures.weights(SolverFixtures.range("KsKh,QdQh"))])
        }
        #expect(throws: SubgameError.rangesNeverCompatible) {
            try solve([SolverFixtures.weights(SolverFixtures.range("AhAd")), SolverFixtures.weights(SolverFixtures.range("AhAd"))])
        }
        var negative = good
        negative[0] = -1
        #expect(throws: SubgameError.invalidWeight(player: 0, combo: HoleCards.all[0])) { try solve([negative, good]) }
        #expect(throws: SubgameError.invalidSetting("bet size -1.0 × pot must be positive")) {
            try solve([good, good], abstraction: BetAbstraction(sizing: BetSizing(bets: [-1])))
        }
        #expect(throws: SubgameError.treeTooLarge(nodes: 11, limit: 10)) { try solve([good, good], nodes: 10) }
    }
}
