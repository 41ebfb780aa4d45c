import Foundation
import PokerEngine

/// Equity on every core, the preflop table and hand-versus-range equity, for `pokerface bench`.
/// Figures marked "1 core" use one task; the others use `threads` tasks.
struct EquityBench {
    static func run(threads: Int) async -> [BenchFigure] {
        var figures: [BenchFigure] = []
        figures += await exactAcrossCores(threads: threads)
        figures += await monteCarloAcrossCores(threads: threads)
        figures += await preflopTable(threads: threads)
        figures += versusRange()
        return figures
    }

    typealias Timing = HandStrengthBench.Timing
    typealias Sink = HandStrengthBench.Sink

    /// Seconds of the fastest of `runs` runs of an async body.
    static func best(of runs: Int = 3, _ body: () async -> Void) async -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            await body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    private static func problem(_ hands: [String], board: String = "") -> EquityProblem? {
        guard let ranges = try? hands.map({ try HandRange(parsing: $0) }),
              let cards = try? Card.parseDistinct(board) else { return nil }
        return try? EquityProblem(ranges: ranges, board: cards)
    }

    private static func exactAcrossCores(threads: Int) async -> [BenchFigure] {
        guard let fourWay = problem(["AsAh", "KdKc", "QsQc", "JhTh"]),
              let ranges = problem(["QQ+,AKs,AKo", "JJ-88,AQs,KQs"]) else { return [] }
        var figures: [BenchFigure] = []
        for (name, problem) in [("exact 4-way preflop, AsAh KdKc QsQc JhTh", fourWay),
                                ("exact preflop ranges, QQ+,AK vs JJ-88,AQs,KQs", ranges)] {
            let one = await best { Sink.consume(await Equity.exact(problem, tasks: 1).boards) }
            let all = await best { Sink.consume(await Equity.exact(problem, tasks: threads).boards) }
            figures.append(BenchFigure(name: name + " (1 core)", value: one * 1000, unit: "ms", goal: nil))
            figures.append(BenchFigure(name: name + " (\(threads) cores)", value: all * 1000, unit: "ms", goal: nil))
            figures.append(BenchFigure(name: "  speed-up on \(threads) cores", value: one / all, unit: "×", goal: "≥ 1.8 on 2"))
        }
        return figures
    }

    private static func monteCarloAcrossCores(threads: Int) async -> [BenchFigure] {
        guard let problem = problem(["QQ+,AKs", "random", "random"]) else { return [] }
        let options = MonteCarloOptions.fixed(2_000_000, seed: 1)
        let one = await best { Sink.consume((try? await Equity.monteCarlo(problem, options: options, tasks: 1))?.boards ?? 0) }
        let all = await best { Sink.consume((try? await Equity.monteCarlo(problem, options: options, tasks: threads))?.boards ?? 0) }
        return [
            BenchFigure(name: "Monte Carlo 3-way ranges (1 core)", value: 2.0 / one, unit: "M samples/s", goal: nil),
            BenchFigure(name: "Monte Carlo 3-way ranges (\(threads) cores)", value: 2.0 / all, unit: "M samples/s", goal: nil),
            BenchFigure(name: "  speed-up on \(threads) cores", value: one / all, unit: "×", goal: "≥ 1.8 on 2"),
        ]
    }
}
