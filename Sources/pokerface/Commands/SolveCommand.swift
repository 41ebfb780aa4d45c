import ArgumentParser
import Foundation
import PokerEngine
import PokerStrategy

/// `pokerface solve --board … --oop-range … --ip-range … --pot … --stacks …`: a heads-up
/// postflop spot solved by discounted CFR; the strategy per hand class (or combo), each action's
/// EV and the exploitability.
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a heads-up postflop spot: strategy per hand class, action EVs, exploitability.",
        discussion: """
            Player 0 is out of position (OOP, first to act after the flop), player 1 in position \
            (IP). Amounts are chips; --bets are this street's bets in front of each player ("raise \
            to" totals) and --pot counts every chip in the middle, those bets included. Ranges use \
            the notation of 'pokerface equity' (QQ+, AKs, A5s-A2s, AhKh, weights like KQo:0.5).

            Bet sizes are percentages of the pot; raises are to a multiple of the bet faced; all-in \
            is always offered, and a bet leaving less than a third of the stack behind becomes \
            all-in. On the turn every river is dealt (or --rivers N sampled); on the flop use \
            --horizon street (this street, then all-in equity) unless you can wait. EVs are chips \
            won back from the pot minus chips added from this decision on (folding is 0).

            --line walks down the tree before printing: steps like 'check,bet 75,call,Kc'.
            """)

    @Option(help: "Board cards (3 to 5), e.g. 'Ks Qd 7h 4c 2s'.") var board: String
    @Option(help: "The out-of-position player's range.") var oopRange: String
    @Option(help: "The in-position player's range.") var ipRange: String
    @Option(help: "Chips in the middle, this street's bets included.") var pot: Int
    @Option(help: "Chips behind: one amount for both, or 'OOP,IP'.") var stacks: String
    @Option(help: "This street's bets, 'OOP,IP'.") var bets = "0,0"
    @Option(help: "Who acts: oop or ip (ip facing no bet means oop checked).") var toAct = "oop"
    @Option(help: "The minimum bet (big blind).") var minBet = 1
    @Option(help: "The last full raise on this street (default: read from --bets).") var lastRaise: Int?
    @Option(help: "Raises on this street so far, the opening bet not counted (default: read from --bets).")
    var raisesSoFar: Int?
    @Option(help: "Bet sizes in percent of the pot.") var sizes = "33,75,100"
    @Option(help: "Raise sizes: multiples of the bet faced.") var raise = "2.75"
    @Option(help: "Bet sizes on later streets (default: --sizes).") var laterSizes: String?
    @Option(help: "Raises per street before only all-in remains.") var maxRaises = 3
    @Flag(help: "Let the out-of-position player lead into the previous street's aggressor.") var donk = false
    @Option(help: "full (every street) or street (this street, then all-in equity).") var horizon = "full"
    @Option(help: "Sample this many river cards per turn deal (default: all).") var rivers: Int?
    @Option(help: "Sample this many turn cards per flop deal (default: all).") var turns: Int?
    @Option(help: "Sample this many two-card runouts for flop equity (default: all).") var runouts: Int?
    @Option(help: "Seed for sampled cards.") var seed: UInt64 = 0
    @Option(help: "Stop after this many iterations.") var iterations = 1_000
    @Option(help: "Stop once exploitability is at most this percentage of the pot.") var target = 0.5
    @Option(help: "Show the decision after these steps (comma-separated actions and cards).") var line: String?
    @Flag(help: "One row per combo instead of per hand class.") var combos = false
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        do {
            let problem = try makeProblem()
            let solution = try SubgameSolver.solve(problem)
            let path = try steps(in: solution)
            guard let node = solution.node(at: path), let values = solution.values(at: path) else {
                throw SolveInputError.notADecision(line ?? "")
            }
            let report = SolveReport(solution: solution, node: node, values: values, perCombo: combos)
            if json {
                print(try JSONOutput.encode(report))
            } else {
                print(report.text)
            }
        } catch let error as SolveInputError {
            try fail(error.description)
        } catch let error as SubgameError {
            try fail(error.description)
        }
    }

    private func fail(_ message: String) throws -> Never {
        TerminalOutput.standardError("Error: \(message)\n")
        throw ExitCode.failure
    }
}
