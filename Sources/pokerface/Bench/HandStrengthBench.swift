import PokerEngine

/// Speed of the evaluator and of exact equity on one core, for `pokerface bench`. Every figure
/// is the best of three runs. The anchors (OMPEval, b-inary/holdem-hand-evaluator) are measured
/// by their own programs in the same session; see README's performance section.
struct HandStrengthBench {
    static func run() -> [BenchFigure] {
        var figures: [BenchFigure] = []
        let hands = RandomHands(count: 10_000_000, seed: 0x5EED7)
        let random = Timing.best { Sink.consume(hands.evaluateAll(passes: 5)) }
        figures.append(BenchFigure(name: "random 7-card evaluations (10 M byte arrays)",
                                   value: Double(hands.count * 5) / random / 1e6,
                                   unit: "M/s", goal: "≥ 1.1 × OMPEval card arrays, same run"))
        var sweepTotal = 0
        let sweep = Timing.best { sweepTotal = SevenCardSweep.run() }
        figures.append(BenchFigure(name: "sequential 7-card evaluations", value: Double(sweepTotal) / sweep / 1e6,
                                   unit: "M/s", goal: nil))
        figures.append(BenchFigure(name: "full 7-card sweep (133,784,560 hands)", value: sweep * 1000,
                                   unit: "ms", goal: "≤ 0.9 × b-inary, same run"))
        figures.append(exactEquityFigure(name: "exact heads-up preflop equity, AsAh vs KdKc",
                                         hands: ["AsAh", "KdKc"], goal: "≤ 1.0 ms"))
        figures.append(exactEquityFigure(name: "exact 3-way preflop equity, AsAh vs KdKc vs QsQc",
                                         hands: ["AsAh", "KdKc", "QsQc"], goal: "≤ 1.0 ms"))
        return figures
    }

    private static func exactEquityFigure(name: String, hands: [String], goal: String) -> BenchFigure {
        let ranges = hands.compactMap(HoleCards.init).map(HandRange.init)
        guard let problem = try? EquityProblem(ranges: ranges) else {
            return BenchFigure(name: name, value: .nan, unit: "ms", goal: goal)
        }
        let seconds = Timing.best(of: 20) { Sink.consume(Equity.exact(problem).boards) }
        return BenchFigure(name: name, value: seconds * 1000, unit: "ms", goal: goal)
    }
}
