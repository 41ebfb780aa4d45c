import ArgumentParser
import Foundation
import PokerEngine

/// `pokerface equity AsAh KdKc [--board …] [--dead …] [--exact | --samples N] [--seed S] [--json]`.
struct EquityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "equity",
        abstract: "All-in equity of two or more hands or ranges.",
        discussion: """
            A HAND is two cards (AsAh), a range, or 'random' (any two cards). Ranges are \
            comma-separated items: AA, AKs, AKo, AK (both), QQ+, A2s+, 22-55, A5s-A2s, K9o-KJo, \
            explicit combos like AhKh; any item may carry a weight, AKs:0.5 or AKs:50%. Later \
            items override earlier ones, and weight 0 removes combos. Combos that use a board or \
            dead card are dropped.

            Without --exact or --samples the answer is exact when that is cheap (about a second \
            at most), otherwise Monte Carlo until the standard error is below 0.05 percentage \
            points (at most 2,000,000 samples). Monte Carlo is deterministic for a given --seed.
            """)

    @Argument(help: "Two to ten hands or ranges, e.g. AsAh KdKc or 'QQ+,AKs' random.")
    var hands: [String] = []

    @Option(help: "Board cards (0 to 5), e.g. 'Ah Kd 2c' or AhKd2c.")
    var board = ""

    @Option(help: "Dead cards, removed from the deck.")
    var dead = ""

    @Flag(help: "Enumerate every board (and every combination of the ranges).")
    var exact = false

    @Option(help: "Monte Carlo with exactly this many samples (or at most, with --target-error).")
    var samples: Int?

    @Option(help: "Monte Carlo: stop once every standard error is at most this, in percentage points.")
    var targetError: Double?

    @Option(help: "Seed for Monte Carlo.")
    var seed: UInt64 = 0

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Option(help: "Concurrent tasks for exact enumeration and Monte Carlo (default: every core). The answer does not depend on it.")
    var threads: Int?

    /// Exact enumeration beyond this many hand evaluations (over a minute) is refused.
    static let exactLimit = 20_000_000_000

    func validate() throws {
        guard (2...EquityProblem.maxPlayers).contains(hands.count) else {
            throw ValidationError("give 2 to \(EquityProblem.maxPlayers) hands, got \(hands.count)")
        }
        if exact, samples != nil || targetError != nil {
            throw ValidationError("--exact cannot be combined with --samples or --target-error")
        }
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
        if let targetError, !(targetError > 0) { throw ValidationError("--target-error must be positive") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        _ = try method(for: try makeProblem())
    }

    func run() async throws {
        let problem = try makeProblem()
        let result: EquityResult
        do {
            // The work runs on every core (or --threads); the answer does not depend on how many.
            result = try await Equity.calculate(problem, method: try method(for: problem),
                                                tasks: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch let error as EquityError {
            TerminalOutput.standardError("Error: \(error.description)\n")
            throw ExitCode.failure
        }
        if json {
            print(try JSONOutput.encode(EquityReport(hands: hands, result: result)))
        } else {
            print(EquityReport(hands: hands, result: result).text)
        }
    }

    private func makeProblem() throws -> EquityProblem {
        var ranges: [HandRange] = []
        for (index, hand) in hands.enumerated() {
            do {
                ranges.append(try HandRange(parsing: hand))
            } catch {
                throw ValidationError("hand \(index + 1): \(error.description)")
            }
        }
        do {
            return try EquityProblem(ranges: ranges, board: try Card.parseDistinct(board),
                                     dead: try Card.parseDistinct(dead))
        } catch let error as CardParseError {
            throw ValidationError(error.description)
        } catch let error as EquityError {
            throw ValidationError(error.description)
        }
    }

    private func method(for problem: EquityProblem) throws -> Equity.Method {
        let target = targetError.map { $0 / 100 }
        if let samples {
            return .monteCarlo(MonteCarloOptions(maxSamples: samples, targetStandardError: target, seed: seed))
        }
        if let target {
            return .monteCarlo(MonteCarloOptions(targetStandardError: target, seed: seed))
        }
        guard exact else { return .automatic(MonteCarloOptions(seed: seed)) }
        guard let cost = Equity.exactEvaluations(problem, limit: Self.exactLimit), cost <= Self.exactLimit else {
            throw ValidationError("exact enumeration is too large here; use --samples N for Monte Carlo")
        }
        return .exact
    }
}

/// What `pokerface equity` prints; equities and standard errors in percent.
struct EquityReport: Encodable {
    var hands: [String]
    var exact: Bool
    var boards: Int?
    var samples: Int?
    var wins: [Count]
    var ties: Count
    var equity: [Double]
    var stdError: [Double]?

    enum CodingKeys: String, CodingKey {
        case hands, exact, boards, samples, wins, ties, equity, stdError = "std_error"
    }

    /// A count: whole numbers print as integers (weighted ranges can make them fractional).
    struct Count: Encodable {
        var value: Double
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int(value)) } else { try container.encode(value) }
        }
        var text: String { value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value) }
    }

    init(hands: [String], result: EquityResult) {
        self.hands = hands
        exact = result.isExact
        boards = result.isExact ? result.boards : nil
        samples = result.isExact ? nil : result.boards
        wins = result.wins.map(Count.init)
        ties = Count(value: result.ties)
        equity = result.equity.map(Self.percent)
        stdError = result.standardError?.map(Self.percent)
    }

    /// A 0...1 share in percent, rounded to 6 decimals (hides binary noise such as 18.7735000002).
    static func percent(_ share: Double) -> Double { (share * 100 * 1e6).rounded() / 1e6 }

    var text: String {
        var lines = [exact ? "exact, \(boards ?? 0) boards" : "Monte Carlo, \(samples ?? 0) samples"]
        let width = max(4, hands.map(\.count).max() ?? 0)
        for (index, hand) in hands.enumerated() {
            var line = hand.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %7.3f%%", equity[index]) + "  wins \(wins[index].text)"
            if let stdError { line += String(format: "  ± %.3f", stdError[index]) }
            lines.append(line)
        }
        lines.append("ties \(ties.text)")
        return lines.joined(separator: "\n")
    }
}
