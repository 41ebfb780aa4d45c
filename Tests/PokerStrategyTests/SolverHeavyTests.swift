import Foundation
import Testing
import PokerEngine
@testable import PokerStrategy

/// The solver on the benchmark's realistic spots (300–600 combos a side): every one converges
/// below half a percent of the pot and never folds a hand that cannot lose. Release only:
/// POKERFACE_HEAVY_TESTS=1 (make test-release runs it; about ten seconds there).
@Suite struct SolverHeavyTests {
    static let heavy = ProcessInfo.processInfo.environment["POKERFACE_HEAVY_TESTS"] == "1"

    @Test(.enabled(if: heavy, "set POKERFACE_HEAVY_TESTS=1 (make test runs it in release)"))
    func everyRiverSpotConvergesAndNeverFoldsAHandThatCannotLose() throws {
        let spots = SolverBenchmark.riverSpots()
        #expect(spots.count == 20)
        for spot in spots {
            let solution = try SubgameSolver.solve(spot.problem)
            #expect(solution.exploitabilityPercent < 0.5, "\(spot.name)")
            #expect(spot.problem.ranges.allSatisfy { $0.filter { $0 > 0 }.count > 150 }, "\(spot.name)")
            // Facing each of the first player's bets, a hand at least as strong as anything the
            // bettor can hold never folds.
            let board = CardSet(spot.problem.root.board)
            let strength = { (combo: HoleCards) in HandEvaluator.evaluate(board.union(combo.cards)) }
            let best = HoleCards.all.filter { spot.problem.ranges[0][$0.index] > 0 && $0.cards.isDisjoint(with: board) }
                .map(strength).max()
            for action in solution.root.actions where action.isAggressive {
                let facing = try #require(solution.node(at: [.action(action)]))
                for combo in HoleCards.all where facing.ranges[1][combo.index] > 0 {
                    guard let best, strength(combo) >= best else { continue }
                    #expect(facing.strategy[0][combo.index] < 0.01, "\(spot.name): \(combo) folds to \(action)")
                }
            }
        }
    }

    @Test(.enabled(if: heavy, "set POKERFACE_HEAVY_TESTS=1 (make test runs it in release)"))
    func turnAndFlopModesConverge() throws {
        let spots = SolverBenchmark.turnSpots(riverCards: 6) + SolverBenchmark.turnSpots(count: 1)
            + SolverBenchmark.flopSpots(count: 2)
        for spot in spots {
            let solution = try SubgameSolver.solve(spot.problem)
            #expect(solution.exploitabilityPercent < 0.5, "\(spot.name)")
            #expect(solution.iterations < spot.problem.stop.maxIterations, "\(spot.name)")
        }
    }

    @Test(.enabled(if: heavy, "set POKERFACE_HEAVY_TESTS=1 (make test runs it in release)"))
    func riverToyGameMatchesTheClosedFormClosely() throws {
        for size in [0.5, 1.0, 2.0] {
            let solution = try RiverToyGameTests().solve(size: size)
            let facing = try #require(solution.node(at: [.action(solution.root.actions[1])]))
            #expect(abs(facing.rangeStrategy[1] - 1 / (1 + size)) < 0.002)
        }
    }
}
