import Testing
import PokerEngine
@testable import PokerStrategy

/// The classic river game with a closed form, played through the real No-Limit solver: a
/// polarised bettor (sets or air) against a bluff-catcher (top pair), one bet size s × pot, no
/// raises. At equilibrium the bettor's bluffs are s / (1 + 2s) of its bets (the catcher is
/// indifferent) and the catcher calls 1 / (1 + s) of the time (a bluff is indifferent).
@Suite struct RiverToyGameTests {
    /// Sets (77, 44: 6 combos) and air (96 combos of J/T/9/8 high) against AK (12 combos) on a
    /// board where they share no rank, so card removal plays no part.
    func solve(size: Double) throws -> SubgameSolution {
        let root = SolverFixtures.riverRoot(pot: 100, stack: 10_000)
        let bettor = BetSizing(bets: [size], raiseMultiples: [], allIn: false)
        let abstraction = BetAbstraction(oop: bettor, ip: .passive, laterOOP: bettor, laterIP: .passive,
                                         maxRaisesPerStreet: 0)
        let problem = SubgameProblem(root: root, ranges: [SolverFixtures.range("77,44,JT,J9,T9,98,J8,T8"),
                                                          SolverFixtures.range("AK")],
                                     abstraction: abstraction,
                                     stop: StopRule(maxIterations: 1_500, targetExploitability: 0.002, checkEvery: 100))
        return try SubgameSolver.solve(problem)
    }

    @Test(arguments: [0.5, 1.0, 2.0])
    func bluffShareAndCallFrequencyMatchTheClosedForm(size: Double) throws {
        let solution = try solve(size: size)
        let bet = SolverAction.bet(to: Chips(Int(size * 100)))
        #expect(solution.root.actions == [.check, bet])
        var bluffs = 0.0, bets = 0.0
        for combo in HoleCards.all where solution.root.ranges[0][combo.index] > 0 {
            let betting = solution.root.strategy[1][combo.index]
            bets += betting
            if !combo.isPair { bluffs += betting }
        }
        #expect(abs(bluffs / bets - size / (1 + 2 * size)) < 0.01)
        let facingBet = try #require(solution.node(at: [.action(bet)]))
        #expect(facingBet.actions == [.fold, .call(Chips(Int(size * 100)))])
        #expect(abs(facingBet.rangeStrategy[1] - 1 / (1 + size)) < 0.01)
        #expect(solution.exploitabilityPercent < 0.05)
    }

    @Test func theValueOfTheGameMatchesTheClosedForm() throws {
        // Pot-sized bet: the bettor wins the pot with its 6 sets, plus 6 × 1/2 pot from the calls
        // of the value bets, and its bluffs break even; its air checks and loses.
        let solution = try solve(size: 1)
        let values = solution.rootValues
        let expected = (6 * (100 + 0.5 * 100)) / 102
        #expect(abs(values.rangeEV - expected) < 0.5)
        // Sets always bet; betting is worth more to them than checking.
        let set = try #require(HoleCards("7c7d"))
        #expect(try #require(solution.root.strategy(for: set))[1] > 0.99)
        #expect(values.evs[1][set.index] > values.evs[0][set.index])
    }
}
