import Glibc
import PokerStrategy

/// The subgame solver on `SolverBenchmark`'s spots: CPU time of each solve (the solver runs on
/// one thread, so CPU time is the one-core cost even on a busy machine) and the exploitability it
/// stopped at, then p50 / max per group.
struct SolverBench {
    static func run() -> [BenchFigure] {
        var figures: [BenchFigure] = []
        let groups: [(String, [SolverBenchmark.Spot], String)] = [
            ("river", SolverBenchmark.riverSpots(), "<= 50 ms, < 0.5 % pot"),
            ("turn", SolverBenchmark.turnSpots(), "<= 1 s"),
            ("turn 6 rivers", SolverBenchmark.turnSpots(riverCards: 6), "well under 150 ms"),
            ("turn 4 rivers", SolverBenchmark.turnSpots(riverCards: 4), "well under 150 ms"),
            ("flop coarse", SolverBenchmark.flopSpots(), "well under 150 ms"),
        ]
        for (group, spots, goal) in groups {
            var times: [Double] = [], exploitability: [Double] = []
            for spot in spots {
                let start = threadSeconds()
                guard let solution = try? SubgameSolver.solve(spot.problem) else {
                    figures.append(BenchFigure(name: "solver \(group): \(spot.name)", value: -1, unit: "failed", goal: nil))
                    continue
                }
                let ms = (threadSeconds() - start) * 1000
                times.append(ms)
                exploitability.append(solution.exploitabilityPercent)
                let combos = spot.problem.ranges.map { $0.filter { $0 > 0 }.count }
                figures.append(BenchFigure(
                    name: "solver \(group): \(spot.name)", value: ms,
                    unit: "ms CPU, \(percent(solution.exploitabilityPercent)) pot, \(solution.iterations) it, "
                        + "\(combos[0])/\(combos[1]) combos", goal: nil))
            }
            times.sort()
            figures.append(BenchFigure(name: "solver \(group): p50 / max", value: times.isEmpty ? 0 : times[times.count / 2],
                                       unit: "ms CPU (max \(String(format: "%.1f", times.last ?? 0)) ms), "
                                           + "exploitability max \(percent(exploitability.max() ?? 0)) pot", goal: goal))
        }
        return figures
    }

    static func percent(_ value: Double) -> String { String(format: "%.2f %%", value) }

    /// CPU time of the calling thread.
    static func threadSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
